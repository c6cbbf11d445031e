package dev.citegraph.graph;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import dev.citegraph.corpus.NameKey;

/**
 * Full-text search over names, aliases, descriptions and quotes, in one query over both indexes:
 * any of the words (best match first), the words as a phrase, or an entity by its exact name.
 */
@Component
public class SearchReader {

    /** How the words of a search are matched. */
    public enum Mode { WORDS, PHRASE, EXACT_NAME }

    /**
     * One result. For a quote, {@code entity} is the relationship's subject, {@code sourceId} the
     * source of the quote that matched best and {@code snippetStart} where that quote starts in it.
     * {@code matches} are code-point offsets into the snippet; {@code exact} says the whole query
     * was found together in it.
     */
    public record Hit(double score, EntityView entity, String sourceId, RelationshipView relationship,
            String snippet, Integer snippetStart, List<TextMatches.Match> matches, boolean exact) {
    }

    /**
     * The search, with {@code %s} the end of the quote branch: from the best claim of each of the
     * best relationships, what the hits return. Each branch keeps its best $limit hits before
     * anything is projected.
     *
     * <p>A common word is in thousands of quotes ("Cloud" in 11,000 of the ×1000 corpus), and
     * reading each of them to keep ten costs the search its speed. So each branch first takes the
     * index's best $fetch matches (a few times the page: Lucene keeps only those while it scores),
     * and reads every match only when those are not enough: when the index had more and they hold
     * fewer than $limit of the hits the branch keeps (entities of this graph; relationships, as
     * several claims can cite one). The hits are then the same as from every match, since a match
     * the index ranked lower scores no higher than the ones taken.
     */
    private static final String SEARCH = """
            CALL () {
              CALL db.index.fulltext.queryNodes('entity_text', $query, {limit: $fetch}) YIELD node, score
              WITH collect({e: node, score: score}) AS best
              WITH best, size(best) < $fetch OR size([b IN best WHERE b.e:Citegraph]) >= $limit AS enough
              CALL (best, enough) {
                WITH best WHERE enough
                UNWIND best AS b
                RETURN b.e AS e, b.score AS score
                UNION ALL
                WITH enough WHERE NOT enough
                CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node AS e, score
                RETURN e, score
              }
              WITH e, score WHERE e:Citegraph
              ORDER BY score DESC LIMIT $limit
              RETURN score, %s AS entity, null AS relationship, null AS claim
              UNION ALL
              CALL db.index.fulltext.queryNodes('claim_quotes', $query, {limit: $fetch}) YIELD node, score
              WITH collect({claim: node, score: score}) AS best
              WITH best, size(best) < $fetch OR COUNT {
                  UNWIND best AS b
                  WITH b.claim AS claim WHERE claim:Citegraph AND claim.status = 'accepted' AND claim.relationshipId IS NOT NULL
                  RETURN DISTINCT claim.relationshipId
                } >= $limit AS enough
              CALL (best, enough) {
                WITH best WHERE enough
                UNWIND best AS b
                RETURN b.claim AS claim, b.score AS score
                UNION ALL
                WITH enough WHERE NOT enough
                CALL db.index.fulltext.queryNodes('claim_quotes', $query) YIELD node AS claim, score
                RETURN claim, score
              }
              WITH claim, score WHERE claim:Citegraph AND claim.status = 'accepted' AND claim.relationshipId IS NOT NULL
              // One hit per relationship: its best-matching claim (the first by id among equals).
              ORDER BY score DESC, claim.id
              WITH claim.relationshipId AS relationshipId, collect(claim)[0] AS claim, max(score) AS score
              ORDER BY score DESC LIMIT $limit
              %s
            }
            RETURN score, entity, relationship, claim ORDER BY score DESC LIMIT $limit
            """.formatted(Cypher.ENTITY, "%s");

    /** How many of the index's best matches a branch takes first, for each hit the page shows. */
    private static final int FETCHED_PER_HIT = 5;

    /** Quote hits with their relationship whole, both entities projected. */
    private static final String SEARCH_RELATIONSHIPS = SEARCH.formatted("""
            MATCH (a:Entity:Citegraph {id: claim.subjectId})-[r]->(b:Entity:Citegraph {id: claim.objectId}) WHERE r.id = relationshipId
              RETURN score, null AS entity, %s AS relationship, claim {.id} AS claim""".formatted(Cypher.RELATIONSHIP));

    /**
     * Quote hits for a response that shows only the ids of their relationships and entities: the
     * claim that matched holds them, and the quote, its article and offset, which the relationship
     * would only repeat as one of its citations; the relationship is not read.
     */
    private static final String SEARCH_CLAIMS = SEARCH.formatted("""
            RETURN score, null AS entity, null AS relationship,
                     claim {.id, .relationshipId, .subjectId, .sourceId, .quote, .start} AS claim""");

    // nameKeys is indexed with the keyword analyzer, so this is an exact match on the folded name.
    private static final String BY_NAME = """
            CALL db.index.fulltext.queryNodes('entity_name_keys', $key) YIELD node AS e
            WHERE e:Citegraph
            RETURN 1.0 AS score, %s AS entity, null AS relationship, null AS claim LIMIT $limit""".formatted(Cypher.ENTITY);

    private final Cypher cypher;
    private final int fetchedPerHit;

    @Autowired
    public SearchReader(Cypher cypher) {
        this(cypher, FETCHED_PER_HIT);
    }

    /** @param fetchedPerHit the index's best matches a branch reads first for each hit of the page */
    SearchReader(Cypher cypher, int fetchedPerHit) {
        this.cypher = cypher;
        this.fetchedPerHit = fetchedPerHit;
    }

    /**
     * @param wholeRelationships the response shows more than the ids of the hits' relationships or
     *        entities: a quote hit then reads its relationship with both entities; otherwise its
     *        relationship and entity carry only their ids (see {@link RelationshipView#idOnly})
     */
    public List<Hit> search(String text, Mode mode, int limit, boolean wholeRelationships) {
        if (text.isBlank()) {
            return List.of();
        }
        TextMatches matcher = new TextMatches(text);
        if (mode == Mode.EXACT_NAME) {
            String key = NameKey.of(text);
            return cypher.read(BY_NAME, Map.of("key", Lucene.escape(key), "limit", limit)).stream()
                    .map(r -> nameHit(r, key, matcher)).toList();
        }
        String query = mode == Mode.PHRASE ? phrase(text) : Lucene.escape(text);
        return cypher.read(wholeRelationships ? SEARCH_RELATIONSHIPS : SEARCH_CLAIMS, Map.of("query", query, "limit", limit,
                "fetch", limit * fetchedPerHit)).stream()
                .map(r -> hit(r, matcher)).filter(h -> mode != Mode.PHRASE || h.exact()).toList();
    }

    /** The words in this order: a Lucene phrase query, with the words (and not the punctuation) of the text. */
    private static String phrase(String text) {
        return "\"" + String.join(" ", TextMatches.words(text)) + "\"";
    }

    private static Hit hit(Record r, TextMatches matcher) {
        double score = r.get("score").asDouble();
        if (!r.get("entity").isNull()) {
            EntityView e = Views.entity(r.get("entity"));
            String snippet = names(e).max(Comparator.comparingLong(matcher::score)).orElse(e.name());
            TextMatches.Found found = matcher.in(snippet);
            return new Hit(score, e, null, null, snippet, null, found.matches(), found.exact());
        }
        Value claim = r.get("claim");
        if (r.get("relationship").isNull()) {
            String quote = claim.get("quote").asString();
            TextMatches.Found found = matcher.in(quote);
            return new Hit(score, EntityView.idOnly(claim.get("subjectId").asString()), claim.get("sourceId").asString(),
                    RelationshipView.idOnly(claim.get("relationshipId").asString()), quote, claim.get("start").asInt(),
                    found.matches(), found.exact());
        }
        RelationshipView rel = Views.relationship(r.get("relationship"));
        String claimId = claim.get("id").asString();
        CitationView best = rel.citations().stream().filter(c -> claimId.equals(c.claimId())).findFirst()
                .orElseThrow();
        TextMatches.Found found = matcher.in(best.quote());
        return new Hit(score, rel.from(), best.sourceId(), rel, best.quote(), best.start(), found.matches(), found.exact());
    }

    /** An entity found by name key: the snippet is the name or alias that has the key, matched whole. */
    private static Hit nameHit(Record r, String key, TextMatches matcher) {
        EntityView e = Views.entity(r.get("entity"));
        String name = Stream.concat(Stream.of(e.name()), e.aliases().stream())
                .filter(n -> NameKey.of(n).equals(key)).findFirst().orElse(e.name());
        TextMatches.Match whole = new TextMatches.Match(0, name.codePointCount(0, name.length()), name);
        return new Hit(1.0, e, null, null, name, null, List.of(whole), true);
    }

    private static Stream<String> names(EntityView e) {
        return Stream.concat(Stream.of(e.name()), Stream.concat(e.aliases().stream(), Stream.ofNullable(e.description())));
    }
}
