package dev.citegraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/** Writes the exports: one file for a request, or all of them into a folder for the export command. */
@Service
public class Exports {

    private final SnapshotReader snapshots;
    private final DatabaseDumpReader dumps;

    Exports(SnapshotReader snapshots, DatabaseDumpReader dumps) {
        this.snapshots = snapshots;
        this.dumps = dumps;
    }

    /**
     * One export, written whole to a temporary file before anything is sent, so that a failure is
     * an error response rather than a truncated file, and the file is never held in memory (the
     * script of 5,000 articles is over 100 MB). The caller sends it and deletes it.
     */
    public Path render(ExportFile file) {
        try {
            Path target = Files.createTempFile("citegraph-export-", "-" + file.fileName());
            try {
                return write(file, data(), target);
            } catch (RuntimeException | Error e) {
                // An export of a graph too large for the heap ends in OutOfMemoryError: no file is left either way.
                Files.deleteIfExists(target);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the export " + file.fileName(), e);
        }
    }

    /** The size in bytes of every export, from one read of the graph (and one of the database); nothing is kept. */
    public Map<ExportFile, Long> sizes() {
        Data data = data();
        Map<ExportFile, Long> sizes = new EnumMap<>(ExportFile.class);
        for (ExportFile file : ExportFile.values()) {
            ByteCount out = new ByteCount();
            file.write(data, out);
            sizes.put(file, out.bytes);
        }
        return sizes;
    }

    /** Counts what is written to it, and keeps none of it. */
    private static final class ByteCount extends OutputStream {

        private long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    /** Every export into the folder, from one read of the graph (and one of the database, for the script). */
    public List<Path> writeAll(Path folder) {
        Data data = data();
        List<Path> written = new ArrayList<>();
        for (ExportFile file : ExportFile.values()) {
            written.add(write(file, data, folder.resolve(file.fileName())));
        }
        return written;
    }

    /** One export into a file of any name (the committed cypher/export.cypher, for example). */
    public Path write(ExportFile file, Path target) {
        return write(file, data(), target);
    }

    private static Path write(ExportFile file, Data data, Path target) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            // Written beside the target and moved over it, so a failed export never leaves half a file.
            Path partial = parent.resolve("." + target.getFileName() + ".partial");
            try (OutputStream out = Files.newOutputStream(partial)) {
                file.write(data, out);
            } catch (RuntimeException | IOException | Error e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            return Files.move(partial, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + target, e);
        }
    }

    private Data data() {
        return new Data();
    }

    /** Reads lazily and once: an export of CSV files never reads the schema, the script never the snapshot. */
    private final class Data implements ExportFile.Data {

        private GraphSnapshot snapshot;
        private DumpSource dump;

        @Override
        public GraphSnapshot snapshot() {
            if (snapshot == null) {
                snapshot = snapshots.read();
            }
            return snapshot;
        }

        @Override
        public DumpSource dump() {
            if (dump == null) {
                dump = dumps.source();
            }
            return dump;
        }
    }
}
