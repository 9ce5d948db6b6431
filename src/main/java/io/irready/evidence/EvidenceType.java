package io.irready.evidence;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of evidence, as one collector stores it: per account, or per account and Region. It names
 * its file in the bundle ({@code data/<account>/<name>.json}, or {@code data/<account>/<region>/<name>.json}),
 * the record it holds, and the IAM actions its collector calls (the audit-role policy is made of them).
 * A type {@linkplain #shared() shared} across accounts is read from every account before evaluation,
 * for checks that judge one account by what another holds (a trail bucket in the log archive).
 */
public final class EvidenceType<T> {

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    public enum Extent {
        ACCOUNT, REGION
    }

    private final String name;
    private final Extent extent;
    private final Class<T> record;
    private final List<String> actions;
    private final boolean shared;

    private EvidenceType(String name, Extent extent, Class<T> record, List<String> actions, boolean shared) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("evidence type name " + name + " is not service.kind in lower case");
        }
        this.name = name;
        this.extent = extent;
        this.record = record;
        this.actions = List.copyOf(actions);
        this.shared = shared;
    }

    public static <T> EvidenceType<T> perAccount(String name, Class<T> record, String... actions) {
        return new EvidenceType<>(name, Extent.ACCOUNT, record, List.of(actions), false);
    }

    public static <T> EvidenceType<T> perRegion(String name, Class<T> record, String... actions) {
        return new EvidenceType<>(name, Extent.REGION, record, List.of(actions), false);
    }

    /** The same type, read from every audited account for checks of the others. */
    public EvidenceType<T> shared() {
        return new EvidenceType<>(name, extent, record, actions, true);
    }

    public String name() {
        return name;
    }

    public Extent extent() {
        return extent;
    }

    public boolean perRegion() {
        return extent == Extent.REGION;
    }

    public Class<T> record() {
        return record;
    }

    public List<String> actions() {
        return actions;
    }

    public boolean isShared() {
        return shared;
    }

    /** Path of this type's file for the account (and Region), relative to the bundle root. */
    public String ref(String accountId, String region) {
        if (perRegion() == (region == null)) {
            throw new IllegalArgumentException(name + " is " + (perRegion() ? "per Region: name the Region" : "per account: name no Region"));
        }
        if (!BundlePaths.isAccountId(accountId) || (region != null && !BundlePaths.isRegion(region))) {
            throw new IllegalArgumentException("not an account id and Region that can name an evidence file: " + accountId + " " + region);
        }
        return "data/" + accountId + "/" + (region == null ? "" : region + "/") + name + ".json";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EvidenceType<?> type && type.name.equals(name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
