package dev.citegraph.api;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;

import org.neo4j.driver.exceptions.Neo4jException;

import dev.citegraph.graph.EntityArgument;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Arguments the API cannot answer (a malformed date, a page too large, a foreign cursor) and reads
 * the database stopped for taking too long come back as BAD_REQUEST errors that say what was
 * wrong, instead of an opaque internal error.
 */
@Component
class InputErrors extends DataFetcherExceptionResolverAdapter {

    private final Limits limits;

    InputErrors(Limits limits) {
        this.limits = limits;
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof EntityArgument.EntityNotFound) {
            // Not an empty answer: "no connection" and "no such entity" must not look alike.
            return GraphQLError.newError()
                    .errorType(ErrorType.NOT_FOUND)
                    .message(ex.getMessage())
                    .path(env.getExecutionStepInfo().getPath())
                    .location(env.getField().getSourceLocation())
                    .build();
        }
        if (timedOut(ex)) {
            // The database cancelled the read (GraphDatabase.reads()): the request asked for too much work.
            return badRequest("the query ran longer than %s and was stopped (citegraph.limits.query-timeout)"
                    .formatted(limits.queryTimeout().toString().substring(2).toLowerCase(java.util.Locale.ROOT)), env);
        }
        // A corpus problem reaches the API when a review would leave the corpus unable to check.
        if (ex instanceof IllegalArgumentException || ex instanceof dev.citegraph.corpus.CorpusException) {
            return badRequest(ex.getMessage(), env);
        }
        return null;
    }

    private static GraphQLError badRequest(String message, DataFetchingEnvironment env) {
        return GraphQLError.newError()
                .errorType(ErrorType.BAD_REQUEST)
                .message(message)
                .path(env.getExecutionStepInfo().getPath())
                .location(env.getField().getSourceLocation())
                .build();
    }

    /** Batch loaders hand the database's exception on wrapped. */
    private static boolean timedOut(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof Neo4jException neo4j && neo4j.code() != null && neo4j.code().contains("TransactionTimedOut")) {
                return true;
            }
        }
        return false;
    }
}
