package dev.citegraph.graph;

import java.util.List;

/** One page of a longer ordered list: the items, where the page starts, and how many there are in all. */
public record Page<T>(List<T> items, int offset, int totalCount) {

    public boolean hasNext() {
        return offset + items.size() < totalCount;
    }
}
