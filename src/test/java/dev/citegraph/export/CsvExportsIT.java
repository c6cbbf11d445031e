package dev.citegraph.export;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import dev.citegraph.IntegrationTest;
import tools.jackson.dataformat.csv.CsvSchema;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV tables over HTTP, read back with the same library and compared with the database. */
class CsvExportsIT extends IntegrationTest {

    private <T> List<T> table(String file, Class<T> row) {
        ResponseEntity<byte[]> response = RestClient.create("http://localhost:" + port).get().uri("/export/" + file)
                .retrieve().toEntity(byte[].class);
        MediaType type = response.getHeaders().getContentType();
        assertThat(type.isCompatibleWith(MediaType.valueOf("text/csv"))).as("%s is CSV", type).isTrue();
        assertThat(type.getCharset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(type.getParameter("header")).isEqualTo("present");
        String csv = new String(response.getBody(), StandardCharsets.UTF_8);
        String header = StreamSupport.stream(CsvTables.schema(row).spliterator(), false)
                .map(CsvSchema.Column::getName).collect(Collectors.joining(","));
        assertThat(csv).as("header row of " + file).startsWith(header + "\r\n");
        return CsvTables.MAPPER.readerFor(row).with(CsvTables.schema(row)).<T>readValues(csv).readAll();
    }

    @Test
    void everyCitationIsOneRowWithTheQuoteAtItsOffsetsInItsSource() {
        List<CsvTables.CitationRow> rows = table("citations.csv", CsvTables.CitationRow.class);
        Map<String, String> texts = new HashMap<>();
        cypher("MATCH (s:Source) RETURN s.id AS id, s.text AS text")
                .forEach(r -> texts.put(r.get("id").asString(), r.get("text").asString()));
        Map<String, List<String>> byRelationship = new TreeMap<>();
        for (CsvTables.CitationRow c : rows) {
            String text = texts.get(c.source());
            assertThat(text.substring(text.offsetByCodePoints(0, c.start()), text.offsetByCodePoints(0, c.end())))
                    .as("citation of %s", c.relationship()).isEqualTo(c.quote());
            byRelationship.computeIfAbsent(c.relationship(), k -> new java.util.ArrayList<>())
                    .add(GraphFacts.citation(c.source(), c.start(), c.end(), c.stance(), c.quote()));
        }
        Map<String, List<String>> expected = new TreeMap<>();
        GraphFacts.of(driver).relationships().forEach((id, r) -> expected.put(id, r.citations()));
        assertThat(byRelationship).isEqualTo(expected);
        assertThat(rows).anyMatch(c -> c.quote().contains("吴泳铭"));
    }

    @Test
    void entitiesKeepTheirChineseAliasesAndMentionCounts() {
        Map<String, GraphFacts.Entity> entities = new TreeMap<>();
        for (CsvTables.EntityRow e : table("entities.csv", CsvTables.EntityRow.class)) {
            List<String> aliases = Json.MAPPER.readValue(e.aliases(),
                    new tools.jackson.core.type.TypeReference<List<String>>() { });
            entities.put(e.id(), new GraphFacts.Entity(e.type(), e.name(), aliases, e.mentionCount()));
        }
        assertThat(entities).isEqualTo(GraphFacts.of(driver).entities());
        assertThat(entities.get("wu-zeming").aliases()).contains("吴泽明");
    }

    @Test
    void relationshipsKeepTheirEndsDatesAndCitationCounts() {
        GraphFacts graph = GraphFacts.of(driver);
        List<CsvTables.RelationshipRow> rows = table("relationships.csv", CsvTables.RelationshipRow.class);
        assertThat(rows).hasSize(graph.relationships().size());
        for (CsvTables.RelationshipRow r : rows) {
            GraphFacts.Relationship expected = graph.relationships().get(r.id());
            assertThat(new GraphFacts.Relationship(r.type(), r.from(), r.to(), r.validFrom(), expected.citations()))
                    .isEqualTo(expected);
            assertThat(r.citationCount()).isEqualTo(expected.citations().size());
            assertThat(r.disputeCount()).isEqualTo(expected.citations().stream().filter(c -> c.contains(" disputes: ")).count());
        }
    }

    @Test
    void sourcesAndMentionsAreThoseOfTheGraph() {
        assertThat(table("sources.csv", CsvTables.SourceRow.class)).extracting(CsvTables.SourceRow::id)
                .containsExactlyElementsOf(cypher("MATCH (s:Source) RETURN s.id AS id ORDER BY id").stream()
                        .map(r -> r.get("id").asString()).toList());
        Map<String, Integer> mentions = new TreeMap<>();
        table("mentions.csv", CsvTables.MentionRow.class).forEach(m -> mentions.put(m.source() + " " + m.entity(), m.count()));
        Map<String, Integer> expected = new TreeMap<>();
        cypher("MATCH (s:Source)-[m:MENTIONS]->(e:Entity) RETURN s.id + ' ' + e.id AS key, m.count AS n")
                .forEach(r -> expected.put(r.get("key").asString(), r.get("n").asInt()));
        assertThat(mentions).isNotEmpty().isEqualTo(expected);
    }
}
