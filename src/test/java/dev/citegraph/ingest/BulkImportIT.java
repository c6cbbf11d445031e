package dev.citegraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import dev.citegraph.CitegraphApplication;
import dev.citegraph.corpus.Corpus;
import dev.citegraph.corpus.CorpusCopy;
import dev.citegraph.corpus.CorpusException;
import dev.citegraph.corpus.CorpusLoader;
import dev.citegraph.export.ExportFile;
import dev.citegraph.export.Exports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The first start of a new embedded database on a large corpus writes the graph with Neo4j's
 * offline importer. "Large" is lowered to nothing here ({@code citegraph.import-from-claims=0}) so
 * that the real corpus takes that path, and its graph is compared with the one transactions write.
 */
@ExtendWith(OutputCaptureExtension.class)
class BulkImportIT {

    private static final String IMPORTED = "Imported the graph of";

    @TempDir
    Path data;

    @TempDir
    Path work;

    @Test
    void theImportedGraphIsTheGraphTransactionsWrite(CapturedOutput output) throws IOException {
        Path corpus = CorpusCopy.REAL.toAbsolutePath();
        Path imported = work.resolve("imported");
        try (var app = start(data.resolve("a"), corpus, "--citegraph.import-from-claims=0")) {
            assertThat(output.toString()).contains(IMPORTED + " 240 claims");
            // The bean that read the corpus lives as long as the application; the corpus must not.
            assertThat(app.getBean(CorpusImport.class).corpus(corpus)).as("the corpus read for the import").isNull();
            app.getBean(Exports.class).writeAll(imported);
            // Every node and relationship holds the properties its hash was computed from, and a
            // comparison with the corpus finds nothing to write.
            Corpus read = CorpusLoader.load(corpus);
            GraphWriter.Changes verified = app.getBean(GraphWriter.class)
                    .write(read, app.getBean(GraphWriter.class).storedFingerprint(), true);
            assertThat(verified.tampered()).isZero();
            assertThat(verified.none()).as("writes %s", verified.writes()).isTrue();
        }
        int before = output.length();
        Path written = work.resolve("written");
        // The default threshold is far above the real corpus's 240 claims: transactions write it.
        try (var app = start(data.resolve("b"), corpus)) {
            assertThat(output.toString().substring(before)).doesNotContain(IMPORTED)
                    .contains("read during the database start");
            app.getBean(Exports.class).writeAll(written);
        }
        for (ExportFile file : ExportFile.values()) {
            assertThat(imported.resolve(file.fileName())).as(file.fileName())
                    .hasSameBinaryContentAs(written.resolve(file.fileName()));
        }
    }

    @Test
    void aRestartAfterAnImportFindsTheGraphVerified(CapturedOutput output) {
        Path corpus = CorpusCopy.REAL.toAbsolutePath();
        start(data, corpus, "--citegraph.import-from-claims=0").close();
        int before = output.length();
        try (var app = start(data, corpus, "--citegraph.import-from-claims=0")) {
            assertThat(output.toString().substring(before)).doesNotContain(IMPORTED)
                    .contains("nothing to read or compare");
            assertThat(app.getBean(Driver.class).executableQuery("MATCH (c:Claim:Citegraph) RETURN count(c) AS n")
                    .execute().records().getFirst().get("n").asInt()).isEqualTo(240);
        }
    }

    @Test
    void anImportThatAStartLeftUnfinishedIsDoneAgain(CapturedOutput output) throws IOException {
        // A store the importer had begun to write when the start was stopped.
        Path leftover = Files.createDirectories(data.resolve(BulkImport.UNFINISHED).resolve("data").resolve("databases")
                .resolve("neo4j"));
        Files.writeString(leftover.resolve("neostore.nodestore.db"), "half-written");
        try (var app = start(data, CorpusCopy.REAL.toAbsolutePath(), "--citegraph.import-from-claims=0")) {
            assertThat(output.toString()).contains(IMPORTED);
            assertThat(data.resolve(BulkImport.UNFINISHED)).doesNotExist();
            assertThat(app.getBean(Driver.class).executableQuery("MATCH (s:Source:Citegraph) RETURN count(s) AS n")
                    .execute().records().getFirst().get("n").asInt()).isEqualTo(5);
        }
    }

    @Test
    void theImporterNeverWritesOverADatabase() throws IOException {
        Path corpus = CorpusCopy.REAL.toAbsolutePath();
        start(data, corpus).close();
        List<Path> before;
        try (var files = Files.walk(data)) {
            before = files.sorted().toList();
        }
        assertThatThrownBy(() -> BulkImport.into(data, CorpusLoader.load(corpus)))
                .isInstanceOf(IOException.class).hasMessageContaining("holds a database already");
        try (var files = Files.walk(data)) {
            assertThat(files.sorted().toList()).isEqualTo(before);
        }
    }

    @Test
    void aBrokenCorpusIsImportedNotAtAllAndRefusedWithItsProblems(CapturedOutput output) {
        CorpusCopy corpus = CorpusCopy.of(work.resolve("corpus"));
        corpus.replaceFirst("claims/chinanews-tongyi.yaml", "subject: ", "subject: nobody-at-all # ");

        Throwable failure = catchThrowable(() -> start(data, corpus.root(), "--citegraph.import-from-claims=0").close());

        Throwable cause = failure;
        while (cause != null && !(cause instanceof CorpusException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("the failure of the start: %s", failure).isNotNull().hasMessageContaining("nobody-at-all");
        assertThat(output.toString()).doesNotContain(IMPORTED);
    }

    private static ConfigurableApplicationContext start(Path home, Path corpus, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--server.port=0", "--citegraph.embedded.bolt-port=0",
                "--citegraph.embedded.home=" + home, "--citegraph.corpus=" + corpus, "--citegraph.admin.token=test"));
        args.addAll(List.of(more));
        return SpringApplication.run(CitegraphApplication.class, args.toArray(String[]::new));
    }
}
