package dev.citegraph.export;

import java.util.List;
import java.util.function.Consumer;

import dev.citegraph.graph.EntityView;

/**
 * The knowledge graph as the file exports show it: every entity, every relationship between
 * entities with its citations, every source and which entities it names. Each part is handed over
 * row by row in a fixed order, so that a file of any size is written without the graph in memory
 * (at 5,000 articles the graph read as one value ran a 512 MB server out of memory).
 */
public interface GraphSnapshot {

    /** The corpus version the graph was built from (null if the graph was not ingested). */
    String fingerprint();

    /** Every entity, in order of id. */
    void entities(Consumer<EntityView> each);

    /** Every standing relationship between entities, in order of its subject's id, then its own. */
    void relationships(Consumer<Relationship> each);

    /** Every source, in order of id. */
    void sources(Consumer<Source> each);

    /** Every (source, entity) pair of a mention, in order of the source's id, then the entity's. */
    void mentions(Consumer<Mention> each);

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
