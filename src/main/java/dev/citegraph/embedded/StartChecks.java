package dev.citegraph.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.util.unit.DataSize;

/**
 * What the data folder must offer before Neo4j is started. Neo4j itself, on a full disk, fails
 * with a message about the name of its system database; checking first gives the real reason.
 */
final class StartChecks {

    private StartChecks() {
    }

    static void freeSpace(Path home, DataSize needed) {
        long free;
        try {
            free = Files.getFileStore(home).getUsableSpace();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (free < needed.toBytes()) {
            throw new DataFolderFullException(home, free, needed.toBytes());
        }
    }

    /** Too little free space where the database lives. */
    public static final class DataFolderFullException extends RuntimeException {

        private final Path home;

        DataFolderFullException(Path home, long free, long needed) {
            super("only " + free / (1024 * 1024) + " MB free in " + home + ", the database needs " + needed / (1024 * 1024) + " MB");
            this.home = home;
        }

        public Path home() {
            return home;
        }
    }
}
