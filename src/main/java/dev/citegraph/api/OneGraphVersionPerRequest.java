package dev.citegraph.api;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

import dev.citegraph.database.ReloadGate;
import reactor.core.publisher.Mono;

/** Each GraphQL request reads one version of the graph: a reload waits until it is answered (see {@link ReloadGate}). */
@Component
class OneGraphVersionPerRequest implements WebGraphQlInterceptor {

    private final ReloadGate gate;

    OneGraphVersionPerRequest(ReloadGate gate) {
        this.gate = gate;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        return Mono.defer(() -> {
            long stamp = gate.enter();
            return chain.next(request).doFinally(signal -> gate.leave(stamp));
        });
    }
}
