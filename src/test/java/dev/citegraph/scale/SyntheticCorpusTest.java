package dev.citegraph.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.citegraph.corpus.Corpus;
import dev.citegraph.corpus.CorpusLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** The scale corpus is a corpus the loader accepts, and the seed alone decides its bytes. */
class SyntheticCorpusTest {

    @TempDir
    Path work;

    @Test
    void fiftySyntheticArticlesPassEveryCheckOfTheLoader() {
        SyntheticCorpus.Generated generated = SyntheticCorpus.write(work.resolve("a"), 42, 50);

        Corpus corpus = CorpusLoader.load(generated.root());

        Corpus real = CorpusLoader.load(SyntheticCorpus.REAL);
        assertThat(corpus.sources()).hasSize(real.sources().size() + 50);
        assertThat(corpus.entities()).hasSize(real.entities().size() + generated.entities());
        assertThat(corpus.claims()).hasSize(real.claims().size() + generated.claims());
        // As dense as real articles (34 claims each), so ×1000 is the 200,000 claims.
        assertThat(generated.claims()).isBetween(50 * 35, 50 * 45);
        assertThat(corpus.claims()).anyMatch(c -> "disputes".equals(c.stance()))
                .anyMatch(c -> "reported".equals(c.modality()))
                .anyMatch(c -> c.sourceId().startsWith("syn-") && c.validFrom() != null);
        assertThat(corpus.sources()).anyMatch(s -> "zh".equals(s.language())).anyMatch(s -> "en".equals(s.language()));
        assertThat(corpus.sourcesById().get(generated.probe()).retracted()).isFalse();
    }

    @Test
    void theSameSeedWritesTheSameFilesAndAnotherSeedOthers() throws IOException {
        Map<String, String> first = files(SyntheticCorpus.write(work.resolve("a"), 7, 50).root());
        Map<String, String> again = files(SyntheticCorpus.write(work.resolve("b"), 7, 50).root());
        Map<String, String> other = files(SyntheticCorpus.write(work.resolve("c"), 8, 50).root());

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(other.get("entities.yaml")).isNotEqualTo(first.get("entities.yaml"));
    }

    /** Every file of a corpus folder by relative path, with its bytes (as ISO-8859-1, one char a byte). */
    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(f).toString(), new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
