package dev.citegraph.export;

import java.util.List;

import dev.citegraph.graph.EntityView;

/**
 * The knowledge graph as the file exports show it, read at one instant: every entity, every
 * relationship between entities with its citations, every source and which entities it names.
 *
 * @param fingerprint the corpus version the graph was built from (null if the graph was not ingested)
 */
public record GraphSnapshot(String fingerprint, List<EntityView> entities, List<Relationship> relationships,
        List<Source> sources, List<Mention> mentions) {

    /** A relationship between two entities, by their ids. Citations keep the graph's order. */
    public record Relationship(String id, String type, String from, String to, String title, String spell,
            String validFrom, String validFromPrecision, String validTo, String validToPrecision, String dateBasis,
            String status, List<Citation> citations) {

        /** The sources that cite it, each once, in citation order. */
        public List<String> sources() {
            return citations.stream().map(Citation::source).distinct().toList();
        }

        public long count(String stance) {
            return citations.stream().filter(c -> c.stance().equals(stance)).count();
        }
    }

    /**
     * One source's exact words about a relationship, at code-point offsets (end-exclusive).
     *
     * @param stance supports or disputes, as the corpus writes it
     * @param note a curator's remark, or null
     */
    public record Citation(String source, String quote, int start, int end, String stance, String modality,
            String note) {
    }

    /** An article's publication facts; its text is left to the GraphQL API and the Cypher export. */
    public record Source(String id, String title, String site, String url, String author, String publishedOn,
            String datePrecision, String dateBasis, String language, int length) {
    }

    /** How often a source names an entity. */
    public record Mention(String source, String entity, int count) {
    }
}
