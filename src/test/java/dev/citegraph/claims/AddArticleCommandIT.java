package dev.citegraph.claims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

import dev.citegraph.CitegraphApplication;
import dev.citegraph.corpus.Corpus;
import dev.citegraph.corpus.CorpusCopy;
import dev.citegraph.corpus.CorpusLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code add-article FILE --id … } as a curator runs it: no database, the corpus folder only. */
class AddArticleCommandIT {

    @TempDir
    Path work;

    @Test
    void theCommandAddsADraftThatTheCorpusThenHolds() throws IOException {
        CorpusCopy corpus = CorpusCopy.of(work.resolve("corpus"));
        Path file = Files.writeString(work.resolve("article.txt"), "Jack Ma founded Alibaba Group.\n", StandardCharsets.UTF_8);

        int exit = run(corpus, "add-article", file.toString(), "--id=test-article", "--title=A test",
                "--published=2026-05-01", "--language=en");

        assertThat(exit).isZero();
        Corpus loaded = CorpusLoader.load(corpus.root());
        Corpus.Source added = loaded.sourcesById().get("test-article");
        assertThat(added.status()).isEqualTo("draft");
        assertThat(added.text()).isEqualTo("Jack Ma founded Alibaba Group.\n");
        assertThat(loaded.claims()).filteredOn(c -> c.sourceId().equals("test-article")).singleElement()
                .satisfies(c -> assertThat(c.status() + " " + c.type() + " " + c.quote())
                        .isEqualTo("proposed FOUNDED Jack Ma founded Alibaba Group"));
    }

    @Test
    void aFileThatIsNotUtf8OrTooLargeIsRefusedAndNothingIsAdded() throws IOException {
        CorpusCopy corpus = CorpusCopy.of(work.resolve("corpus"));
        String sources = corpus.read("sources.yaml").toString();
        Path latin1 = Files.write(work.resolve("latin1.txt"), "Caf\u00e9 Alibaba".getBytes(StandardCharsets.ISO_8859_1));
        Path huge = Files.write(work.resolve("huge.txt"), new byte[10 * 1024 * 1024]);

        assertThat(run(corpus, "add-article", latin1.toString(), "--id=latin1", "--title=T", "--published=2026",
                "--language=en")).isEqualTo(1);
        assertThat(run(corpus, "add-article", huge.toString(), "--id=huge", "--title=T", "--published=2026",
                "--language=en")).isEqualTo(1);
        assertThat(run(corpus, "add-article", latin1.toString(), "--id=no-metadata")).isEqualTo(1);
        Path empty = Files.writeString(work.resolve("empty.txt"), "  \n");
        assertThat(run(corpus, "add-article", empty.toString(), "--id=empty", "--title=T", "--published=2026",
                "--language=en")).isEqualTo(1);

        assertThat(corpus.read("sources.yaml").toString()).isEqualTo(sources);
        assertThat(corpus.root().resolve("sources")).isDirectoryNotContaining("glob:**/{latin1,huge,no-metadata,empty}.txt");
    }

    /** Runs a command as the application's main method does, and returns its exit code. */
    private static int run(CorpusCopy corpus, String... args) {
        SpringApplication app = new SpringApplication(CitegraphApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setDefaultProperties(Map.of("citegraph.embedded.enabled", "false"));
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--citegraph.corpus=" + corpus.root();
        all[args.length + 1] = "--citegraph.admin.token=test";
        return SpringApplication.exit(app.run(all));
    }
}
