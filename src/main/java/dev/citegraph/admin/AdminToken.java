package dev.citegraph.admin;

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
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The credential every write over HTTP needs (reading is open). It is {@code CITEGRAPH_ADMIN_TOKEN}
 * when set; otherwise a random token generated at first start and kept in a file only its owner
 * can read ({@code data/admin-token} by default), so that the person who runs the application
 * can write and a web page or another user cannot.
 */
@Component
@EnableConfigurationProperties(AdminToken.Settings.class)
public class AdminToken {

    /**
     * @param token the token, or empty to use (or create) the token file
     * @param tokenFile where a generated token is kept
     */
    @ConfigurationProperties("citegraph.admin")
    public record Settings(String token, Path tokenFile) {

        public Settings {
            tokenFile = (tokenFile == null ? Path.of("data", "admin-token") : tokenFile).toAbsolutePath().normalize();
        }
    }

    private static final Logger log = LoggerFactory.getLogger(AdminToken.class);

    private final byte[] token;

    AdminToken(Settings settings) {
        String value = StringUtils.hasText(settings.token()) ? settings.token().strip() : fromFile(settings.tokenFile());
        this.token = value.getBytes(StandardCharsets.UTF_8);
    }

    /** True when the request's {@code Authorization: Bearer …} header carries the token. */
    public boolean accepts(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.startsWith("Bearer ")) {
            return false;
        }
        byte[] given = authorizationHeader.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, token); // constant time: no guessing by timing
    }

    /** Refuses a write whose request does not carry the token; {@code what} names the write in the refusal. */
    public void require(String authorizationHeader, String what) {
        if (!accepts(authorizationHeader)) {
            throw new Unauthorized(what);
        }
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
            log.info("Generated the token that writes (reload) need, in {}", file);
            return generated;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the admin token file " + file, e);
        }
    }
}
