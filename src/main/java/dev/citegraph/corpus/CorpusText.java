package dev.citegraph.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Reading and writing corpus files as the application changes them (a review, a new article, its
 * proposals): UTF-8, and each write replacing the file in one step, so a reload running meanwhile
 * reads the old file or the new one, never half of one.
 */
final class CorpusText {

    private CorpusText() {
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void replace(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            // A ".tmp" name: no reader of the corpus takes it for a claims or sources file.
            Path temp = Files.createTempFile(file.getParent(), ".write-", ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A YAML double-quoted scalar: any text, on one line. */
    static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                .replace("\t", "\\t") + "\"";
    }
}
