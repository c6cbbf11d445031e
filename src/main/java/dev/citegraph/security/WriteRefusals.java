package dev.citegraph.security;

import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * A mutation refused by method security answers a short GraphQL error classified UNAUTHORIZED that
 * says which credentials to send (or, with none configured, which variables to set), instead of
 * Spring's bare "Unauthorized". Ordered first, so no other resolver turns it into something else.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class WriteRefusals extends DataFetcherExceptionResolverAdapter {

    private final AdminCredentials credentials;

    WriteRefusals(AdminCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (!(ex instanceof AccessDeniedException || ex instanceof AuthenticationException)) {
            return null;
        }
        return GraphQLError.newError().errorType(ErrorType.UNAUTHORIZED)
                .message(credentials.howToWrite(env.getField().getName()))
                .path(env.getExecutionStepInfo().getPath()).location(env.getField().getSourceLocation()).build();
    }
}
