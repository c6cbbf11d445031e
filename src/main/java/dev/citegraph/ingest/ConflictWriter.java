package dev.citegraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import dev.citegraph.corpus.Corpus;

/**
 * Writes the places where sources disagree as {@code (:Conflict)-[:HAS_SIDE]->(:ConflictSide)},
 * each conflict linked {@code -[:ABOUT]->} the entities it concerns. First the curated conflicts
 * of {@code corpus/conflicts.yaml}, then those the rules in {@code cypher/rules/*.cypher} find in
 * the freshly written graph. A side carries its citations the way a relationship does (parallel
 * quote lists), so Browser shows the evidence on the node.
 */
@Component
@Order(1)
class ConflictWriter implements GraphExtension {

    private static final String WRITE = """
            UNWIND $rows AS row
            MERGE (c:Conflict {id: row.props.id})
            SET c = row.props
            WITH c, row
            CALL (c, row) {
              UNWIND row.about AS entityId
              MATCH (e:Entity {id: entityId})
              MERGE (c)-[:ABOUT]->(e)
            }
            CALL (c, row) {
              MATCH (c)-[about:ABOUT]->(e:Entity) WHERE NOT e.id IN row.about
              DELETE about
            }
            CALL (c, row) {
              UNWIND row.sides AS side
              MERGE (s:ConflictSide {id: side.id})
              SET s = side
              MERGE (c)-[:HAS_SIDE]->(s)
            }
            """;

    private static final String PRUNE = """
            MATCH (n) WHERE (n:Conflict AND NOT n.id IN $conflicts) OR (n:ConflictSide AND NOT n.id IN $sides)
            DETACH DELETE n
            """;

    private final CitegraphPaths paths;

    ConflictWriter(CitegraphPaths paths) {
        this.paths = paths;
    }

    @Override
    public void write(TransactionContext tx, Corpus corpus) {
        Map<String, Corpus.Relationship> relationships = corpus.relationships().stream()
                .collect(Collectors.toMap(Corpus.Relationship::id, Function.identity()));
        List<Map<String, Object>> written = new ArrayList<>(curated(corpus, relationships));
        tx.run(WRITE, Map.of("rows", written)).consume();
        // The rules leave alone what curated conflicts cover, so they must not see stale ones.
        prune(tx, written);

        List<Map<String, Object>> found = new ArrayList<>();
        for (ConflictRules.Rule rule : ConflictRules.read(paths.rules())) {
            tx.run(rule.cypher()).list().forEach(r -> found.add(detected(r.asMap(Function.identity()), relationships)));
        }
        tx.run(WRITE, Map.of("rows", found)).consume();
        written.addAll(found);
        prune(tx, written);
    }

    /** Removes every conflict and side that is not among those just written. */
    private static void prune(TransactionContext tx, List<Map<String, Object>> written) {
        List<String> conflictIds = written.stream().map(row -> (String) props(row).get("id")).toList();
        List<Object> sideIds = written.stream().flatMap(row -> ((List<?>) row.get("sides")).stream())
                .<Object>map(side -> ((Map<?, ?>) side).get("id")).toList();
        tx.run(PRUNE, Map.of("conflicts", conflictIds, "sides", sideIds)).consume();
    }

    private static List<Map<String, Object>> curated(Corpus corpus, Map<String, Corpus.Relationship> relationships) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Corpus.Conflict conflict : corpus.conflicts()) {
            List<Map<String, Object>> sides = new ArrayList<>();
            Set<String> about = new LinkedHashSet<>();
            for (int i = 0; i < conflict.sides().size(); i++) {
                Corpus.ConflictSide side = conflict.sides().get(i);
                List<Corpus.Citation> citations = side.citations().isEmpty()
                        ? supporting(side.relationships(), relationships, "supports") : side.citations();
                sides.add(side(conflict.id(), i, side.summary(), side.relationships(), citations));
                side.relationships().forEach(id -> about.addAll(List.of(relationships.get(id).from(), relationships.get(id).to())));
                if (side.relationships().isEmpty()) {
                    about.addAll(mentionedIn(citations, corpus));
                }
            }
            rows.add(Map.of("props", GraphRows.props("id", conflict.id(), "description", conflict.description(),
                    "explainedByTime", conflict.explainedByTime(), "origin", "curated"),
                    "sides", sides, "about", List.copyOf(about)));
        }
        return rows;
    }

    /** A rule's row: its sides name relationships and a stance, whose citations are the evidence. */
    private static Map<String, Object> detected(Map<String, Value> row, Map<String, Corpus.Relationship> relationships) {
        String id = row.get("id").asString();
        List<Map<String, Object>> sides = new ArrayList<>();
        List<Value> ruleSides = row.get("sides").asList(Function.identity());
        for (int i = 0; i < ruleSides.size(); i++) {
            Value side = ruleSides.get(i);
            List<String> ids = side.get("relationshipIds").asList(Value::asString);
            sides.add(side(id, i, side.get("summary").asString(), ids,
                    supporting(ids, relationships, side.get("stance").asString())));
        }
        return Map.of("props", GraphRows.props("id", id, "description", row.get("description").asString(),
                "explainedByTime", row.get("explainedByTime").asBoolean(), "origin", row.get("origin").asString()),
                "sides", sides, "about", row.get("about").asList(Value::asString).stream().distinct().toList());
    }

    private static List<Corpus.Citation> supporting(List<String> ids, Map<String, Corpus.Relationship> relationships,
            String stance) {
        return ids.stream().flatMap(id -> relationships.get(id).citations().stream())
                .filter(c -> c.stance().equals(stance)).toList();
    }

    private static Set<String> mentionedIn(List<Corpus.Citation> citations, Corpus corpus) {
        Set<String> entities = new LinkedHashSet<>();
        for (Corpus.Citation c : citations) {
            for (Corpus.Mention m : corpus.mentions()) {
                if (m.sourceId().equals(c.sourceId())
                        && m.starts().stream().anyMatch(start -> start >= c.start() && start < c.end())) {
                    entities.add(m.entityId());
                }
            }
        }
        return entities;
    }

    private static Map<String, Object> side(String conflictId, int index, String summary, List<String> relationshipIds,
            List<Corpus.Citation> citations) {
        return GraphRows.props("id", conflictId + "#" + (index + 1), "index", index + 1, "summary", summary,
                "relationshipIds", relationshipIds,
                "quotes", citations.stream().map(Corpus.Citation::quote).toList(),
                "quoteSources", citations.stream().map(Corpus.Citation::sourceId).toList(),
                "quoteStarts", citations.stream().map(Corpus.Citation::start).toList(),
                "quoteEnds", citations.stream().map(Corpus.Citation::end).toList(),
                "quoteStances", citations.stream().map(Corpus.Citation::stance).toList());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> props(Map<String, Object> row) {
        return (Map<String, Object>) row.get("props");
    }
}
