package dev.citegraph.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.neo4j.batchimport.api.InputIterable;
import org.neo4j.batchimport.api.InputIterator;
import org.neo4j.batchimport.api.input.Group;
import org.neo4j.batchimport.api.input.IdType;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.batchimport.api.input.InputChunk;
import org.neo4j.batchimport.api.input.InputEntityVisitor;
import org.neo4j.internal.batchimport.input.Groups;

import dev.citegraph.corpus.Corpus;

/**
 * A corpus as the input of Neo4j's offline importer ({@link BulkImport}): the nodes and
 * relationships the transactional ingest writes, from the same rows ({@link GraphRows}), with
 * string ids in one group per label. The importer's threads take chunks of corpus items and make
 * their rows, hashes included, themselves.
 */
final class ImportInput {

    private static final int ROWS_PER_CHUNK = 1_000;

    private ImportInput() {
    }

    static Input of(Corpus corpus) {
        Groups groups = new Groups();
        Group entities = groups.getOrCreate("Entity");
        Group sources = groups.getOrCreate("Source");
        Group claims = groups.getOrCreate("Claim");
        var entity = GraphRows.entity(corpus);
        var relationship = GraphRows.relationship(corpus);
        InputIterable nodes = () -> new Rows(concat(
                corpus.entities().stream().map(e -> v -> node(v, entity.apply(e), entities, "Entity", "Citegraph", e.type())),
                corpus.sources().stream().map(s -> v -> node(v, GraphRows.source(s), sources, "Source", "Citegraph")),
                corpus.claims().stream().map(c -> v -> node(v, GraphRows.claim(c), claims, "Claim", "Citegraph"))));
        InputIterable links = () -> new Rows(concat(
                corpus.claims().stream().map(c -> v -> link(v, sources, c.sourceId(), "STATES", claims, c.id(), Map.of())),
                corpus.claims().stream().filter(c -> c.subject() != null)
                        .map(c -> v -> link(v, claims, c.id(), "SUBJECT", entities, c.subject(), Map.of())),
                corpus.claims().stream().filter(c -> c.object() != null)
                        .map(c -> v -> link(v, claims, c.id(), "OBJECT", entities, c.object(), Map.of())),
                corpus.relationships().stream().map(r -> v -> link(v, entities, r.from(), r.type(), entities, r.to(),
                        relationship.apply(r).properties())),
                corpus.mentions().stream().map(m -> v -> link(v, sources, m.sourceId(), "MENTIONS", entities, m.entityId(),
                        GraphRows.mention(m).properties()))));
        // Rough sizes: the importer plans its memory with them.
        return Input.input(nodes, links, IdType.STRING, Input.knownEstimates(
                corpus.entities().size() + corpus.sources().size() + corpus.claims().size(),
                3L * corpus.claims().size() + corpus.relationships().size() + corpus.mentions().size(),
                30L * corpus.claims().size(), 10L * corpus.mentions().size(), 2_000L * corpus.claims().size(),
                500L * corpus.mentions().size(), 4), groups, false);
    }

    /**
     * The streams one after the other, each taken a row at a time ({@code Stream.flatMap} would
     * gather a whole stream of rows before handing out its first).
     */
    @SafeVarargs
    private static Iterator<Visit> concat(Stream<Visit>... streams) {
        Stream<Visit> all = Stream.empty();
        for (Stream<Visit> s : streams) {
            all = Stream.concat(all, s);
        }
        return all.iterator();
    }

    /** One node or relationship, handed to the importer's visitor. */
    interface Visit {
        void to(InputEntityVisitor visitor);
    }

    private static void node(InputEntityVisitor v, Row row, Group group, String... labels) {
        v.id(row.key(), group);
        v.labels(labels);
        row.properties().forEach((k, value) -> v.property(k, stored(value), false));
    }

    private static void link(InputEntityVisitor v, Group fromGroup, String from, String type, Group toGroup, String to,
            Map<String, Object> props) {
        v.startId(from, fromGroup);
        v.endId(to, toGroup);
        v.type(type);
        props.forEach((k, value) -> v.property(k, stored(value), false));
    }

    /** A value as Cypher stores it when sent by the driver: integers as longs, lists as arrays. */
    private static Object stored(Object value) {
        return switch (value) {
            case Integer i -> i.longValue();
            case List<?> list when list.isEmpty() -> new String[0];
            case List<?> list when list.getFirst() instanceof String -> list.toArray(String[]::new);
            case List<?> list when list.getFirst() instanceof Number -> list.stream().mapToLong(n -> ((Number) n).longValue()).toArray();
            case List<?> list when list.getFirst() instanceof Boolean -> {
                boolean[] out = new boolean[list.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = (Boolean) list.get(i);
                }
                yield out;
            }
            case List<?> list -> throw new IllegalArgumentException("cannot import a list of " + list.getFirst().getClass());
            default -> value;
        };
    }

    /** The rows, handed to the importer's threads a chunk at a time. */
    private static final class Rows implements InputIterator {

        private final Iterator<Visit> rows;

        Rows(Iterator<Visit> rows) {
            this.rows = rows;
        }

        @Override
        public InputChunk newChunk() {
            return new Chunk();
        }

        @Override
        public synchronized boolean next(InputChunk chunk) {
            Chunk c = (Chunk) chunk;
            c.rows.clear();
            c.next = 0;
            while (c.rows.size() < ROWS_PER_CHUNK && rows.hasNext()) {
                c.rows.add(rows.next());
            }
            return !c.rows.isEmpty();
        }

        @Override
        public void close() {
        }
    }

    private static final class Chunk implements InputChunk {

        final List<Visit> rows = new ArrayList<>();
        int next;

        @Override
        public boolean next(InputEntityVisitor visitor) throws IOException {
            if (next == rows.size()) {
                return false;
            }
            rows.get(next++).to(visitor);
            visitor.endOfEntity();
            return true;
        }

        @Override
        public void close() {
        }
    }
}
