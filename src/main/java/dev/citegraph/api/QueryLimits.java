package dev.citegraph.api;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.ExecutionResult;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.validation.ValidationError;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
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

    /**
     * The three checks as one instrumentation, given to graphql-java itself: Spring wraps the
     * instrumentation beans it finds in a chain, and graphql-java asks the chain at every field of
     * every answer (4% of the processor time of a page of 200 relationships under the benchmark's
     * load), although these checks act once per operation.
     */
    @Bean
    GraphQlSourceBuilderCustomizer queryChecks(Limits limits) {
        Instrumentation checks = new Checks(depth(limits), complexity(limits), limits.maxAliases());
        return builder -> builder.configureGraphQl(graphQl -> graphQl.instrumentation(checks));
    }

    private static MaxQueryDepthInstrumentation depth(Limits limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return refuse("the query nests %d fields deep; the limit is %d (citegraph.limits.max-depth)"
                        .formatted(depth, maxDepth));
            }
        };
    }

    private static MaxQueryComplexityInstrumentation complexity(Limits limits) {
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), new QueryCost(limits.listSize())) {
            @Override
            protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                return refuse(("the query could return about %d values; the limit is %d (citegraph.limits.max-complexity):"
                        + " ask for fewer items with first, or fewer nested lists").formatted(complexity, maxComplexity));
            }
        };
    }

    /**
     * Depth, then cost (graphql-java's own checks: the cost is computed while the document is
     * validated, in the state it keeps), then aliases. Nothing per field.
     */
    private static final class Checks extends SimplePerformantInstrumentation {

        private final MaxQueryDepthInstrumentation depth;
        private final MaxQueryComplexityInstrumentation complexity;
        private final int maxAliases;

        Checks(MaxQueryDepthInstrumentation depth, MaxQueryComplexityInstrumentation complexity, int maxAliases) {
            this.depth = depth;
            this.complexity = complexity;
            this.maxAliases = maxAliases;
        }

        @Override
        public CompletableFuture<InstrumentationState> createStateAsync(InstrumentationCreateStateParameters parameters) {
            return complexity.createStateAsync(parameters);
        }

        @Override
        public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                InstrumentationState state) {
            return complexity.beginValidation(parameters, state);
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            depth.beginExecuteOperation(parameters, state);
            complexity.beginExecuteOperation(parameters, state);
            var context = parameters.getExecutionContext();
            int aliases = aliases(context.getOperationDefinition().getSelectionSet(), context.getFragmentsByName(),
                    maxAliases + 1);
            if (aliases > maxAliases) {
                throw refuse("the query has more than %d aliased fields (citegraph.limits.max-aliases)".formatted(maxAliases));
            }
            return super.beginExecuteOperation(parameters, state);
        }
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
