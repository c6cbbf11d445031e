package dev.citegraph.api;

import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.ExecutionResult;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ErrorType;

/**
 * Refuses, before anything is read, a document that is too deep, too costly or too aliased: the
 * probe's depth-10 query ran for a minute and then exhausted the heap. Each refusal is one
 * {@code BAD_REQUEST} error naming the limit and its setting.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(Limits.class)
class QueryLimits {

    @Bean
    MaxQueryDepthInstrumentation maxDepth(Limits limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return refuse("the query nests %d fields deep; the limit is %d (citegraph.limits.max-depth)"
                        .formatted(depth, maxDepth));
            }
        };
    }

    @Bean
    MaxQueryComplexityInstrumentation maxComplexity(Limits limits) {
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), new QueryCost(limits.listSize())) {
            @Override
            protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                return refuse(("the query could return about %d values; the limit is %d (citegraph.limits.max-complexity):"
                        + " ask for fewer items with first, or fewer nested lists").formatted(complexity, maxComplexity));
            }
        };
    }

    @Bean
    SimplePerformantInstrumentation maxAliases(Limits limits) {
        return new SimplePerformantInstrumentation() {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                    InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                var context = parameters.getExecutionContext();
                int aliases = aliases(context.getOperationDefinition().getSelectionSet(), context.getFragmentsByName(),
                        limits.maxAliases() + 1);
                if (aliases > limits.maxAliases()) {
                    throw refuse("the query has more than %d aliased fields (citegraph.limits.max-aliases)"
                            .formatted(limits.maxAliases()));
                }
                return super.beginExecuteOperation(parameters, state);
            }
        };
    }

    /** Aliased fields, counting a fragment once per use; stops counting at {@code enough}. */
    static int aliases(SelectionSet selections, Map<String, FragmentDefinition> fragments, int enough) {
        int count = 0;
        if (selections == null) {
            return 0;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (count >= enough) {
                return count;
            }
            count += switch (selection) {
                case Field field -> (field.getAlias() != null ? 1 : 0) + aliases(field.getSelectionSet(), fragments, enough - count);
                case InlineFragment inline -> aliases(inline.getSelectionSet(), fragments, enough - count);
                case FragmentSpread spread -> fragments.containsKey(spread.getName())
                        ? aliases(fragments.get(spread.getName()).getSelectionSet(), fragments, enough - count) : 0;
                default -> 0;
            };
        }
        return count;
    }

    static AbortExecutionException refuse(String message) {
        GraphQLError error = GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST).message(message).build();
        return new AbortExecutionException(List.of(error));
    }
}
