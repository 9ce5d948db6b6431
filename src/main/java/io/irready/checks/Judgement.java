package io.irready.checks;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A verdict built while looking at several candidates (trails, rules, routes): the first that satisfies
 * passes; otherwise anything that could not be read or judged makes it UNKNOWN; only a complete look
 * that found problems fails. Messages name a few gaps and problems and count the rest.
 */
public final class Judgement {

    private String passed;
    private final Set<String> gaps = new LinkedHashSet<>();
    private final Set<String> problems = new LinkedHashSet<>();

    public Judgement pass(String message) {
        if (passed == null) {
            passed = message;
        }
        return this;
    }

    /** Something that could not be read or judged. */
    public Judgement gap(String what) {
        gaps.add(what);
        return this;
    }

    public Judgement problem(String what) {
        problems.add(what);
        return this;
    }

    public boolean passed() {
        return passed != null;
    }

    /** {@code summary}: what is missing when nothing passed, e.g. "No rule routes findings to a person". */
    public Verdict verdict(String summary) {
        if (passed != null) {
            return Verdict.pass(passed);
        }
        if (!gaps.isEmpty()) {
            return Verdict.unknown(summary + "; could not judge " + Listing.few(gaps)
                    + (problems.isEmpty() ? "" : "; and found " + Listing.few(problems)) + ".");
        }
        return Verdict.fail(problems.isEmpty() ? summary + "." : summary + ": " + Listing.few(problems) + ".");
    }
}
