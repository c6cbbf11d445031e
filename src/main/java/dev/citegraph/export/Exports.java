package dev.citegraph.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.ResponseStatus;

import dev.citegraph.database.ReloadGate;

/**
 * Writes the exports: one file for a request, or all of them into a folder for the export command.
 *
 * <p>A file is written as the graph is read, by several queries, without holding up reloads for
 * the minutes a large graph takes. So that a file never mixes two versions of the graph, a file
 * during which a write began is written again; after {@value #ATTEMPTS} such attempts, or when a
 * write is under way as it begins, the export fails with {@link GraphKeptChanging}.
 */
@Service
public class Exports {

    static final int ATTEMPTS = 3;

    private final SnapshotReader snapshots;
    private final DatabaseDumpReader dumps;
    private final ReloadGate gate;
    private volatile MeasuredSizes measured;

    Exports(SnapshotReader snapshots, DatabaseDumpReader dumps, ReloadGate gate) {
        this.snapshots = snapshots;
        this.dumps = dumps;
        this.gate = gate;
    }

    /** The graph was being written when the export began, or during each attempt. */
    @ResponseStatus(value = HttpStatus.SERVICE_UNAVAILABLE)
    public static final class GraphKeptChanging extends RuntimeException {
        GraphKeptChanging() {
            super("the graph was being written (a reload) while it was exported; ask again when the reload is done");
        }
    }

    /** Runs an export until it reads one version of the graph throughout; {@code discard} undoes an attempt that did not. */
    private <T> T consistently(Function<Data, T> export, Consumer<T> discard) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            long stamp = gate.readWithoutHolding();
            if (stamp == 0) {
                break; // a write is under way: nothing read now would be one version, so read nothing
            }
            try {
                T written = export.apply(new Data());
                if (gate.unchangedSince(stamp)) {
                    return written;
                }
                discard.accept(written);
            } catch (RuntimeException e) {
                // A write under way can also make an export fail (a count that no longer matches): try again.
                if (gate.unchangedSince(stamp)) {
                    throw e;
                }
            }
        }
        throw new GraphKeptChanging();
    }

    /**
     * One export, written whole to a temporary file before anything is sent, so that a failure is
     * an error response rather than a truncated file, and the file is never held in memory (the
     * script of 5,000 articles is over 100 MB). The caller sends it and deletes it.
     */
    public Path render(ExportFile file) {
        return consistently(data -> {
            try {
                Path target = Files.createTempFile("citegraph-export-", "-" + file.fileName());
                try {
                    return write(file, data, target);
                } catch (RuntimeException | Error e) {
                    // An export that fails, however it fails, leaves no file.
                    Files.deleteIfExists(target);
                    throw e;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not write the export " + file.fileName(), e);
            }
        }, Exports::delete);
    }

    /**
     * The size in bytes of every export, measured by writing them all once (30 s at 5,000 articles)
     * and kept until the next write to the graph: the export page shows them at every visit.
     */
    public Map<ExportFile, Long> sizes() {
        MeasuredSizes last = measured;
        if (last != null && gate.unchangedSince(last.stamp())) {
            return last.sizes();
        }
        long stamp = gate.readWithoutHolding();
        Map<ExportFile, Long> sizes = consistently(data -> {
            Map<ExportFile, Long> counted = new EnumMap<>(ExportFile.class);
            for (ExportFile file : ExportFile.values()) {
                ByteCount out = new ByteCount();
                file.write(data, out);
                counted.put(file, out.bytes);
            }
            return Map.copyOf(counted);
        }, counted -> { });
        measured = new MeasuredSizes(stamp, sizes);
        return sizes;
    }

    /** Sizes measured after the gate gave {@code stamp}: they hold while no write follows it. */
    private record MeasuredSizes(long stamp, Map<ExportFile, Long> sizes) {
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
        // A later attempt writes each file again in its place.
        return consistently(data -> {
            List<Path> written = new ArrayList<>();
            for (ExportFile file : ExportFile.values()) {
                written.add(write(file, data, folder.resolve(file.fileName())));
            }
            return written;
        }, written -> { });
    }

    /** One export into a file of any name (the committed cypher/export.cypher, for example). */
    public Path write(ExportFile file, Path target) {
        return consistently(data -> write(file, data, target), written -> { });
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + file, e);
        }
    }

    private static Path write(ExportFile file, Data data, Path target) {
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            // Written beside the target and moved over it, so a failed export never leaves half a file.
            Path partial = parent.resolve("." + target.getFileName() + ".partial");
            // Buffered: the GraphML writer hands its stream one small piece at a time (85 s unbuffered at 5,000 articles).
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
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
