package dev.citegraph.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;

/**
 * The vocabulary from {@code corpus/ontology.yaml}: entity types with their kinds, relationship
 * types with the entity types each may join.
 */
public record Ontology(Map<String, EntityType> entityTypes, Map<String, RelationshipType> relationshipTypes) {

    public record EntityType(String description, List<String> kinds) {
    }

    /** @param title "required" when a claim of this type must name a title or role */
    public record RelationshipType(String description, Set<String> subjects, Set<String> objects, String title) {

        public boolean titleRequired() {
            return "required".equals(title);
        }
    }

    public static final String FILE = "ontology.yaml";

    static Ontology read(Path root, List<CorpusProblem> problems) {
        try {
            return YamlDocument.MAPPER.readValue(root.resolve(FILE).toFile(), Ontology.class);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new CorpusProblem(FILE, line, "cannot read the ontology: " + e.getOriginalMessage()));
            return null;
        }
    }
}
