package dev.citegraph.scale;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Random;

import dev.citegraph.corpus.CorpusCopy;
import dev.citegraph.corpus.CorpusLoader;

/**
 * A corpus of any size for measuring the ingest: the real corpus plus {@code n} synthetic articles
 * in exactly its format — texts in English and Chinese, their entries in sources.yaml, their
 * claims, and the people, organizations and products they name appended to entities.yaml.
 * Everything follows from {@code new Random(seed)}: the same seed writes byte-identical files.
 */
public final class SyntheticCorpus {

    /** The project's corpus; tests and benchmarks run from the project root. */
    public static final Path REAL = Path.of("corpus");

    /**
     * What was written.
     *
     * @param probe a published article to change, retract and restore in a benchmark: a synthetic
     *        one from the middle of the corpus, or a real one when there are none
     */
    public record Generated(Path root, int articles, int entities, int claims, String probe) {
    }

    private SyntheticCorpus() {
    }

    public static Generated write(Path target, long seed, int n) {
        CorpusCopy.of(target);
        Random random = new Random(seed);
        Registry registry = new Registry(random, CorpusLoader.load(REAL));
        ArticleGenerator articles = new ArticleGenerator(random, registry);
        StringBuilder sources = new StringBuilder(n == 0 ? "" : "\n# ---- synthetic articles, generated for scale tests\n");
        int claims = 0;
        java.util.Set<String> named = new java.util.HashSet<>();
        String probe = "chinacrunch-wu-zeming";
        for (int i = 1; i <= n; i++) {
            SyntheticArticle a = articles.next(i);
            write(target.resolve("sources/" + a.id() + ".txt"), a.text());
            write(target.resolve("claims/" + a.id() + ".yaml"), a.claimsYaml());
            sources.append(a.sourceYaml());
            claims += a.claims().size();
            a.claims().forEach(c -> named.addAll(List.of(c.fact().subject().id(), c.fact().object().id())));
            if (probe.startsWith("chinacrunch") && i >= (n + 1) / 2 && !a.retracted()) {
                probe = a.id();
            }
        }
        StringBuilder entities = new StringBuilder(n == 0 ? "" : "\n# ---- synthetic entities, generated for scale tests\n");
        // The corpus refuses an entity nothing names: only those some claim names join the registry.
        List<SyntheticEntity> made = registry.made.stream().filter(e -> named.contains(e.id())).toList();
        made.forEach(e -> entities.append(e.yaml()));
        append(target.resolve("sources.yaml"), sources.toString());
        append(target.resolve("entities.yaml"), entities.toString());
        return new Generated(target, n, made.size(), claims, probe);
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
