package dev.citegraph.api;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import java.nio.charset.StandardCharsets;

import dev.citegraph.graph.Page;

/**
 * A page in the cursor-connection shape (edges, pageInfo, totalCount). Cursors are opaque to
 * clients; inside they are the position in the ordered list, which is stable because every list
 * is ordered by a unique key.
 */
record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, int totalCount) {

    record Edge<T>(String cursor, T node) {
    }

    record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    static <T> Connection<T> of(Page<T> page) {
        List<Edge<T>> edges = new ArrayList<>(page.items().size());
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new Edge<>(cursor(page.offset() + i), page.items().get(i)));
        }
        return new Connection<>(edges, new PageInfo(page.hasNext(), page.offset() > 0,
                edges.isEmpty() ? null : edges.getFirst().cursor(), edges.isEmpty() ? null : edges.getLast().cursor()),
                page.totalCount());
    }

    static String cursor(int position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("position:" + position).getBytes(StandardCharsets.UTF_8));
    }

    /** The offset of the item after the one {@code after} points at; 0 for the first page. */
    static int offsetAfter(String after) {
        if (after == null) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            if (decoded.startsWith("position:")) {
                int position = Integer.parseInt(decoded.substring("position:".length()));
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
