package io.irready.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Lists whose SDK has no paginator: follows NextToken by hand until AWS sends none (or an empty one). */
public final class TokenPages {

    private TokenPages() {
    }

    /** {@code fetch} gets the page after a token (null for the first page). */
    public static <P, T> List<T> all(Function<String, P> fetch, Function<P, ? extends List<T>> items, Function<P, String> nextToken) {
        List<T> all = new ArrayList<>();
        String token = null;
        do {
            P page = fetch.apply(token);
            all.addAll(items.apply(page));
            token = nextToken.apply(page);
        } while (token != null && !token.isEmpty());
        return all;
    }
}
