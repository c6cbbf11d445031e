package dev.citegraph.graph;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

/** Full-text search over names, aliases, descriptions and quotes, in one query over both indexes. */
@Component
public class SearchReader {

    /**
     * One result. For a quote, {@code entity} is the relationship's subject and {@code sourceId} the
     * source of the quote that matched best.
     */
    public record Hit(double score, EntityView entity, String sourceId, RelationshipView relationship,
            String snippet) {
    }

    private static final String SEARCH = """
            CALL () {
              CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node AS e, score
              RETURN score, %s AS entity, null AS relationship, null AS claimId
              UNION ALL
              CALL db.index.fulltext.queryNodes('claim_quotes', $query) YIELD node AS claim, score
              WHERE claim.status = 'accepted' AND claim.relationshipId IS NOT NULL
              MATCH (a:Entity:Citegraph {id: claim.subjectId})-[r]->(b:Entity:Citegraph) WHERE r.id = claim.relationshipId
              // One hit per relationship: its best-matching claim.
              WITH a, r, b, claim, score ORDER BY score DESC
              WITH a, r, b, collect(claim)[0] AS claim, max(score) AS score
              RETURN score, null AS entity, %s AS relationship, claim.id AS claimId
            }
            RETURN score, entity, relationship, claimId ORDER BY score DESC LIMIT $limit
            """.formatted(Cypher.ENTITY, Cypher.RELATIONSHIP);

    private final Cypher cypher;

    public SearchReader(Cypher cypher) {
        this.cypher = cypher;
    }

    public List<Hit> search(String text, int limit) {
        if (text.isBlank()) {
            return List.of();
        }
        List<String> words = words(text);
        return cypher.read(SEARCH, Map.of("query", Lucene.escape(text), "limit", limit)).stream()
                .map(r -> hit(r, words)).toList();
    }

    private static Hit hit(Record r, List<String> words) {
        double score = r.get("score").asDouble();
        if (!r.get("entity").isNull()) {
            EntityView e = Views.entity(r.get("entity"));
            String snippet = Stream.concat(Stream.of(e.name()), Stream.concat(e.aliases().stream(),
                            Stream.ofNullable(e.description())))
                    .max(Comparator.comparingLong(s -> matches(s, words))).orElse(e.name());
            return new Hit(score, e, null, null, snippet);
        }
        RelationshipView rel = Views.relationship(r.get("relationship"));
        String claimId = r.get("claimId").asString();
        CitationView best = rel.citations().stream().filter(c -> claimId.equals(c.claimId())).findFirst()
                .orElseThrow();
        return new Hit(score, rel.from(), best.sourceId(), rel, best.quote());
    }

    /** The words of a query as the index sees them: Latin words lower-cased, each Han character alone. */
    private static List<String> words(String text) {
        return Stream.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .flatMap(w -> w.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                        ? w.codePoints().mapToObj(Character::toString)
                        : Stream.of(w))
                .filter(w -> !w.isEmpty()).toList();
    }

    private static long matches(String candidate, List<String> words) {
        String lower = candidate.toLowerCase(Locale.ROOT);
        return words.stream().filter(lower::contains).count();
    }
}
