package dev.citegraph.api;

import java.util.List;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * The last word on every answer: data larger than {@link Limits#maxResponse()} is replaced by one
 * {@code BAD_REQUEST} error (the query limits make that rare, but a list's real length is only
 * known once read), and every error message is cut where it quotes the request ({@link Echo}).
 */
@Component
class ResponseLimits implements WebGraphQlInterceptor {

    private final Limits limits;

    ResponseLimits(Limits limits) {
        this.limits = limits;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return chain.next(request).map(this::bounded);
    }

    private WebGraphQlResponse bounded(WebGraphQlResponse response) {
        Object data = response.getExecutionResult().getData();
        if (data != null && tooLarge(data)) {
            GraphQLError error = GraphqlErrorBuilder.newError().errorType(ErrorType.BAD_REQUEST)
                    .message("the answer is larger than %d bytes (citegraph.limits.max-response): ask for fewer items or fields"
                            .formatted(limits.maxResponse().toBytes()))
                    .build();
            return response.transform(builder -> builder.data(null).errors(List.of(error)));
        }
        List<GraphQLError> errors = response.getExecutionResult().getErrors();
        if (errors.isEmpty()) {
            return response;
        }
        List<GraphQLError> shortened = errors.stream().map(this::shortened).toList();
        return response.transform(builder -> builder.errors(shortened));
    }

    private GraphQLError shortened(GraphQLError error) {
        String message = Echo.shorten(error.getMessage(), limits.echo());
        if (message.equals(error.getMessage())) {
            return error;
        }
        return GraphqlErrorBuilder.newError().message(message).locations(error.getLocations()).path(error.getPath())
                .errorType(error.getErrorType()).extensions(error.getExtensions()).build();
    }

    private boolean tooLarge(Object data) {
        return JsonSize.larger(data, limits.maxResponse().toBytes());
    }
}
