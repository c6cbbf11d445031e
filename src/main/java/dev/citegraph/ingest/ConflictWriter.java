package dev.citegraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import dev.citegraph.corpus.Corpus;

/**
 * The places where sources disagree, as rows of {@link GraphKind#CONFLICT}: first the curated
 * conflicts of {@code corpus/conflicts.yaml}, then those the rules in {@code cypher/rules/*.cypher}
 * find in the graph as just written. A side cites claims; it never copies their words.
 */
@Component
class ConflictWriter {

    private final CitegraphPaths paths;

    ConflictWriter(CitegraphPaths paths) {
        this.paths = paths;
    }

    List<Found> curated(Corpus corpus) {
        Map<String, Corpus.Relationship> relationships = byId(corpus);
        Map<String, Corpus.Claim> claims = corpus.claims().stream()
                .collect(Collectors.toMap(Corpus.Claim::id, Function.identity()));
        List<Found> found = new ArrayList<>();
        for (Corpus.Conflict conflict : corpus.conflicts()) {
            List<Side> sides = new ArrayList<>();
            Set<String> about = new LinkedHashSet<>();
            for (Corpus.ConflictSide side : conflict.sides()) {
                sides.add(new Side(side.summary(), side.relationships(), side.claimIds()));
                side.relationships().forEach(id -> about.addAll(List.of(relationships.get(id).from(), relationships.get(id).to())));
                if (side.relationships().isEmpty()) {
                    about.addAll(mentionedIn(side.claimIds().stream().map(claims::get).toList(), corpus));
                }
            }
            found.add(Found.of(conflict.id(), conflict.description(), conflict.explainedByTime(), "curated", sides,
                    List.copyOf(about), claims));
        }
        return found;
    }

    /** Runs every rule against the graph inside the ingest's transaction. */
    List<Found> detected(Statements tx, Corpus corpus) {
        Map<String, Corpus.Relationship> relationships = byId(corpus);
        Map<String, Corpus.Claim> claims = corpus.claims().stream()
                .collect(Collectors.toMap(Corpus.Claim::id, Function.identity()));
        List<Found> found = new ArrayList<>();
        for (ConflictRules.Rule rule : ConflictRules.read(paths.rules())) {
            // Each record is kept as a small record as it arrives, rather than the rule's whole answer
            // (37,913 records at 5,000 articles) being held as driver values, or as the maps of its
            // row, while the graph is written: those are made a statement at a time.
            var result = tx.run(rule.cypher(), Map.of());
            while (result.hasNext()) {
                var r = result.next();
                List<Side> sides = r.get("sides").asList(side -> {
                    List<String> ids = side.get("relationshipIds").asList(Value::asString);
                    String stance = side.get("stance").asString();
                    List<String> cited = ids.stream().flatMap(id -> relationships.get(id).citations().stream())
                            .filter(c -> c.stance().equals(stance)).map(Corpus.Citation::claimId).toList();
                    return new Side(side.get("summary").asString(), ids, cited);
                });
                found.add(Found.of(r.get("id").asString(), r.get("description").asString(),
                        r.get("explainedByTime").asBoolean(), r.get("origin").asString(), sides,
                        r.get("about").asList(Value::asString).stream().distinct().toList(), claims));
            }
        }
        return found;
    }

    record Side(String summary, List<String> relationshipIds, List<String> claimIds) {
    }

    /**
     * A conflict as found, before it becomes the row that writes it.
     *
     * @param retracted all its sides but one rest only on retracted sources: it is no longer a
     *        disagreement any source maintains, so it is kept, marked retracted, out of default answers
     */
    record Found(String id, String description, boolean explainedByTime, String origin, List<Side> sides,
            List<String> about, boolean retracted) {

        static Found of(String id, String description, boolean explainedByTime, String origin, List<Side> sides,
                List<String> about, Map<String, Corpus.Claim> claims) {
            long standing = sides.stream().filter(s -> s.claimIds().stream()
                    .anyMatch(c -> !"retracted".equals(claims.get(c).status()))).count();
            return new Found(id, description, explainedByTime, origin, List.copyOf(sides),
                    about.stream().sorted().toList(), standing < 2);
        }

        Row row() {
            List<Map<String, Object>> sideRows = new ArrayList<>();
            for (int i = 0; i < sides.size(); i++) {
                Side side = sides.get(i);
                sideRows.add(Map.of("props", Row.props("id", id + "#" + (i + 1), "index", i + 1, "summary",
                        side.summary(), "relationshipIds", side.relationshipIds(), "claimIds", side.claimIds()),
                        "claims", side.claimIds()));
            }
            return Row.of(id, Row.props("id", id, "description", description, "explainedByTime", explainedByTime,
                    "origin", origin, "retracted", retracted ? true : null), "sides", sideRows, "about", about);
        }
    }

    private static Map<String, Corpus.Relationship> byId(Corpus corpus) {
        return corpus.relationships().stream().collect(Collectors.toMap(Corpus.Relationship::id, Function.identity()));
    }

    private static Set<String> mentionedIn(List<Corpus.Claim> claims, Corpus corpus) {
        Set<String> entities = new LinkedHashSet<>();
        for (Corpus.Claim c : claims) {
            for (Corpus.Mention m : corpus.mentions()) {
                if (m.sourceId().equals(c.sourceId())
                        && m.starts().stream().anyMatch(start -> start >= c.start() && start < c.end())) {
                    entities.add(m.entityId());
                }
            }
        }
        return entities;
    }
}
