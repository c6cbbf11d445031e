package dev.citegraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import dev.citegraph.CitegraphApplication;
import dev.citegraph.corpus.CorpusCopy;
import dev.citegraph.embedded.EmbeddedNeo4jConfiguration.EmbeddedNeo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Real starts of the application on one data folder, as a researcher's restarts are. A restart
 * skips what it can prove unchanged (reading the corpus, setting the Bolt passwords); these tests
 * check that it proves it: a changed corpus or a changed password still takes effect.
 */
@ExtendWith(OutputCaptureExtension.class)
class RestartsOnDiskIT {

    @TempDir
    Path data;

    @TempDir
    Path folder;

    @Test
    void aRestartOnTheSameCorpusReadsNoArticleButAChangedCorpusIsWritten(CapturedOutput output) {
        CorpusCopy corpus = CorpusCopy.of(folder.resolve("corpus"));
        try (var first = start(corpus.root())) {
            assertThat(description(first)).startsWith("Alibaba engineer described as former CTO");
        }
        int before = output.length();
        try (var second = start(corpus.root())) {
            String log = output.toString().substring(before);
            assertThat(log).contains("not reading it ahead").contains("nothing to read or compare");
            assertThat(description(second)).startsWith("Alibaba engineer described as former CTO");
        }
        corpus.replaceFirst("entities.yaml", "Alibaba engineer described as former CTO", "An Alibaba engineer, formerly CTO");
        before = output.length();
        try (var third = start(corpus.root())) {
            assertThat(output.toString().substring(before)).doesNotContain("not reading it ahead");
            assertThat(description(third)).startsWith("An Alibaba engineer, formerly CTO");
        }
    }

    @Test
    void aPasswordChangedBetweenStartsTakesEffectAndTheOldOneIsRefused() throws IOException {
        Path corpus = CorpusCopy.REAL.toAbsolutePath();
        String generated;
        try (var first = start(corpus)) {
            generated = storedPassword();
        }
        try (var second = start(corpus, "--citegraph.embedded.bolt-password=a-new-bolt-password")) {
            // The application logs in with the new password, or it could not have started.
            String uri = second.getBean(EmbeddedNeo4j.class).boltUri().toString();
            try (Driver old = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", generated))) {
                assertThatThrownBy(old::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
            try (Driver changed = GraphDatabase.driver(uri, AuthTokens.basic("neo4j", "a-new-bolt-password"))) {
                changed.verifyConnectivity();
            }
        }
    }

    private ConfigurableApplicationContext start(Path corpus, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "--server.port=0";
        args[1] = "--citegraph.embedded.bolt-port=0";
        args[2] = "--citegraph.embedded.home=" + data;
        args[3] = "--citegraph.corpus=" + corpus;
        System.arraycopy(more, 0, args, 4, more.length);
        return SpringApplication.run(CitegraphApplication.class, args);
    }

    private static String description(ConfigurableApplicationContext app) {
        return app.getBean(Driver.class).executableQuery("MATCH (e:Entity:Citegraph {id: 'wu-zeming'}) RETURN e.description AS d")
                .execute().records().getFirst().get("d").asString();
    }

    private String storedPassword() throws IOException {
        Properties stored = new Properties();
        try (var reader = Files.newBufferedReader(data.resolve("bolt-credentials.properties"))) {
            stored.load(reader);
        }
        return stored.getProperty("neo4j");
    }
}
