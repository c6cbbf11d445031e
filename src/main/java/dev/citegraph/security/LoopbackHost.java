package dev.citegraph.security;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether a request was addressed to this machine by a loopback name ({@code Host} header), or
 * by a name configured in {@code citegraph.security.trusted-hosts}. Pages that carry a secret are
 * served only then: a foreign site that points its own name at 127.0.0.1 (DNS rebinding) can make
 * a browser fetch them as same-origin, but it cannot make the browser send our host name.
 */
@Component
public class LoopbackHost {

    private final Set<String> trusted = new HashSet<>(Set.of("localhost", "127.0.0.1", "[::1]", "::1"));

    public LoopbackHost(@Value("${citegraph.security.trusted-hosts:}") List<String> configured) {
        configured.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).forEach(trusted::add);
    }

    public boolean isLoopback(HttpServletRequest request) {
        return trusted.contains(request.getServerName().toLowerCase(Locale.ROOT));
    }
}
