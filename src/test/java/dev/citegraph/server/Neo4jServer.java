package dev.citegraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * A real Neo4j server for tests where there is no Docker: {@link Neo4jServerMain} in a second JVM,
 * started from this JVM's own java binary and classpath, so it is exactly the Neo4j the application
 * embeds (2026.08.1). Bolt listens on a free loopback port, authentication is on with a known
 * password, and the folder outlives the process, so {@link #restart()} brings back the same server:
 * same port, same data. The child's output goes to {@code server.log} in its folder under {@code target/}.
 */
public final class Neo4jServer implements AutoCloseable {

    public static final String USER = "neo4j";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final Path folder;
    private final String password;
    private int port;
    private Process process;

    private Neo4jServer(Path folder, String password) {
        this.folder = folder;
        this.password = password;
    }

    /** Starts a new server on a fresh folder {@code target/neo4j-server/<name>-<time>}. */
    public static Neo4jServer start(String name, String password) {
        Path folder = Path.of("target", "neo4j-server", name + "-" + System.currentTimeMillis())
                .toAbsolutePath().normalize();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Neo4jServer server = new Neo4jServer(folder, password);
        server.launch();
        return server;
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public String password() {
        return password;
    }

    public Path logFile() {
        return folder.resolve("server.log");
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** A driver logged in as the administrator; the caller closes it. */
    public Driver driver() {
        return GraphDatabase.driver(boltUri(), AuthTokens.basic(USER, password));
    }

    /** A clean shutdown (SIGTERM: Neo4j closes its connections and checkpoints the store). */
    public void stop() {
        if (!isRunning()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** A crash (SIGKILL): the next start recovers the store from its transaction log. */
    public void kill() {
        if (!isRunning()) {
            return;
        }
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts the server again after {@link #stop()} or {@link #kill()}, on the same port and data. */
    public void start() {
        if (isRunning()) {
            throw new IllegalStateException("the server is already running at " + boltUri());
        }
        launch();
    }

    public void restart() {
        stop();
        start();
    }

    @Override
    public void close() {
        stop();
    }

    private void launch() {
        Path home = folder.resolve("home");
        Path portFile = home.resolve(Neo4jServerMain.PORT_FILE);
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow());
        command.addAll(neo4jJvmFlags());
        command.addAll(List.of("-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Neo4jServerMain.class.getName(), home.toString(), Integer.toString(port)));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
        builder.environment().put(Neo4jServerMain.PASSWORD_VARIABLE, password);
        try {
            Files.createDirectories(home);
            Files.deleteIfExists(portFile);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = waitForPort(portFile);
        waitForBolt();
    }

    private int waitForPort(Path portFile) {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Neo4j server exited with " + process.exitValue() + "; see " + logFile());
            }
            if (Files.exists(portFile)) {
                try {
                    return Integer.parseInt(Files.readString(portFile).strip());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            sleep(100);
        }
        kill();
        throw new IllegalStateException("Neo4j server did not start within " + START_TIMEOUT + "; see " + logFile());
    }

    /** Ready means a client can log in and run a query, not just that the port is open. */
    private void waitForBolt() {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        RuntimeException last = null;
        while (Instant.now().isBefore(deadline)) {
            try (Driver driver = driver()) {
                driver.executableQuery("RETURN 1").execute();
                return;
            } catch (RuntimeException e) {
                last = e;
                sleep(200);
            }
        }
        kill();
        throw new IllegalStateException("Neo4j server at " + boltUri() + " did not answer; see " + logFile(), last);
    }

    /**
     * The flags Neo4j needs on JDK 25 (the pom's {@code neo4j.jvm.flags}): this JVM was started with
     * them by the test plugins, so the child gets the same ones, whatever the pom says today.
     */
    private static List<String> neo4jJvmFlags() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(flag -> flag.startsWith("--add-opens") || flag.startsWith("--enable-native-access"))
                .toList();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
