package dev.citegraph.embedded;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;

/**
 * Which web pages may open a Bolt WebSocket: the application's own (Browser served at /browser/),
 * on whichever loopback name it is opened with, plus any origins configured. The web server's
 * port is only known once it has started, after the database, so it is filled in then.
 */
final class AllowedOrigins implements Predicate<String>, ApplicationListener<WebServerInitializedEvent> {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private final List<String> configured;
    private volatile int webPort = -1;

    AllowedOrigins(List<String> configured) {
        this.configured = configured.stream().map(o -> o.strip().toLowerCase(Locale.ROOT)).toList();
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (webPort < 0) {
            webPort = event.getWebServer().getPort();
        }
    }

    @Override
    public boolean test(String origin) {
        String normalized = origin.strip().toLowerCase(Locale.ROOT);
        if (configured.contains(normalized)) {
            return true;
        }
        try {
            URI uri = URI.create(normalized);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null && LOOPBACK.contains(uri.getHost())
                    && uri.getPort() == webPort && webPort > 0
                    && (uri.getPath() == null || uri.getPath().isEmpty());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
