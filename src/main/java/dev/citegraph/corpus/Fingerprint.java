package dev.citegraph.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** SHA-256 over every file of the corpus folder (names and bytes, in name order). */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** SHA-256 over some texts and the bytes of a file (nothing for a missing one), each part delimited. */
    public static String ofParts(String first, String second, Path file) {
        try {
            MessageDigest digest = sha256();
            digest.update(first.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(second.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            digest.update((byte) 0);
            if (Files.isRegularFile(file)) {
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fingerprint of every file under {@code root}; of nothing if it does not exist. */
    public static String of(Path root) {
        if (!Files.exists(root)) {
            return "none";
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            MessageDigest digest = sha256();
            for (Path file : files) {
                digest.update(root.relativize(file).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
