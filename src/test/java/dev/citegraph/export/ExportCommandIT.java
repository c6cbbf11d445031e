package dev.citegraph.export;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.web.client.RestClient;

import dev.citegraph.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The export command writes, into its folder, exactly what the HTTP endpoints serve. */
class ExportCommandIT extends IntegrationTest {

    @Autowired
    ExportRunner runner;

    @Test
    void theCommandWritesEveryExportAndTheScriptWhereItIsTold(@TempDir Path folder) throws Exception {
        Path to = folder.resolve("out");
        Path script = folder.resolve("cypher").resolve("export.cypher");
        runner.run(new DefaultApplicationArguments("export", "--to=" + to, "--script=" + script));

        assertThat(runner.getExitCode()).isZero();
        RestClient http = RestClient.create("http://localhost:" + port);
        for (ExportFile file : ExportFile.values()) {
            byte[] served = http.get().uri("/export/" + file.fileName()).retrieve().body(byte[].class);
            assertThat(Files.readAllBytes(to.resolve(file.fileName()))).as(file.fileName()).isEqualTo(served);
        }
        assertThat(script).hasSameBinaryContentAs(to.resolve("graph.cypher"));
        try (var left = Files.list(to)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no partial files left behind")
                    .allMatch(name -> !name.endsWith(".partial"));
        }
    }

    @Test
    void otherCommandsAndAPlainStartExportNothing(@TempDir Path folder) throws Exception {
        runner.run(new DefaultApplicationArguments("validate", "--to=" + folder));
        runner.run(new DefaultApplicationArguments("--to=" + folder));
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }
}
