package dev.citegraph.scale;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import dev.citegraph.IntegrationTest;
import dev.citegraph.corpus.CorpusLoader;
import dev.citegraph.corpus.LoadPhases;
import dev.citegraph.ingest.CitegraphPaths;
import dev.citegraph.ingest.CorpusIngest;
import dev.citegraph.ingest.WritePhases;

/**
 * How long reloads take, and what they write, as the corpus grows: measured, not asserted (timings
 * on a shared machine would make a flaky test), and so named that {@code ./mvnw verify} leaves it
 * out; {@code bench/reload} runs it. For each size in {@code bench.sizes} (synthetic articles
 * added to the real corpus; default {@code 0,500}) it times a first ingest into an empty graph,
 * then, three times each, re-ingesting the unchanged corpus, requoting one claim of one article,
 * retracting that article and restoring it. Loading and checking the corpus
 * ({@link CorpusLoader#load}) is timed on its own, so the rest of a step is the graph write; a
 * second table splits an unchanged reload into its phases.
 */
class ReloadBench extends IntegrationTest {

    private static final long SEED = ScaleCorpusCommand.SEED;
    private static final int REPEATS = 3;

    @Autowired
    CorpusIngest ingest;

    @Autowired
    CitegraphPaths paths;

    @TempDir
    Path work;

    private final BenchTable table = new BenchTable();

    @Test
    void reloadsAtEachSize() {
        int realClaims = CorpusLoader.load(SyntheticCorpus.REAL).claims().size();
        try {
            for (int n : sizes()) {
                measure(n, realClaims);
            }
        } finally {
            ingest.ingest(true);
        }
        table.write(Path.of("target/bench/reload.md"));
        System.out.println();
        System.out.println(table.markdown());
    }

    private void measure(int n, int realClaims) {
        String size = "×" + Math.max(1, n / 5);
        SyntheticCorpus.Generated corpus = SyntheticCorpus.write(work.resolve("n" + n), SEED, n);
        Path root = corpus.root();
        emptyGraph();
        Timed first = time(() -> ingest.ingest(root, true));
        long firstHeap = heapMb();

        ProbeEdits probe = new ProbeEdits(root, corpus.probe());
        Step unchanged = new Step("b unchanged", () -> ingest.ingest(root, true));
        Step requote = new Step("c requote one claim of " + corpus.probe(), () -> {
            probe.toggleQuote();
            return ingest.ingest(root, false);
        });
        Step retract = new Step("d retract " + corpus.probe(), () -> {
            probe.retract();
            return ingest.ingest(root, false);
        });
        Step restore = new Step("e restore it", () -> {
            probe.restore();
            return ingest.ingest(root, false);
        });
        List<Step> steps = List.of(unchanged, requote, retract, restore);
        for (int i = 0; i < REPEATS; i++) {
            steps.forEach(Step::run);
        }
        // Timed after the steps, on a warm JVM, as a reload in a running application finds it.
        List<Long> loads = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            loads.add(time(() -> CorpusLoader.load(root)).millis);
        }
        long loadMs = BenchTable.median(loads);
        table.add(BenchTable.Row.of(size, corpus, realClaims, "a first ingest", List.of(first.millis), loadMs,
                first.report, firstHeap));
        for (Step s : steps) {
            table.add(BenchTable.Row.of(size, corpus, realClaims, s.name, s.millis, loadMs, s.last, heapMb()));
        }
        // The graph now holds this corpus: the phases are those of a reload that finds nothing to write.
        // Timed twice; the second run, on a warm JVM, is the one reported.
        for (int i = 0; i < 2; i++) {
            Map<String, Long> phases = new LinkedHashMap<>(LoadPhases.of(root));
            phases.putAll(WritePhases.of(CorpusLoader.load(root), driver, paths.rules()));
            if (i == 1) {
                phases.forEach((phase, ms) -> table.phase(size, phase, ms));
            }
        }
    }

    /** A first ingest, as into a new database: everything the ingest owns goes, the schema migrations stay. */
    private void emptyGraph() {
        try (var session = driver.session()) {
            session.run("MATCH (n:Citegraph) WHERE NOT n:Migration CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS")
                    .consume();
        }
    }

    private static int[] sizes() {
        return Arrays.stream(System.getProperty("bench.sizes", "0,500").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).mapToInt(Integer::parseInt).toArray();
    }

    /** Heap in use once the collector has run: what the application holds, not what it has yet to free. */
    private static long heapMb() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    private record Timed(long millis, CorpusIngest.Report report) {
    }

    private static <T> Timed time(Supplier<T> work) {
        long started = System.nanoTime();
        T result = work.get();
        return new Timed((System.nanoTime() - started) / 1_000_000,
                result instanceof CorpusIngest.Report r ? r : null);
    }

    /** A step repeated. Its edit is timed with its ingest: rewriting one file takes well under a millisecond. */
    private static final class Step {

        final String name;
        final Supplier<CorpusIngest.Report> action;
        final List<Long> millis = new ArrayList<>();
        CorpusIngest.Report last;

        Step(String name, Supplier<CorpusIngest.Report> action) {
            this.name = name;
            this.action = action;
        }

        void run() {
            Timed t = time(action);
            millis.add(t.millis);
            last = t.report;
        }
    }
}
