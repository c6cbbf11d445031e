package dev.citegraph.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Where {@link CorpusLoader#load} spends its time, for the benchmarks: the whole load, then again
 * the parts that can be run alone on its result (they live here, beside the package-private
 * classes they time, because benchmarks must not change the code they measure).
 */
public final class LoadPhases {

    private LoadPhases() {
    }

    public static Map<String, Long> of(Path root) {
        Map<String, Long> millis = new LinkedHashMap<>();
        Corpus corpus = timed(millis, "load (all of it)", () -> CorpusLoader.load(root));
        timed(millis, "  mention scan", () -> MentionScanner.scan(corpus.sources(), corpus.entities(), corpus.claims()));
        timed(millis, "  relationship merge", () -> RelationshipMerger.merge(corpus.claims(), new ArrayList<>()));
        timed(millis, "  fingerprint", () -> Fingerprint.of(root));
        return millis;
    }

    static <T> T timed(Map<String, Long> millis, String phase, Supplier<T> work) {
        long started = System.nanoTime();
        T result = work.get();
        millis.put(phase, (System.nanoTime() - started) / 1_000_000);
        return result;
    }
}
