package dev.citegraph.graph;

import java.util.List;

import org.neo4j.driver.Record;

/** One page of a longer ordered list: the items, where the page starts, and how many there are in all. */
public record Page<T>(List<T> items, int offset, int totalCount) {

    public boolean hasNext() {
        return offset + items.size() < totalCount;
    }

    /**
     * How many rows a page query asks for. When the response does not show the total, it is not
     * counted: one row more than the page says whether another page follows.
     */
    static int rowsToRead(int limit, boolean countTotal) {
        return countTotal ? limit : limit + 1;
    }

    /** The total a page query counted in its column {@code total} (0 for no rows), or null when it did not count. */
    static Integer total(List<Record> rows, boolean counted) {
        return !counted ? null : rows.isEmpty() ? 0 : rows.getFirst().get("total").asInt(0);
    }

    /**
     * A page of items read with {@link #rowsToRead}: with the total counted, that total; without,
     * the items up to the page's end, and a total that is one more than that end when the extra row came.
     *
     * @param countedTotal null when the total was not counted
     */
    static <T> Page<T> read(List<T> items, int offset, int limit, Integer countedTotal) {
        if (countedTotal != null) {
            return new Page<>(List.copyOf(items), offset, countedTotal);
        }
        return new Page<>(List.copyOf(items.subList(0, Math.min(limit, items.size()))), offset, offset + items.size());
    }
}
