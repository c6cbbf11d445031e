package dev.citegraph.admin;

import java.util.Map;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

/**
 * Hands the request's Authorization header to GraphQL mutations, which check it themselves: reads
 * need no credentials, so the header means nothing to them.
 */
@Component
class TokenInGraphQlContext implements WebGraphQlInterceptor {

    /** The GraphQL context key under which mutations find the header. */
    static final String KEY = "authorization";

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        String header = request.getHeaders().getFirst("Authorization");
        if (header != null) {
            request.configureExecutionInput((input, builder) -> builder.graphQLContext(Map.of(KEY, header)).build());
        }
        return chain.next(request);
    }
}
