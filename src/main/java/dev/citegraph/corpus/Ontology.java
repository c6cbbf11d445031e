package dev.citegraph.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;

/**
 * The vocabulary from {@code corpus/ontology.yaml}: entity types with their kinds, relationship
 * types with the entity types each may join, and which relationships allow one holder at a time.
 */
public record Ontology(Map<String, EntityType> entityTypes, Map<String, RelationshipType> relationshipTypes) {

    public record EntityType(String description, List<String> kinds) {
    }

    /**
     * @param title "required" when a claim of this type must name a title or role
     * @param exclusive null unless only one such relationship can hold at a time (see {@link Exclusive})
     * @param cues words that suggest the relationship between two entities of one sentence (proposals only)
     */
    public record RelationshipType(String description, Set<String> subjects, Set<String> objects, String title,
            Exclusive exclusive, List<String> cues) {

        public List<String> cueList() {
            return cues == null ? List.of() : cues;
        }

        public boolean titleRequired() {
            return "required".equals(title);
        }
    }

    /**
     * Relationships of a type that only one entity can hold at a time: one chair per committee
     * ({@code per: object}), one manager per person ({@code per: subject}). With {@code titles},
     * only the listed positions are exclusive, each under a key that folds its spellings together
     * (CTO, Group Chief Technology Officer).
     */
    public record Exclusive(String per, Map<String, List<String>> titles) {

        /** The key two relationships share when they compete for one place, or null if this one competes for none. */
        String keyOf(Corpus.Relationship r) {
            String position = "";
            if (titles != null && !titles.isEmpty()) {
                position = titles.entrySet().stream()
                        .filter(t -> r.title() != null && t.getValue().stream()
                                .anyMatch(spelling -> NameKey.of(spelling).equals(NameKey.of(r.title()))))
                        .map(t -> "|" + t.getKey()).findFirst().orElse(null);
                if (position == null) {
                    return null;
                }
            }
            return r.type() + "|" + ("subject".equals(per) ? r.from() : r.to()) + position;
        }
    }

    public static final String FILE = "ontology.yaml";

    /** The key under which only one relationship may hold at a time, or null (see {@link Exclusive}). */
    public String exclusiveKey(Corpus.Relationship r) {
        RelationshipType type = relationshipTypes.get(r.type());
        return type == null || type.exclusive() == null ? null : type.exclusive().keyOf(r);
    }

    public static Ontology read(Path root, List<CorpusProblem> problems) {
        try {
            return YamlDocument.MAPPER.readValue(root.resolve(FILE).toFile(), Ontology.class);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(new CorpusProblem(FILE, line, "cannot read the ontology: " + e.getOriginalMessage()));
            return null;
        }
    }
}
