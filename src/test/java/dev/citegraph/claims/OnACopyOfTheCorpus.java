package dev.citegraph.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.graphql.client.HttpSyncGraphQlClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import dev.citegraph.IntegrationTest;
import dev.citegraph.corpus.CorpusCopy;

/**
 * The application on a copy of the corpus, for tests of what writes to the corpus folder (reviews,
 * new articles). Every such test class shares this one application, and puts back what it changed.
 */
abstract class OnACopyOfTheCorpus extends IntegrationTest {

    static final Path CORPUS = copyOfTheCorpus();

    @DynamicPropertySource
    static void corpusCopy(DynamicPropertyRegistry registry) {
        registry.add("citegraph.corpus", CORPUS::toString);
    }

    /** A GraphQL client that sends the admin token, as a curator's script would. */
    HttpSyncGraphQlClient asCurator() {
        return HttpSyncGraphQlClient.create(RestClient.builder().baseUrl("http://localhost:" + port + "/graphql")
                .defaultHeader("Authorization", "Bearer " + ADMIN_TOKEN).build());
    }

    /** The same, with the user and password over HTTP Basic. */
    HttpSyncGraphQlClient asCuratorWithPassword() {
        String basic = java.util.Base64.getEncoder().encodeToString((ADMIN_USER + ":" + ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return HttpSyncGraphQlClient.create(RestClient.builder().baseUrl("http://localhost:" + port + "/graphql")
                .defaultHeader("Authorization", "Basic " + basic).build());
    }

    /** A client that sends the given Authorization header (wrong credentials, in tests that they are refused). */
    HttpSyncGraphQlClient sending(String authorization) {
        return HttpSyncGraphQlClient.create(RestClient.builder().baseUrl("http://localhost:" + port + "/graphql")
                .defaultHeader("Authorization", authorization).build());
    }

    static String read(String file) {
        try {
            return Files.readString(CORPUS.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copyOfTheCorpus() {
        try {
            Path folder = Files.createTempDirectory("citegraph-corpus-copy-");
            folder.toFile().deleteOnExit();
            return CorpusCopy.of(folder.resolve("corpus")).root();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
