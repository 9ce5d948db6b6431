package io.irready.checks;

/**
 * One result of one check for one resource. {@code evidenceRef} is the bundle path of the evidence
 * the result was drawn from, so every line of a report can be traced back.
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
                      String evidenceRef) {
}
