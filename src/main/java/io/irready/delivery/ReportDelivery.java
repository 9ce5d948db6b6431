package io.irready.delivery;

import io.irready.evidence.Json;
import io.irready.files.RunFiles;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ChecksumAlgorithm;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.sns.SnsClient;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Delivers a finished run: every file of its folder under {@code <prefix>/<run-id>/}, each with its SHA-256
 * checksum (S3 verifies it on arrival) and server-side encryption; then {@code <prefix>/latest.json}, last, so
 * it never points at a run whose upload did not complete; then, optionally, a summary on SNS. The only
 * writes irready makes, and only in the auditing account's bucket and topic.
 */
public final class ReportDelivery {

    /** The IAM actions delivery needs; deploy/iam/irready-delivery-policy.json grants exactly these. */
    public static final List<String> ACTIONS = List.of("kms:GenerateDataKey", "s3:PutObject", "sns:Publish");
    public static final String LATEST = "latest.json";

    private final S3Client s3;
    private final SnsClient sns;
    private final S3Location location;
    private final String kmsKeyId;
    private final String topicArn;

    /** @param sns null when no summary is published */
    public ReportDelivery(S3Client s3, SnsClient sns, S3Location location, String kmsKeyId, String topicArn) {
        this.s3 = s3;
        this.sns = sns;
        this.location = location;
        this.kmsKeyId = kmsKeyId;
        this.topicArn = topicArn;
    }

    /** What a run's summary says: its score (null when nothing could be assessed) and its gaps. */
    public record Summary(String runId, Double score, long failed, long unknown) {
    }

    /** @return the run's location, s3://bucket/prefix/run-id/ */
    public String deliver(Path runDir, Summary summary) {
        String runPrefix = location.key(summary.runId());
        for (Path file : RunFiles.of(runDir)) {
            put(runPrefix + "/" + RunFiles.name(runDir, file), RequestBody.fromFile(file));
        }
        String runUri = location.uri(runPrefix + "/");
        Map<String, Object> latest = new LinkedHashMap<>();
        latest.put("runId", summary.runId());
        latest.put("location", runUri);
        latest.put("deliveredAt", Instant.now().toString());
        latest.put("score", summary.score());
        latest.put("failed", summary.failed());
        latest.put("unknown", summary.unknown());
        latest.put("report", runUri + "report.pdf");
        latest.put("workbook", runUri + "report.xlsx");
        put(location.key(LATEST), RequestBody.fromString(Json.MAPPER.writeValueAsString(latest), StandardCharsets.UTF_8));
        if (sns != null) {
            publish(summary, runUri);
        }
        return runUri;
    }

    private void put(String key, RequestBody body) {
        var request = PutObjectRequest.builder().bucket(location.bucket()).key(key).checksumAlgorithm(ChecksumAlgorithm.SHA256);
        if (kmsKeyId.isEmpty()) {
            request.serverSideEncryption(ServerSideEncryption.AES256);
        } else {
            request.serverSideEncryption(ServerSideEncryption.AWS_KMS).ssekmsKeyId(kmsKeyId);
        }
        try {
            s3.putObject(request.build(), body);
        } catch (SdkException e) {
            throw new DeliveryException("could not upload " + location.uri(key) + " (" + e.getMessage() + "); latest.json still points at "
                    + "the previous run. Check the bucket, its policy and irready-delivery-policy.json, then deliver again with audit --restart", e);
        }
    }

    private void publish(Summary summary, String runUri) {
        String score = summary.score() == null ? "n/a" : String.format(Locale.ROOT, "%.1f / 100", summary.score());
        String message = "irready run " + summary.runId() + ": readiness score " + score + "; " + summary.failed() + " FAIL, "
                + summary.unknown() + " UNKNOWN.\nReport: " + runUri + "report.pdf\nWorkbook: " + runUri + "report.xlsx\n";
        try {
            sns.publish(r -> r.topicArn(topicArn).subject("irready: readiness " + score).message(message));
        } catch (SdkException e) {
            throw new DeliveryException("the run was delivered to " + runUri + " but its summary could not be published to " + topicArn
                    + " (" + e.getMessage() + ")", e);
        }
    }

    /** Delivery failed; the message names the object or topic. */
    public static final class DeliveryException extends RuntimeException {
        DeliveryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
