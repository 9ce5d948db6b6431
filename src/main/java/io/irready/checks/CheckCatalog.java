package io.irready.checks;

import io.irready.checks.access.InvestigatorReadAccessCheck;
import io.irready.checks.access.ResponderRoleTrustCheck;
import io.irready.checks.access.ResponderRolesExistCheck;
import io.irready.checks.logging.ConfigRecordingCheck;
import io.irready.checks.logging.LogFileValidationCheck;
import io.irready.checks.logging.LogGroupRetentionCheck;
import io.irready.checks.logging.MultiRegionTrailCheck;
import io.irready.checks.logging.TrailBucketRetentionCheck;
import io.irready.checks.tagging.RequiredTagsCheck;

import java.util.List;

/** Every check irready runs, in report order. */
public final class CheckCatalog {

    private static final List<Check> CHECKS = List.of(
            new MultiRegionTrailCheck(),
            new LogFileValidationCheck(),
            new ConfigRecordingCheck(),
            new TrailBucketRetentionCheck(),
            new LogGroupRetentionCheck(),
            new RequiredTagsCheck(),
            new ResponderRolesExistCheck(),
            new ResponderRoleTrustCheck(),
            new InvestigatorReadAccessCheck());

    private CheckCatalog() {
    }

    public static List<Check> all() {
        return CHECKS;
    }

    public static List<CheckMetadata> metadata() {
        return CHECKS.stream().map(Check::metadata).toList();
    }
}
