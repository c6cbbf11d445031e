package dev.citegraph.claims;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import dev.citegraph.GraphDump;
import dev.citegraph.IntegrationTest;
import dev.citegraph.corpus.CorpusCopy;
import dev.citegraph.corpus.CorpusException;
import dev.citegraph.ingest.CorpusIngest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A running application picks up a changed corpus: only what differs is written, in one
 * transaction, and a corpus with problems changes nothing.
 */
class ReloadIT extends IntegrationTest {

    @Autowired
    CorpusIngest ingest;

    @TempDir
    Path work;

    @AfterEach
    void backToTheRealCorpus() {
        ingest.ingest(true);
    }

    @Test
    void reloadingAnUnchangedCorpusWritesNothing() throws Exception {
        GraphDump before = GraphDump.of(driver);
        CorpusIngest.Report report = ingest.ingest(true);
        assertThat(report.changes().writes().total()).isZero();
        assertThat(report.changes().written()).isEmpty();
        assertThat(report.changes().deleted()).isEmpty();
        assertThat(GraphDump.of(driver)).isEqualTo(before);

        HttpResponse<String> answer = reload("Bearer " + ADMIN_TOKEN);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JsonMapper.builder().build().readTree(answer.body()).get("reloaded").asBoolean()).isFalse();
    }

    @Test
    void reloadingNeedsTheAdminToken() throws Exception {
        assertThat(reload(null).statusCode()).isEqualTo(401);
        assertThat(reload("Bearer not-the-token").statusCode()).isEqualTo(401);
        assertThat(reload("Basic " + ADMIN_TOKEN).statusCode()).isEqualTo(401);
    }

    @Test
    void changingOneClaimWritesThatClaimItsArticleAndItsRelationshipOnly() {
        GraphDump before = GraphDump.of(driver);
        CorpusCopy copy = CorpusCopy.of(work);
        // A curator rewords the note of one claim: the claim, its relationship's citation and its article's fingerprint change.
        copy.replaceFirst("claims/chinacrunch-wu-zeming.yaml", "note: The article calls it", "note: The article names it");

        CorpusIngest.Report report = ingest.ingest(copy.root(), false);

        assertThat(report.changes().written()).containsExactlyInAnyOrderEntriesOf(
                Map.of("claims", 1, "sources", 1, "relationships", 1));
        assertThat(report.changes().deleted()).isEmpty();
        GraphDump after = GraphDump.of(driver);
        // The claim, its article (whose fingerprint changed) and the record of which corpus the graph holds.
        assertThat(changed(before.nodes(), after.nodes())).hasSize(3)
                .allMatch(n -> n.contains("id=chinacrunch-wu-zeming") || n.contains("CorpusState"));
        assertThat(changed(before.relationships(), after.relationships())).hasSize(1);
    }

    @Test
    void aNewArticleAddsItsClaimsAndRelationshipsAndRemovingItTakesThemAway() {
        GraphDump before = GraphDump.of(driver);
        CorpusCopy copy = CorpusCopy.of(work);
        ArticleFixture.addTo(copy);

        CorpusIngest.Report added = ingest.ingest(copy.root(), false);

        assertThat(added.changes().written()).containsEntry("sources", 1).containsEntry("claims", 3);
        assertThat(added.changes().written().get("relationships")).isBetween(1, 3);
        assertThat(added.changes().writes().nodesCreated()).isEqualTo(4);
        assertThat(query("{ claims(source: \"" + ArticleFixture.ID + "\") { totalCount } }")
                .get("claims").get("totalCount").asInt()).isEqualTo(3);
        assertThat(query("{ relationships(from: \"qwen\", to: \"deepseek\") { totalCount } }")
                .get("relationships").get("totalCount").asInt()).isEqualTo(1);

        ingest.ingest(true);
        assertThat(GraphDump.of(driver)).isEqualTo(before);
    }

    @Test
    void aBrokenCorpusChangesNothingAndReportsEveryProblem() {
        GraphDump before = GraphDump.of(driver);
        CorpusCopy copy = CorpusCopy.of(work);
        ArticleFixture.addTo(copy);
        copy.replaceFirst("claims/" + ArticleFixture.ID + ".yaml", "object: deepseek", "object: no-such-company");
        copy.replaceFirst("claims/theplugg-tech-chief.yaml", "quote: \"", "quote: \"Allegedly, ");

        assertThatThrownBy(() -> ingest.ingest(copy.root(), false))
                .isInstanceOfSatisfying(CorpusException.class, e -> assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(2))
                .hasMessageContaining("claims/" + ArticleFixture.ID + ".yaml")
                .hasMessageContaining("no-such-company")
                .hasMessageContaining("claims/theplugg-tech-chief.yaml");

        assertThat(GraphDump.of(driver)).isEqualTo(before);
        assertThat(query("{ entity(id: \"wu-zeming\") { name } }").get("entity").get("name").asString())
                .isEqualTo("Wu Zeming");
    }

    @Test
    void queriesDuringReloadsSeeAWholeArticleOrNoneOfIt() throws Exception {
        CorpusCopy copy = CorpusCopy.of(work);
        ArticleFixture.addTo(copy);
        // Several queries answer one request: the source, its claims, the relationships citing it, the entities it names.
        String probe = """
                query($id: ID!) { source(id: $id) { entities { id } } claims(source: $id) { totalCount }
                                  relationships(source: $id) { totalCount } }""";
        List<Object> none = probe(probe);
        ingest.ingest(copy.root(), false);
        List<Object> whole = probe(probe);
        ingest.ingest(true);
        assertThat(none).isEqualTo(List.of(0, 0, 0, 0));
        assertThat(whole.subList(0, 3)).isEqualTo(List.of(1, 3, 3));

        Set<List<Object>> seen = new HashSet<>();
        AtomicBoolean reloading = new AtomicBoolean(true);
        Thread reader = Thread.ofVirtual().start(() -> {
            while (reloading.get()) {
                seen.add(probe(probe));
            }
        });
        try {
            for (int i = 0; i < 4; i++) {
                ingest.ingest(copy.root(), false);
                ingest.ingest(true);
            }
        } finally {
            reloading.set(false);
            reader.join();
        }
        assertThat(seen).isNotEmpty().allMatch(s -> s.equals(none) || s.equals(whole));
    }

    private List<Object> probe(String probe) {
        JsonNode data = query(probe, Map.of("id", ArticleFixture.ID));
        JsonNode source = data.get("source");
        return List.of(source.isNull() ? 0 : 1, data.get("claims").get("totalCount").asInt(),
                data.get("relationships").get("totalCount").asInt(), source.isNull() ? 0 : source.get("entities").size());
    }

    private HttpResponse<String> reload(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/reload"))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static List<String> changed(List<String> before, List<String> after) {
        return after.stream().filter(line -> !before.contains(line)).toList();
    }
}
