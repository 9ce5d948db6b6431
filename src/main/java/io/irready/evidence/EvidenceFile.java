package io.irready.evidence;

/**
 * The files of an account's evidence in the bundle, one per service. Account-wide services live
 * under {@code global/}, regional ones under the Region's name.
 */
public enum EvidenceFile {
    CLOUDTRAIL("cloudtrail.json", false),
    IAM("iam.json", false),
    CONFIG("config.json", true),
    LOGS("logs.json", true),
    TAGGING("tagging.json", true);

    public static final String GLOBAL = "global";

    private final String fileName;
    private final boolean regional;

    EvidenceFile(String fileName, boolean regional) {
        this.fileName = fileName;
        this.regional = regional;
    }

    public String fileName() {
        return fileName;
    }

    public boolean regional() {
        return regional;
    }

    /** Path of this file inside the bundle, relative to the bundle root; {@code region} is ignored for global files. */
    public String ref(String accountId, String region) {
        return "data/" + accountId + "/" + (regional ? region : GLOBAL) + "/" + fileName;
    }
}
