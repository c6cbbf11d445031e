package dev.citegraph.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public Bolt port. Neo4j's Bolt WebSocket accepts an upgrade from any web origin and has no
 * setting to restrict it, so any page a researcher visits could talk to the database. This small
 * relay listens where users expect Bolt, looks at the first bytes of each connection and passes
 * it on to Neo4j's own listener (on a private loopback port) unless it is a WebSocket upgrade
 * whose {@code Origin} is not allowed: that one gets {@code 403 Forbidden}. Plain Bolt over TCP
 * (drivers, cypher-shell) sends no origin and passes; it still needs a password.
 */
final class OriginGuard implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OriginGuard.class);
    private static final byte[] BOLT_MAGIC = {0x60, 0x60, (byte) 0xB0, 0x17};
    private static final int MAX_UPGRADE_HEADER = 16 * 1024;
    private static final int HANDSHAKE_TIMEOUT_MS = 10_000;

    private final ServerSocket server;
    private final Predicate<String> allowedOrigin;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile InetSocketAddress target;

    /** Binds now, so that the port is known before Neo4j starts and can be advertised by it. */
    OriginGuard(InetSocketAddress listen, Predicate<String> allowedOrigin) {
        this.allowedOrigin = allowedOrigin;
        try {
            server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(listen);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen for Bolt on " + listen + ": " + e.getMessage(), e);
        }
    }

    int port() {
        return server.getLocalPort();
    }

    /** Starts relaying to Neo4j's private Bolt listener. */
    void relayTo(InetSocketAddress neo4j) {
        this.target = neo4j;
        Thread.ofPlatform().daemon().name("bolt-origin-guard").start(this::accept);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                open.add(client);
                Thread.ofVirtual().name("bolt-relay").start(() -> serve(client));
            } catch (IOException e) {
                if (!server.isClosed()) {
                    log.warn("Bolt relay: {}", e.getMessage());
                }
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout(HANDSHAKE_TIMEOUT_MS);
            InputStream in = client.getInputStream();
            byte[] start = in.readNBytes(4);
            byte[] head;
            if (Arrays.equals(start, BOLT_MAGIC)) {
                head = start;
            } else if (new String(start, StandardCharsets.US_ASCII).equals("GET ")) {
                head = upgradeHeader(start, in);
                String origin = header(head, "origin");
                if (origin != null && !allowedOrigin.test(origin)) {
                    refuse(client.getOutputStream(), origin);
                    return;
                }
            } else {
                return; // neither Bolt nor a WebSocket upgrade (TLS is off on this connector)
            }
            client.setSoTimeout(0);
            try (Socket neo4j = new Socket(target.getAddress(), target.getPort())) {
                open.add(neo4j);
                // Bolt is small messages, each awaited: with Nagle's algorithm on either leg, a reply
                // waits for the delayed acknowledgement of the one before (about 40 ms per query).
                client.setTcpNoDelay(true);
                neo4j.setTcpNoDelay(true);
                neo4j.getOutputStream().write(head);
                Thread.ofVirtual().start(() -> copy(in, neo4j));
                // When Neo4j is done, closing both sockets (try-with-resources) also ends the other direction.
                copy(neo4j.getInputStream(), client);
            } finally {
                open.removeIf(Socket::isClosed);
            }
        } catch (IOException e) {
            // The peer went away; nothing to report.
        } finally {
            open.remove(client);
        }
    }

    private static byte[] upgradeHeader(byte[] start, InputStream in) throws IOException {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        header.write(start);
        while (header.size() < MAX_UPGRADE_HEADER) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed during the upgrade request");
            }
            header.write(b);
            byte[] bytes = header.toByteArray();
            int n = bytes.length;
            if (n >= 4 && bytes[n - 4] == '\r' && bytes[n - 3] == '\n' && bytes[n - 2] == '\r' && bytes[n - 1] == '\n') {
                return bytes;
            }
        }
        throw new IOException("upgrade request header too long");
    }

    /** The value of the first header of that (lower-case) name, or null. */
    static String header(byte[] request, String name) {
        for (String line : new String(request, StandardCharsets.ISO_8859_1).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().toLowerCase(Locale.ROOT).equals(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return null;
    }

    private static void refuse(OutputStream out, String origin) throws IOException {
        log.info("Refused a Bolt WebSocket from origin {}", origin.length() > 80 ? origin.substring(0, 80) + "…" : origin);
        byte[] body = "This database accepts WebSocket connections from citegraph's own pages only.\n"
                .getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    private static void copy(InputStream from, Socket to) {
        try {
            from.transferTo(to.getOutputStream());
            to.shutdownOutput();
        } catch (IOException e) {
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already gone
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        open.forEach(OriginGuard::closeQuietly);
    }
}
