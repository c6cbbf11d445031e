package dev.citegraph.api;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

import java.nio.charset.StandardCharsets;

import dev.citegraph.graph.Page;

/**
 * A page in the cursor-connection shape (edges, pageInfo, totalCount). Cursors are opaque to
 * clients; inside they are the position in the ordered list, which is stable because every list
 * is ordered by a unique key, and for lists ordered by an id that id too, so the next page can
 * start after it (a keyset) instead of skipping every earlier item again.
 */
record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {

    record Edge<T>(String cursor, T node) {
    }

    record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    static <T> Connection<T> of(Page<T> page) {
        return of(page, item -> null);
    }

    /** @param key the id the list is ordered by, kept in each cursor; null for lists ordered otherwise */
    static <T> Connection<T> of(Page<T> page, Function<T, String> key) {
        List<Edge<T>> edges = new ArrayList<>(page.items().size());
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new Edge<>(cursor(page.offset() + i, key.apply(page.items().get(i))), page.items().get(i)));
        }
        return new Connection<>(edges, new PageInfo(page.hasNext(), page.offset() > 0,
                edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor()),
                page.totalCount());
    }

    static String cursor(int position) {
        return cursor(position, null);
    }

    static String cursor(int position, String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("position:" + position + (key == null ? "" : ":" + key)).getBytes(StandardCharsets.UTF_8));
    }

    /** The id the item {@code after} points at was ordered by, or null (the first page, or a cursor without one). */
    static String keyAfter(String after) {
        if (after == null) {
            return null;
        }
        offsetAfter(after); // refuses what is not a cursor of this API
        String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':', "position:".length());
        return colon < 0 ? null : decoded.substring(colon + 1);
    }

    /** The offset of the item after the one {@code after} points at; 0 for the first page. */
    static int offsetAfter(String after) {
        if (after == null) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            if (decoded.startsWith("position:")) {
                String rest = decoded.substring("position:".length());
                int colon = rest.indexOf(':');
                int position = Integer.parseInt(colon < 0 ? rest : rest.substring(0, colon));
                if (position >= 0) {
                    return Math.addExact(position, 1);
                }
            }
        } catch (IllegalArgumentException | ArithmeticException e) {
            // reported below
        }
        throw new IllegalArgumentException("after: '" + after + "' is not a cursor this API gave out");
    }

    static int limit(String argument, Integer first, int max) {
        if (first == null) {
            throw new IllegalArgumentException(argument + " must not be null");
        }
        if (first < 0 || first > max) {
            throw new IllegalArgumentException(argument + " must be between 0 and " + max + ", not " + first);
        }
        return first;
    }
}
