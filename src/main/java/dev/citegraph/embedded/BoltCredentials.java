package dev.citegraph.embedded;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import java.util.Set;

import org.springframework.util.StringUtils;

/**
 * The two Bolt logins of the embedded database: the application's own, the only one whose
 * transactions may change anything ({@link WriteGuard}), and Neo4j Browser's, which can read.
 * Passwords come from the environment when given there; otherwise they are generated once and
 * kept in a file of the data folder that only its owner can read, so they survive restarts
 * (a researcher's scripts keep working) without ever being a default anyone could guess.
 */
public record BoltCredentials(String appUser, String appPassword, String browserUser, String browserPassword) {

    public static final String APP_USER = "neo4j";
    public static final String BROWSER_USER = "browser";
    static final String FILE = "bolt-credentials.properties";
    /** The digest of the passwords the database last took: set after they were, so a failed start sets them again. */
    private static final String APPLIED = "applied";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    @Override
    public String toString() {
        // Never in a log line or an error message by accident.
        return "BoltCredentials[" + appUser + ", " + browserUser + "]";
    }

    /** The given passwords, or the ones stored in {@code home}, or new ones (then stored). */
    static BoltCredentials load(Path home, String appPassword, String browserPassword) {
        Path file = home.resolve(FILE);
        Properties stored = read(file);
        String app = pick(appPassword, stored.getProperty(APP_USER));
        String browser = pick(browserPassword, stored.getProperty(BROWSER_USER));
        if (!app.equals(stored.getProperty(APP_USER)) || !browser.equals(stored.getProperty(BROWSER_USER))) {
            stored.setProperty(APP_USER, app);
            stored.setProperty(BROWSER_USER, browser);
            write(file, stored);
        }
        return new BoltCredentials(APP_USER, app, BROWSER_USER, browser);
    }

    /**
     * True when the database in {@code home} already has these passwords (they were set at an
     * earlier start and not changed since): setting them again cost seconds of every start, and
     * only the application's login can change them between starts ({@link WriteGuard}).
     */
    boolean appliedIn(Path home) {
        return digest().equals(read(home.resolve(FILE)).getProperty(APPLIED));
    }

    /** Records that the database in {@code home} has these passwords. */
    void recordApplied(Path home) {
        Path file = home.resolve(FILE);
        Properties stored = read(file);
        stored.setProperty(APPLIED, digest());
        write(file, stored);
    }

    private String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(appUser, appPassword, browserUser, browserPassword)) {
                sha.update(part.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pick(String given, String stored) {
        if (StringUtils.hasText(given)) {
            if (given.length() < 8) {
                throw new IllegalArgumentException("a Bolt password needs at least 8 characters (Neo4j's minimum)");
            }
            return given;
        }
        return StringUtils.hasText(stored) ? stored : generate();
    }

    private static String generate() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }

    private static void write(Path file, Properties properties) {
        try {
            if (!Files.exists(file) && posix()) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            if (posix()) {
                // Also repairs a file someone made readable to others.
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
            try (Writer writer = Files.newBufferedWriter(file)) {
                properties.store(writer, "Bolt passwords of the embedded database; readable by its owner only");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
