package dev.citegraph.api;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.citegraph.corpus.CorpusProblem;
import dev.citegraph.corpus.Ontology;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * corpus/ontology.yaml is the only place entity and relationship types are declared: the GraphQL
 * enums and any index that must name relationship types list exactly its names, or this fails.
 */
class OneOntologyTest {

    private static final Ontology ONTOLOGY = ontology();

    @Test
    void theGraphQlEnumsListExactlyTheOntologysTypes() throws IOException {
        TypeDefinitionRegistry registry;
        try (var in = getClass().getResourceAsStream("/graphql/schema.graphqls")) {
            registry = new SchemaParser().parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(values(registry, "EntityType")).isEqualTo(new TreeSet<>(ONTOLOGY.entityTypes().keySet()));
        assertThat(values(registry, "RelationshipType")).isEqualTo(new TreeSet<>(ONTOLOGY.relationshipTypes().keySet()));
    }

    @Test
    void anIndexOverRelationshipTypesNamesExactlyTheOntologysTypes() throws IOException {
        // e.g. FOR ()-[r:HOLDS_POSITION|MEMBER_OF|...]-(): a type left out would silently go unindexed.
        Pattern typed = Pattern.compile("\\(\\)-\\[\\w+:([A-Z_|]+)]-\\(\\)");
        List<String> checked = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("cypher"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".cypher")).toList()) {
                Matcher m = typed.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    assertThat(new TreeSet<>(List.of(m.group(1).split("\\|")))).as("types named in %s", file)
                            .isEqualTo(new TreeSet<>(ONTOLOGY.relationshipTypes().keySet()));
                    checked.add(file.toString());
                }
            }
        }
        // Today no index names them (quotes are indexed on Claim nodes); the pattern still has to see one if it comes.
        Matcher sample = typed.matcher("CREATE FULLTEXT INDEX x FOR ()-[r:HOLDS_POSITION|CHAIRS]-() ON EACH [r.citations]");
        assertThat(sample.find()).isTrue();
        assertThat(sample.group(1)).isEqualTo("HOLDS_POSITION|CHAIRS");
    }

    private static Set<String> values(TypeDefinitionRegistry registry, String enumName) {
        EnumTypeDefinition type = registry.getType(enumName, EnumTypeDefinition.class).orElseThrow();
        return new TreeSet<>(type.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).toList());
    }

    private static Ontology ontology() {
        List<CorpusProblem> problems = new ArrayList<>();
        Ontology ontology = Ontology.read(Path.of("corpus"), problems);
        assertThat(problems).isEmpty();
        return ontology;
    }
}
