package io.irready.checks;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Comparator;
import java.util.List;

/**
 * One result of one check for one resource. {@code region} is null for an account-wide finding.
 * {@code evidenceRef} is the bundle path of the evidence the result was drawn from, so every line of a
 * report can be traced back; {@code references} the framework requirements the check implements.
 * {@code severity} and {@code references} are null only on a SKIPPED account's finding, which judges nothing.
 * {@code change} says how the finding compares with the previous comparable run in the run history; null before
 * the comparison (a check's own result) and for findings that judge nothing.
 */
public record Finding(String checkId,
                      String title,
                      Severity severity,
                      Area area,
                      String accountId,
                      String accountName,
                      String region,
                      String resourceId,
                      Status status,
                      String message,
                      String evidenceRef,
                      CheckMetadata.References references,
                      Change change,
                      Waiver waiver) {

    /** A check's result, before any comparison with earlier runs. */
    public Finding(String checkId, String title, Severity severity, Area area, String accountId, String accountName, String region,
                   String resourceId, Status status, String message, String evidenceRef, CheckMetadata.References references) {
        this(checkId, title, severity, area, accountId, accountName, region, resourceId, status, message, evidenceRef, references, null, null);
    }

    /**
     * How a finding compares with the same check, account, Region and resource in the previous comparable run.
     * {@code firstSeen} (UTC, ISO-8601) and {@code ageDays} date the start of an unbroken run of FAIL or UNKNOWN.
     */
    public record Change(ChangeState state, Status previousStatus, String previousRunId, String firstSeen, Long ageDays) {
    }

    /** NEW: a gap not there before; REGRESSED: a gap that passed before; STILL_FAILING: a gap both times; RESOLVED: passes now, a gap before. */
    public enum ChangeState {
        NEW, REGRESSED, STILL_FAILING, RESOLVED, UNCHANGED
    }

    /**
     * The waiver (risk acceptance) that matched a FAIL: in force, the finding is WAIVED; {@code expired}, it stays FAIL
     * and says which waiver lapsed. {@code expires} is the first day it no longer applies (YYYY-MM-DD).
     */
    public record Waiver(String ticket, String approver, String reason, String expires, boolean expired) {
    }

    public Finding withChange(Change change) {
        return new Finding(checkId, title, severity, area, accountId, accountName, region, resourceId, status, message, evidenceRef,
                references, change, waiver);
    }

    /** This finding under a waiver: WAIVED when it is in force, unchanged in status when it has expired. */
    public Finding withWaiver(Waiver waiver) {
        return new Finding(checkId, title, severity, area, accountId, accountName, region, resourceId, waiver.expired() ? status : Status.WAIVED,
                message, evidenceRef, references, change, waiver);
    }

    /** Where the attestations of what no API shows are kept in the bundle; a finding citing it is attested, not observed. */
    public static final String ATTESTATIONS_REF = "data/attestations.json";

    /** Whether the finding rests on an attestation (a statement in the attestations file) rather than on AWS evidence. */
    @JsonProperty(value = "attested", access = JsonProperty.Access.READ_ONLY)
    public boolean attested() {
        return ATTESTATIONS_REF.equals(evidenceRef);
    }

    private static final List<Status> STATUS_ORDER = List.of(Status.FAIL, Status.UNKNOWN, Status.WAIVED, Status.PASS, Status.NOT_APPLICABLE,
            Status.SKIPPED);

    /** Findings sorted for reading: most severe first, gaps before passes. */
    public static final Comparator<Finding> READING_ORDER = Comparator
            .comparing(Finding::severity, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(f -> STATUS_ORDER.indexOf(f.status()))
            .thenComparing(Finding::checkId)
            .thenComparing(Finding::accountId)
            .thenComparing(Finding::region, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Finding::resourceId);
}
