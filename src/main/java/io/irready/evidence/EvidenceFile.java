package io.irready.evidence;

import io.irready.evidence.cloudtrail.CloudTrailEvidence;
import io.irready.evidence.config.ConfigEvidence;
import io.irready.evidence.iam.IamEvidence;
import io.irready.evidence.logs.LogsEvidence;
import io.irready.evidence.tagging.TaggingEvidence;

/**
 * The files of an account's evidence in the bundle, one per service. Account-wide services live
 * under {@code global/}, regional ones under the Region's name.
 */
public enum EvidenceFile {
    ACCESS("access.json", false, AccountAccess.class),
    CLOUDTRAIL("cloudtrail.json", false, CloudTrailEvidence.class),
    IAM("iam.json", false, IamEvidence.class),
    CONFIG("config.json", true, ConfigEvidence.class),
    LOGS("logs.json", true, LogsEvidence.class),
    TAGGING("tagging.json", true, TaggingEvidence.class);

    public static final String GLOBAL = "global";

    private final String fileName;
    private final boolean regional;
    private final Class<?> type;

    EvidenceFile(String fileName, boolean regional, Class<?> type) {
        this.fileName = fileName;
        this.regional = regional;
        this.type = type;
    }

    /** The record stored in this file. */
    public Class<?> type() {
        return type;
    }

    public String fileName() {
        return fileName;
    }

    /** Path of this file inside the bundle, relative to the bundle root; {@code region} is ignored for global files. */
    public String ref(String accountId, String region) {
        return "data/" + accountId + "/" + (regional ? region : GLOBAL) + "/" + fileName;
    }
}
