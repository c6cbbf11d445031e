package dev.citegraph.api;

import java.util.Map;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * The cost of a field: itself plus what it selects, times the items it can return when it is a
 * list. A list's size is its {@code first} argument (a connection's {@code edges} take their
 * connection's), otherwise {@link Limits#listSize()}. Nesting lists therefore multiplies, which
 * is exactly what made entity → relationships → from → relationships … answers explode.
 */
final class QueryCost implements FieldComplexityCalculator {

    /**
     * Lists whose length the corpus bounds far below the default: the articles (and so the
     * sources agreeing or disagreeing with one), a conflict's sides, a fact's citations, and the
     * hops of a route (at most PathReader.MAX_HOPS). Without these a legitimate source-agreement
     * query was estimated at millions.
     */
    private static final Map<String, Integer> KNOWN_SIZES = Map.of(
            "sources", 5, "agreesWith", 5, "disagreesWith", 5, "sides", 3, "citations", 3, "hops", 4, "conflicts", 10);

    private final int listSize;

    QueryCost(int listSize) {
        this.listSize = listSize;
    }

    @Override
    public int calculate(FieldComplexityEnvironment env, int childComplexity) {
        if (childComplexity == 0 || !isList(env.getFieldDefinition().getType())) {
            return saturated(1L + childComplexity);
        }
        return saturated(1L + (long) items(env) * childComplexity);
    }

    private int items(FieldComplexityEnvironment env) {
        Object first = given(env) ? env.getArguments().get("first") : null;
        if (first == null && "edges".equals(env.getField().getName()) && env.getParentEnvironment() != null
                && given(env.getParentEnvironment())) {
            first = env.getParentEnvironment().getArguments().get("first");
        }
        if (first instanceof Integer n && n >= 0) {
            return Math.max(n, 1);
        }
        return KNOWN_SIZES.getOrDefault(env.getField().getName(), listSize);
    }

    /**
     * Whether the request itself sets {@code first}: a schema default (sources and conflicts have
     * one, as a bound, not a typical size) says nothing of how many there usually are.
     */
    private static boolean given(FieldComplexityEnvironment env) {
        return env.getField().getArguments().stream().anyMatch(a -> a.getName().equals("first"));
    }

    private static boolean isList(GraphQLType type) {
        return GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList;
    }

    /** Costs are added up in ints by graphql-java; a bomb must not wrap around to a small number. */
    private static int saturated(long cost) {
        return (int) Math.min(cost, Integer.MAX_VALUE / 2);
    }
}
