package dev.citegraph.graph;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

import org.neo4j.driver.Record;
import org.springframework.stereotype.Component;

import dev.citegraph.database.ReadQueries;

/**
 * Runs read queries: each call is one round trip to the database, routed to a reader on a cluster.
 * Every read of the API goes through here, so {@link #roundTrips()} counts what a response cost.
 * The projections below are the one place that says how graph data becomes API records.
 */
@Component
public class Cypher {

    /** Entity {@code e} as a map; its mention count comes along so no second query is needed. */
    public static final String ENTITY = entity("e");

    /**
     * Matches relationship {@code r} from {@code a} to {@code b} whose id is the expression
     * {@code %s}. An id is subject:TYPE:object, then :title and @spell when given, and entity ids
     * hold neither ':' nor '@', so both ends are found through the entity-id index and the
     * relationship between them: no scan of the graph, nor of a much-cited subject's relationships.
     */
    public static String relationshipById(String id) {
        return "(a:Entity:Citegraph {id: split(%1$s, ':')[0]})-[r]->(b:Entity:Citegraph {id: split(split(%1$s, ':')[2], '@')[0]}) WHERE r.id = %1$s"
                .formatted(id);
    }

    /**
     * Every relationship between entities, bound as {@code a}, {@code r}, {@code b}: each entity's
     * outgoing relationships, followed in a subquery of its own. {@code pattern} is the relationship's,
     * {@code r} or {@code r} with types. Written as one pattern, {@code (a:Entity)-[r]->(b:Entity)},
     * both ends look alike to the planner, which expanded every entity's incoming relationships,
     * the mentions and claim links included: at 5,000 articles 989,000 rows for 139,000
     * relationships, and counting them took 460 ms instead of 140.
     */
    static String everyRelationship(String pattern) {
        return """
                MATCH (a:Entity:Citegraph)
                CALL (a) { MATCH (a)-[%s]->(b:Entity:Citegraph) RETURN r, b }""".formatted(pattern);
    }

    /** Source {@code s} without its text, which is read only where a response shows it (see {@link SourceReader#texts}). */
    public static final String SOURCE = """
            s {.id, .title, .site, .url, .author, .publishedOn, .datePrecision, .dateBasis, .dateNote, .language,
               .originalFile, .length, .status, .retractedOn, .retractedReason}""";

    /** The parallel lists of relationship {@code r} that give each citation its words, article and offsets. */
    static final String CITED_WORDS = ".citations, .citedSources, .citedStarts, .citedEnds";

    /** The rest of a citation ({@link Views#citations}): its stance, modality, note and claim. */
    static final String CITED_DETAILS = ".citedStances, .citedModalities, .citedNotes, .claimIds";

    /** Relationship {@code r} from entity {@code a} to entity {@code b}, with both ends and its citations. */
    public static final String RELATIONSHIP =
            "r {.*, type: type(r), from: " + entity("a") + ", to: " + entity("b") + "}";

    /**
     * The projection of the entity node bound to {@code v}. mentionCount is the number of articles
     * that name it (a claim naming it counts, even where the text refers to it indirectly);
     * occurrenceCount the number of times they name it. Both are written with the entity by the
     * ingest, from its MENTIONS, so that showing an entity never walks them.
     */
    public static String entity(String v) {
        return v + """
                 {.id, .type, .kind, .name, .aliases, .description, .date, .datePrecision, .dateBasis,
                   .dateSource, .dateQuote, .dateStart, .dateEnd, .mentionCount, .occurrenceCount}""";
    }

    /**
     * True when the sources show relationship {@code r} holding at some day of the interval
     * [$asOfFirst, $asOfLast] (see {@link dev.citegraph.corpus.HeldPeriod}): its held period can
     * have begun by the interval's last day and can have lasted until its first day. A relationship
     * no source states as fact has no held period and never passes. With no asOf, every one passes.
     */
    public static final String HELD_AS_OF = """
            ($asOfFirst IS NULL OR (r.heldToLatest IS NOT NULL
                AND r.heldFromEarliest <= $asOfLast
                AND r.heldToLatest >= $asOfFirst))""";

    /** True for relationship {@code r} unless only retracted sources support it and they are not asked for. */
    public static final String STANDING = "($includeRetracted OR r.retracted IS NULL)";

    /** Relationship {@code r} passes a {@link RelationshipFilter}'s retraction and date tests. */
    public static final String SHOWN = STANDING + " AND " + HELD_AS_OF;

    private final ReadQueries reads;
    private final LongAdder roundTrips = new LongAdder();

    /** @param reads in this process next to the embedded database, over Bolt otherwise */
    public Cypher(ReadQueries reads) {
        this.reads = reads;
    }

    public List<Record> read(String cypher, Map<String, Object> parameters) {
        roundTrips.increment();
        return reads.run(cypher, parameters);
    }

    /** Streams the rows of one read query to {@code row} (see {@link ReadQueries#stream}). */
    public void stream(String cypher, Map<String, Object> parameters, Duration timeout, Consumer<Record> row) {
        roundTrips.increment();
        reads.stream(cypher, parameters, timeout, row);
    }

    /** How many read queries this application has sent since it started. */
    public long roundTrips() {
        return roundTrips.sum();
    }
}
