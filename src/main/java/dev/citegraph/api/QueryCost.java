package dev.citegraph.api;

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
        Object first = env.getArguments().get("first");
        if (first == null && "edges".equals(env.getField().getName()) && env.getParentEnvironment() != null) {
            first = env.getParentEnvironment().getArguments().get("first");
        }
        return first instanceof Integer n && n >= 0 ? Math.max(n, 1) : listSize;
    }

    private static boolean isList(GraphQLType type) {
        return GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList;
    }

    /** Costs are added up in ints by graphql-java; a bomb must not wrap around to a small number. */
    private static int saturated(long cost) {
        return (int) Math.min(cost, Integer.MAX_VALUE / 2);
    }
}
