package dev.citegraph.ingest;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import dev.citegraph.CitegraphApplication;
import dev.citegraph.corpus.CorpusCopy;
import dev.citegraph.corpus.CorpusException;
import dev.citegraph.graph.EntityReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A corpus broken while the application was down does not take away a graph that was good: the
 * next start serves the last good graph and says why it did not reload. With no graph yet there
 * is nothing to serve, and the start is refused with the corpus problems.
 */
class StartWithABrokenCorpusIT {

    @TempDir
    Path data;

    @TempDir
    Path work;

    @Test
    void aBrokenCorpusAtStartKeepsServingTheLastGoodGraph() {
        CorpusCopy corpus = CorpusCopy.of(work.resolve("corpus"));
        start(corpus).close();
        corpus.replaceFirst("claims/chinanews-tongyi.yaml", "subject: ", "subject: nobody-at-all # ");

        try (ConfigurableApplicationContext app = start(corpus)) {
            assertThat(app.getBean(EntityReader.class).byId("wu-zeming").name()).isEqualTo("Wu Zeming");
        }
    }

    @Test
    void aBrokenCorpusAtTheFirstStartIsRefusedWithItsProblems() {
        CorpusCopy corpus = CorpusCopy.of(work.resolve("corpus"));
        corpus.replaceFirst("claims/chinanews-tongyi.yaml", "subject: ", "subject: nobody-at-all # ");

        Throwable failure = catchThrowable(() -> start(corpus).close());

        Throwable cause = failure;
        while (cause != null && !(cause instanceof CorpusException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("the failure of the start: %s", failure).isNotNull().hasMessageContaining("nobody-at-all");
        assertThat(new CorpusFailureAnalyzer().analyze(failure).getAction()).contains("validate");
    }

    private ConfigurableApplicationContext start(CorpusCopy corpus) {
        return SpringApplication.run(CitegraphApplication.class, "--server.port=0", "--citegraph.embedded.bolt-port=0",
                "--citegraph.embedded.home=" + data.resolve("neo4j"), "--citegraph.corpus=" + corpus.root(),
                "--citegraph.admin.token=test");
    }
}
