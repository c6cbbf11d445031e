package dev.citegraph.api;

import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

import dev.citegraph.database.ReloadGate;
import reactor.core.publisher.Mono;

/**
 * Each GraphQL query reads one version of the graph: a reload waits until it is answered (see
 * {@link ReloadGate}). Mutations write, so they take the gate their own way, exclusively.
 */
@Component
class OneGraphVersionPerRequest implements WebGraphQlInterceptor {

    private final ReloadGate gate;

    OneGraphVersionPerRequest(ReloadGate gate) {
        this.gate = gate;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        if (isMutation(request)) {
            return chain.next(request);
        }
        return Mono.defer(() -> {
            long stamp = gate.enter();
            return chain.next(request).doFinally(signal -> gate.leave(stamp));
        });
    }

    /** Whether the operation the request runs is a mutation; a document that does not parse is left to GraphQL to refuse. */
    private static boolean isMutation(WebGraphQlRequest request) {
        if (!request.getDocument().contains("mutation")) {
            // A mutation is written with the keyword; most requests are queries and need no parse here.
            return false;
        }
        try {
            return Parser.parse(request.getDocument()).getDefinitionsOfType(OperationDefinition.class).stream()
                    .filter(op -> request.getOperationName() == null || request.getOperationName().equals(op.getName()))
                    .anyMatch(op -> op.getOperation() == OperationDefinition.Operation.MUTATION);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
