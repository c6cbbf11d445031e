package dev.citegraph.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.citegraph.ingest.CorpusIngest;
import dev.citegraph.ingest.Writes;

/** The measurements of the reload benchmark, as a Markdown table. */
final class BenchTable {

    /** One step at one corpus size: its median wall time and what its last run wrote. */
    record Row(String size, int articles, int claims, String step, long medianMs, long loadMs, Writes writes,
            Map<String, Integer> written, Map<String, Integer> deleted, long heapMb) {

        static Row of(String size, SyntheticCorpus.Generated corpus, int realClaims, String step, List<Long> millis,
                long loadMs, CorpusIngest.Report report, long heapMb) {
            var changes = report.changes();
            return new Row(size, corpus.articles() + 5, realClaims + corpus.claims(), step, median(millis), loadMs,
                    changes == null ? new Writes(0, 0, 0, 0, 0, 0, 0) : changes.writes(),
                    changes == null ? Map.of() : new TreeMap<>(changes.written()),
                    changes == null ? Map.of() : new TreeMap<>(changes.deleted()), heapMb);
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> phases = new ArrayList<>();

    /** One phase of an unchanged reload, timed on its own. */
    void phase(String size, String phase, long millis) {
        String line = "| %s | %s | %d |".formatted(size, phase.replace("  ", "&nbsp;&nbsp;"), millis);
        phases.add(line);
        System.out.println(line);
    }

    void add(Row row) {
        rows.add(row);
        System.out.println(line(row));
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| size | articles | claims | step | median ms | load ms | writes | nodes +/− | rels +/− | props set | rows written | rows deleted | heap MB |\n");
        out.append("|---|---:|---:|---|---:|---:|---:|---:|---:|---:|---|---|---:|\n");
        rows.forEach(r -> out.append(line(r)).append('\n'));
        out.append("\nPhases of an unchanged reload, each timed alone (ms):\n\n| size | phase | ms |\n|---|---|---:|\n");
        phases.forEach(p -> out.append(p).append('\n'));
        return out.toString();
    }

    void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, markdown(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(Row r) {
        Writes w = r.writes();
        return "| %s | %d | %d | %s | %d | %d | %d | %d/%d | %d/%d | %d | %s | %s | %d |".formatted(r.size(),
                r.articles(), r.claims(), r.step(), r.medianMs(), r.loadMs(), w.total(), w.nodesCreated(),
                w.nodesDeleted(), w.relationshipsCreated(), w.relationshipsDeleted(), w.propertiesSet(),
                compact(r.written()), compact(r.deleted()), r.heapMb());
    }

    private static String compact(Map<String, Integer> counts) {
        if (counts.isEmpty()) {
            return "–";
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((kind, n) -> parts.add(kind + " " + n));
        return String.join(", ", parts);
    }

    static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
