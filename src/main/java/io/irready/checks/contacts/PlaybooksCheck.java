package io.irready.checks.contacts;

import io.irready.checks.BaseCheck;
import io.irready.checks.CheckContext;
import io.irready.checks.Finding;
import io.irready.checks.Findings;
import io.irready.checks.Verdict;
import io.irready.evidence.AccountEvidence;
import io.irready.services.ssm.SsmDocuments;
import io.irready.services.ssm.SsmDocuments.Document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * IR-PROC-06: every configured scenario has a playbook codified as a Systems Manager Automation or Command
 * document tagged with the scenario, in some Region in scope; and in every Region no document is shared
 * publicly and public sharing is blocked, since a public playbook tells an attacker how the team responds.
 */
public final class PlaybooksCheck extends BaseCheck {

    @Override
    public boolean regional() {
        return true;
    }

    @Override
    public List<Finding> evaluate(AccountEvidence account, CheckContext context) {
        Findings findings = findings(account);
        var settings = context.settings(PlaybookSettings.class);
        Map<String, String> covered = new LinkedHashMap<>();
        List<String> gaps = new ArrayList<>();
        for (String region : account.regions()) {
            var evidence = account.get(SsmDocuments.TYPE, region);
            var documents = evidence.flatMap(SsmDocuments::documents);
            documents.data().ifPresentOrElse(list -> list.forEach(document -> scenarios(document, settings.tagKey())
                            .forEach(scenario -> covered.putIfAbsent(scenario, document.name() + " (" + region + ")"))),
                    () -> gaps.add(region + ": " + documents.gap()));
            findings.add(Verdict.given(evidence, "The documents", ssm -> sharing(ssm, region)), region, "document sharing in " + region,
                    account.ref(SsmDocuments.TYPE, region));
        }
        List<String> missing = settings.scenarios().stream().filter(s -> !covered.containsKey(s)).toList();
        String ref = account.firstRef(SsmDocuments.TYPE);
        String have = settings.scenarios().stream().filter(covered::containsKey).map(s -> s + ": " + covered.get(s)).reduce((a, b) -> a + "; " + b)
                .orElse("none");
        if (missing.isEmpty()) {
            findings.pass(null, "playbook coverage", "Every scenario has a playbook: " + have + ".", ref);
        } else if (!gaps.isEmpty()) {
            findings.unknown(null, "playbook coverage", "No playbook found for " + String.join(", ", missing) + "; could not read the documents in "
                    + String.join("; ", gaps) + ".", ref);
        } else {
            findings.fail(null, "playbook coverage", "No document tagged " + settings.tagKey() + " covers " + String.join(", ", missing)
                    + " (covered: " + have + ").", ref);
        }
        return findings.toList();
    }

    private static List<String> scenarios(Document document, String tagKey) {
        String value = document.tags().get(tagKey);
        return value == null ? List.of() : List.of(value.toLowerCase(Locale.ROOT).trim().split("[,\\s]+"));
    }

    private static Verdict sharing(SsmDocuments ssm, String region) {
        return Verdict.given(ssm.documents(), "The documents", documents -> {
            List<String> problems = new ArrayList<>();
            List<String> gaps = new ArrayList<>();
            for (Document document : documents) {
                document.sharedWith().data().ifPresentOrElse(accounts -> {
                    if (accounts.stream().anyMatch("all"::equalsIgnoreCase)) {
                        problems.add("document " + document.name() + " is shared publicly");
                    }
                }, () -> gaps.add("the sharing of " + document.name() + ": " + document.sharedWith().gap()));
            }
            return Verdict.given(ssm.publicSharingBlocked(), "The public-sharing setting", blocked -> {
                if (!Boolean.TRUE.equals(blocked)) {
                    problems.add("public sharing of documents is not blocked");
                }
                if (!problems.isEmpty()) {
                    return Verdict.fail(capitalized(String.join("; ", problems)) + " in " + region + ".");
                }
                if (!gaps.isEmpty()) {
                    return Verdict.unknown("Document sharing in " + region + " could not be fully read: " + String.join("; ", gaps) + ".");
                }
                return Verdict.pass("No document is public in " + region + " and public sharing is blocked.");
            });
        });
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
