package dev.citegraph.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.citegraph.ingest.CypherScript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CypherScriptWriterTest {

    private static DatabaseDump.Node node(String label, String id, Map<String, Object> more) {
        var properties = new java.util.HashMap<String, Object>(more);
        properties.put("id", id);
        return new DatabaseDump.Node(List.of(label), properties);
    }

    private static String script(List<DatabaseDump.Node> nodes, List<DatabaseDump.Relationship> relationships) {
        var dump = new DatabaseDump("f1", List.of("CREATE CONSTRAINT `a` IF NOT EXISTS FOR (n:`Conflict`) REQUIRE (n.`id`) IS UNIQUE"),
                Set.of("Conflict"), nodes, relationships);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CypherScriptWriter.write(dump, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void nodesNoConstraintCoversAreFoundByTheirOwnLabelAndId() {
        String script = script(List.of(node("Conflict", "c1", Map.of()), node("ConflictSide", "c1/0", Map.of())),
                List.of(new DatabaseDump.Relationship("HAS_SIDE", List.of("Conflict"), "c1", List.of("ConflictSide"),
                        "c1/0", Map.of())));
        assertThat(script).contains("MATCH (a:Conflict {id: row.from})\nMATCH (b:ConflictSide {id: row.to})\n"
                + "CREATE (a)-[r:HAS_SIDE]->(b) SET r = row.properties;");
    }

    @Test
    void twoNodesWithTheSameLabelAndIdStopTheExportRatherThanJoinTheWrongNode() {
        assertThatThrownBy(() -> script(List.of(node("ConflictSide", "s", Map.of()), node("ConflictSide", "s", Map.of("x", 1L))),
                List.of())).hasMessageContaining("ConflictSide 's'");
    }

    @Test
    void aRelationshipWhoseEndHasNoIdCannotBeWritten() {
        var anonymous = new DatabaseDump.Node(List.of("Note"), Map.of("text", "x"));
        assertThatThrownBy(() -> script(List.of(node("Conflict", "c1", Map.of()), anonymous),
                List.of(new DatabaseDump.Relationship("ON", List.of("Conflict"), "c1", List.of("Note"), null, Map.of()))))
                .hasMessageContaining("[Note] with id null");
    }

    @Test
    void largeGroupsAreSplitIntoStatementsThatCypherShellAndTheScriptReaderSeparate(@TempDir Path folder)
            throws Exception {
        List<DatabaseDump.Node> many = IntStream.range(0, 250)
                .mapToObj(i -> node("Conflict", "c" + i, Map.of("text", "a; b;\nc // not a comment"))).toList();
        Path file = Files.writeString(folder.resolve("x.cypher"), script(many, List.of()));
        List<String> statements = CypherScript.statements(file);
        assertThat(statements).hasSize(1 + 3);
        assertThat(statements.get(1)).startsWith("UNWIND [").endsWith("CREATE (n:Conflict) SET n = properties")
                .contains("'a; b;\\nc // not a comment'");
    }
}
