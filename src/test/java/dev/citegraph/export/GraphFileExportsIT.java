package dev.citegraph.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.RestClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.citegraph.IntegrationTest;
import dev.citegraph.database.ReloadGate;
import tools.jackson.databind.JsonNode;

import static dev.citegraph.export.GraphMlWriterTest.NS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The graph files over HTTP, parsed back as their readers would and compared with the database. */
class GraphFileExportsIT extends IntegrationTest {

    @Autowired
    ReloadGate gate;

    @Autowired
    Exports exports;

    private ResponseEntity<byte[]> get(String path) {
        return RestClient.create("http://localhost:" + port).get().uri(path).retrieve().toEntity(byte[].class);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static List<String> citations(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(c -> values.add(GraphFacts.citation(c.get("source").asString(), c.get("start").asLong(),
                c.get("end").asLong(), c.get("stance").asString(), c.get("quote").asString())));
        return values;
    }

    @Test
    void graphmlHoldsEveryEntityAndRelationshipWithItsCitationsAsTheDatabaseDoes() throws Exception {
        ResponseEntity<byte[]> response = get("/export/graph.graphml");
        assertThat(response.getHeaders().getContentType()).hasToString("application/graphml+xml;charset=UTF-8");
        Document doc = GraphMlWriterTest.parse(response.getBody());

        Map<String, GraphFacts.Entity> entities = new TreeMap<>();
        NodeList nodes = doc.getElementsByTagNameNS(NS, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element node = (Element) nodes.item(i);
            Map<String, String> data = GraphMlWriterTest.data(doc, node);
            entities.put(node.getAttribute("id"), new GraphFacts.Entity(data.get("type"), data.get("name"),
                    strings(Json.MAPPER.readTree(data.get("aliases"))), Integer.parseInt(data.get("mentionCount"))));
        }
        Map<String, GraphFacts.Relationship> relationships = new TreeMap<>();
        NodeList edges = doc.getElementsByTagNameNS(NS, "edge");
        for (int i = 0; i < edges.getLength(); i++) {
            Element edge = (Element) edges.item(i);
            Map<String, String> data = GraphMlWriterTest.data(doc, edge);
            relationships.put(edge.getAttribute("id"), new GraphFacts.Relationship(data.get("type"),
                    edge.getAttribute("source"), edge.getAttribute("target"), data.get("validFrom"),
                    citations(Json.MAPPER.readTree(data.get("citations")))));
        }

        GraphFacts graph = GraphFacts.of(driver);
        assertThat(entities).hasSize(graph.entities().size()).isEqualTo(graph.entities());
        assertThat(relationships).hasSize(graph.relationships().size()).isEqualTo(graph.relationships());
        assertThat(entities.get("wu-zeming").aliases()).contains("吴泽明");
        assertThat(((Element) doc.getElementsByTagNameNS(NS, "graph").item(0)).getAttribute("edgedefault"))
                .isEqualTo("directed");
    }

    @Test
    void nodeLinkJsonIsADirectedMultigraphWithEveryEntityAndRelationshipAsTheDatabaseHasThem() {
        ResponseEntity<byte[]> response = get("/export/graph.json");
        assertThat(response.getHeaders().getContentType()).hasToString("application/json");
        JsonNode json = Json.MAPPER.readTree(response.getBody());
        assertThat(json.get("directed").asBoolean()).isTrue();
        assertThat(json.get("multigraph").asBoolean()).isTrue();
        assertThat(json.get("graph").get("corpusFingerprint").asString()).isEqualTo(
                cypher("MATCH (c:CorpusState) RETURN c.fingerprint AS f").getFirst().get("f").asString());

        Map<String, GraphFacts.Entity> entities = new TreeMap<>();
        json.get("nodes").forEach(n -> entities.put(n.get("id").asString(), new GraphFacts.Entity(
                n.get("type").asString(), n.get("name").asString(), strings(n.get("aliases")),
                n.get("mentionCount").asInt())));
        Map<String, GraphFacts.Relationship> relationships = new TreeMap<>();
        json.get("links").forEach(l -> relationships.put(l.get("key").asString(), new GraphFacts.Relationship(
                l.get("type").asString(), l.get("source").asString(), l.get("target").asString(),
                l.has("validFrom") ? l.get("validFrom").asString() : null, citations(l.get("citations")))));

        GraphFacts graph = GraphFacts.of(driver);
        assertThat(entities).isEqualTo(graph.entities());
        assertThat(relationships).isEqualTo(graph.relationships());
        assertThat(entities.get("wu-yongming").aliases()).contains("吴泳铭");
    }

    @Test
    void theIndexListsEveryExportAndAnUnknownNameIsNotFound() {
        JsonNode index = Json.MAPPER.readTree(get("/export").getBody());
        List<String> hrefs = new ArrayList<>();
        index.forEach(link -> hrefs.add(link.get("href").asString()));
        assertThat(hrefs).contains("/export/graph.graphml", "/export/graph.json", "/export/entities.csv",
                "/export/relationships.csv", "/export/citations.csv", "/export/graph.cypher");
        for (String href : hrefs) {
            assertThat(get(href).getStatusCode()).as(href).isEqualTo(HttpStatus.OK);
        }
        // Each file was written to a temporary file before it was sent, and is gone once sent.
        assertNoExportFileIsLeft();
        assertThatThrownBy(() -> get("/export/graph.xlsx")).isInstanceOfSatisfying(HttpClientErrorException.class,
                e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
    }

    @Test
    void anExportDuringAWriteIsRefusedRatherThanMixingTwoVersionsOfTheGraph() {
        // The files are read by several queries without holding up writes: a write under way throughout
        // (a reload of a large corpus) spoils every attempt, and the export says so instead of mixing versions.
        gate.exclusively(() -> {
            assertThatThrownBy(() -> get("/export/entities.csv")).isInstanceOfSatisfying(HttpServerErrorException.class,
                    e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE));
            return null;
        });
        assertThat(get("/export/entities.csv").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertNoExportFileIsLeft();
    }

    @Test
    void theExportPageMeasuresTheFilesOnceForEachVersionOfTheGraph() {
        Map<ExportFile, Long> measured = exports.sizes();
        assertThat(exports.sizes()).as("no write since: the same measurement").isSameAs(measured);
        gate.exclusively(() -> null);
        assertThat(exports.sizes()).as("after a write: measured again").isNotSameAs(measured).isEqualTo(measured);
    }

    private static void assertNoExportFileIsLeft() {
        try (var left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("citegraph-export-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
