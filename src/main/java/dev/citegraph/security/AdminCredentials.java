package dev.citegraph.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * The credentials every write over HTTP needs (reading is open): the token
 * {@code CITEGRAPH_ADMIN_TOKEN}, and/or a user and password ({@code CITEGRAPH_ADMIN_USER},
 * {@code CITEGRAPH_ADMIN_PASSWORD}) for HTTP Basic. With neither, a random token is generated at
 * first start and kept in a file only its owner can read ({@code data/admin-token} by default), so
 * that the person who runs the application can write and a web page or another user cannot; a
 * token file of {@code none} turns that off, and writes then answer which variables to set.
 */
public final class AdminCredentials {

    /**
     * @param token the token, or empty to use (or create) the token file
     * @param tokenFile where a generated token is kept; {@code none} for no generated token
     * @param user the user name for HTTP Basic, or empty for none
     * @param password that user's password
     */
    @ConfigurationProperties("citegraph.admin")
    public record Settings(String token, String tokenFile, String user, String password) {
    }

    /** What a refused write is told when no credentials are configured at all. */
    static final String NONE_CONFIGURED = "writes are turned off: no credentials are configured. Set CITEGRAPH_ADMIN_TOKEN, "
            + "or CITEGRAPH_ADMIN_USER and CITEGRAPH_ADMIN_PASSWORD, and restart the application";

    private static final Logger log = LoggerFactory.getLogger(AdminCredentials.class);

    private final byte[] token;
    private final String user;
    private final String password;

    AdminCredentials(Settings settings) {
        boolean hasUser = StringUtils.hasText(settings.user());
        if (hasUser != StringUtils.hasText(settings.password())) {
            throw new IllegalStateException("CITEGRAPH_ADMIN_USER and CITEGRAPH_ADMIN_PASSWORD go together: set both or neither");
        }
        this.user = hasUser ? settings.user().strip() : null;
        this.password = hasUser ? settings.password() : null;
        String value = StringUtils.hasText(settings.token()) ? settings.token().strip()
                : hasUser || "none".equals(settings.tokenFile()) ? null : fromFile(tokenFile(settings.tokenFile()));
        this.token = value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    /** False when writes are impossible: no token and no user. */
    public boolean configured() {
        return token != null || user != null;
    }

    /** True when {@code given} is the token; compared in constant time, so it cannot be guessed by timing. */
    boolean acceptsToken(String given) {
        return token != null && given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), token);
    }

    /** The HTTP Basic user, or null. */
    String user() {
        return user;
    }

    String password() {
        return password;
    }

    /** What a write without (valid) credentials is told. */
    String howToWrite(String what) {
        if (!configured()) {
            return what + " is refused: " + NONE_CONFIGURED;
        }
        return what + " needs credentials: send the header Authorization: Bearer <token> (CITEGRAPH_ADMIN_TOKEN, "
                + "or the generated data/admin-token) or HTTP Basic with CITEGRAPH_ADMIN_USER and CITEGRAPH_ADMIN_PASSWORD";
    }

    private static Path tokenFile(String configured) {
        return (StringUtils.hasText(configured) ? Path.of(configured) : Path.of("data", "admin-token"))
                .toAbsolutePath().normalize();
    }

    private static String fromFile(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the folder's own permissions protect it.
            }
            log.info("Generated the token that writes need, in {}", file);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the admin token file " + file, e);
        }
    }
}
