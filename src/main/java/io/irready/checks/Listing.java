package io.irready.checks;

import java.util.Collection;
import java.util.List;

/**
 * A few items of a list and how many more, so a message stays readable, and bounded, whatever the number of
 * accounts, Regions or resources behind it.
 */
public final class Listing {

    public static final int SHOWN = 4;

    private Listing() {
    }

    /** "a; b; c; d; and 7 more". */
    public static String few(Collection<String> items) {
        List<String> all = List.copyOf(items);
        return String.join("; ", all.subList(0, Math.min(SHOWN, all.size())))
                + (all.size() > SHOWN ? "; and " + (all.size() - SHOWN) + " more" : "");
    }
}
