package dev.citegraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import dev.citegraph.corpus.Corpus;
import dev.citegraph.database.GraphDatabase;
import dev.citegraph.database.ReloadGate;

/**
 * Brings the graph in line with a checked corpus, in one transaction (a very large change, such as
 * the first ingest of thousands of articles, in parts: see {@link PartedTransaction}); API requests
 * wait for it, so they see the graph before or after, never between.
 *
 * <p>It writes only what differs. Every node and relationship it owns carries the hash of what the
 * corpus implies for it; rows whose hash the graph already holds are not written, rows the corpus
 * no longer implies are deleted. So re-ingesting an unchanged corpus writes nothing, and changing
 * one article writes that article's claims and the relationships, mentions and conflicts they
 * affect — in proportion to the article, not to the corpus.
 */
@Component
public class GraphWriter {

    /** What one write did: rows written and deleted per kind, rows found changed behind our back, Neo4j's counts. */
    /**
     * @param conflicts the conflicts the graph holds afterwards, curated and found by the rules: what
     *        the API's {@code conflicts} lists (the written counts split them, and count only changes)
     * @param millis where the write's time went, per kind (reading what the graph holds, comparing,
     *        writing) and for the conflict rules: the start-up log shows it
     */
    public record Changes(Map<String, Integer> written, Map<String, Integer> deleted, int tampered, Writes writes,
            int conflicts, Map<String, Long> millis) {

        public boolean none() {
            return writes.total() == 0;
        }
    }

    private static final String STATE = """
            MERGE (c:CorpusState:Citegraph {id: 'corpus'})
            SET c.fingerprint = $fingerprint""";

    private final GraphDatabase database;
    private final ConflictWriter conflicts;
    private final ReloadGate gate;

    GraphWriter(GraphDatabase database, ConflictWriter conflicts, ReloadGate gate) {
        this.database = database;
        this.conflicts = conflicts;
        this.gate = gate;
    }

    /**
     * @param fingerprint what the graph will then hold: this corpus, read by these rules
     * @param verify recompute each stored hash from the stored properties instead of trusting it, so
     *        that a graph changed behind the application's back is found and rewritten
     */
    public Changes write(Corpus corpus, String fingerprint, boolean verify) {
        return write(corpus, fingerprint, verify, false);
    }

    /**
     * @param imported the corpus's entities, sources, claims, relationships and mentions were just
     *        written by Neo4j's offline importer ({@link BulkImport}), from the same rows: only the
     *        conflicts are compared and written (reading back 800,000 keys and hashes to find them
     *        all equal took 15 s at ×1000)
     */
    Changes write(Corpus corpus, String fingerprint, boolean verify, boolean imported) {
        return gate.exclusively(() -> {
            try (var session = database.driver().session(database.session());
                    var tx = new PartedTransaction(session)) {
                Changes changes = write(tx, tx::wrote, corpus, fingerprint, verify, imported);
                tx.commit();
                return changes;
            }
        });
    }

    /**
     * The same, inside a transaction the caller manages (a review, which changes a claim and what
     * it supports together); the caller keeps readers out (see {@link ReloadGate}) until it commits.
     */
    public Changes write(Statements tx, Corpus corpus, String fingerprint, boolean verify) {
        return write(tx, rows -> { }, corpus, fingerprint, verify, false);
    }

    private Changes write(Statements tx, IntConsumer wrote, Corpus corpus, String fingerprint, boolean verify,
            boolean imported) {
        Diff diff = new Diff(tx, wrote, verify);
        Diff.Compared entities = null;
        Diff.Compared sources = null;
        if (!imported) {
            entities = diff.upsert(GraphKind.ENTITY, GraphRows.entities(corpus));
            sources = diff.upsert(GraphKind.SOURCE, GraphRows.sources(corpus));
            diff.upsert(GraphKind.CLAIM, GraphRows.claims(corpus)).deleteTheRest();
            diff.upsert(GraphKind.RELATIONSHIP, GraphRows.relationships(corpus)).deleteTheRest();
            diff.upsert(GraphKind.MENTION, GraphRows.mentions(corpus)).deleteTheRest();
        }
        List<ConflictWriter.Found> curated = conflicts.curated(corpus);
        diff.upsert(GraphKind.CONFLICT, curated.stream().map(ConflictWriter.Found::row), "curated").deleteTheRest();
        if (!imported) {
            // Sources and entities go last: the claims and relationships that pointed at them are gone by now.
            sources.deleteTheRest();
            entities.deleteTheRest();
        }
        // The rules read the graph as it now is, inside this same transaction.
        long rules = System.nanoTime();
        List<ConflictWriter.Found> detected = conflicts.detected(tx, corpus);
        diff.millis.put("rules", (System.nanoTime() - rules) / 1_000_000);
        diff.upsert(GraphKind.CONFLICT, detected.stream().map(ConflictWriter.Found::row), "detected").deleteTheRest();
        if (diff.writes.total() > 0 || !fingerprint.equals(storedFingerprint(tx))) {
            diff.count(tx.run(STATE, Map.of("fingerprint", fingerprint)).consume().counters());
        }
        return new Changes(diff.written, diff.deleted, diff.tampered, diff.writes, curated.size() + detected.size(),
                diff.millis);
    }

    /** The fingerprint of the corpus the graph holds, or null for a graph the application never wrote. */
    public String storedFingerprint() {
        var rows = database.driver().executableQuery("MATCH (c:CorpusState:Citegraph {id: 'corpus'}) RETURN c.fingerprint AS f")
                .withConfig(database.reads()).execute().records();
        return rows.isEmpty() ? null : rows.getFirst().get("f").asString(null);
    }

    private static String storedFingerprint(Statements tx) {
        var rows = tx.run("MATCH (c:CorpusState:Citegraph {id: 'corpus'}) RETURN c.fingerprint AS f", Map.of()).list();
        return rows.isEmpty() ? null : rows.getFirst().get("f").asString(null);
    }

    /** The comparison of what the corpus implies with what the graph holds, kind by kind. */
    private static final class Diff {

        /** Rows per statement: bounded, so that a large change can be committed in parts between statements. */
        private static final int ROWS_PER_STATEMENT = 2_000;

        private final Statements tx;
        private final IntConsumer wrote;
        private final boolean verify;
        private final Map<String, Integer> written = new HashMap<>();
        private final Map<String, Integer> deleted = new HashMap<>();
        private final Map<String, Long> millis = new LinkedHashMap<>();
        private int tampered;
        private Writes writes = Writes.NONE;

        Diff(Statements tx, IntConsumer wrote, boolean verify) {
            this.tx = tx;
            this.wrote = wrote;
            this.verify = verify;
        }

        /**
         * What one kind's comparison found: the stored keys and hashes not yet matched by a row of
         * the corpus. Each row takes its key out as it is compared, so what is left at the end is
         * what the corpus no longer implies, and no second set of keys is held (at 5,000 articles
         * the keys of 345,000 mentions were 50 MB of a 512 MB server during the write).
         */
        final class Compared {

            private final GraphKind kind;
            private final String name;
            private final Map<String, String> unmatched;

            private Compared(GraphKind kind, String origin) {
                this.kind = kind;
                this.name = kind == GraphKind.CONFLICT ? origin + " conflicts" : kind.plural;
                this.unmatched = read(kind, origin);
            }

            /** The stored hash of a row's key, or null for a key the graph does not hold; the key is matched from now on. */
            String match(String key) {
                return unmatched.remove(key);
            }

            /** Deletes what the graph holds of this kind (and origin) that the corpus no longer implies. */
            void deleteTheRest() {
                long started = System.nanoTime();
                List<String> gone = unmatched.keySet().stream().sorted().toList();
                unmatched.clear();
                for (int from = 0; from < gone.size(); from += ROWS_PER_STATEMENT) {
                    List<String> slice = gone.subList(from, Math.min(gone.size(), from + ROWS_PER_STATEMENT));
                    count(tx.run(kind.delete, Map.of("keys", slice)).consume().counters());
                    deleted.merge(name, slice.size(), Integer::sum);
                    wrote.accept(slice.size());
                }
                millis.merge(name, (System.nanoTime() - started) / 1_000_000, Long::sum);
            }
        }

        /** The same for a kind written from the corpus (only conflicts come from two origins). */
        Compared upsert(GraphKind kind, Stream<Row> rows) {
            return upsert(kind, rows, "curated");
        }

        /**
         * Writes the rows whose hash the graph does not hold, as they come: new ones with the kind's
         * {@code create}, changed ones with its {@code upsert}, a statement whenever one has gathered
         * enough rows, so only those rows are held at once.
         */
        Compared upsert(GraphKind kind, Stream<Row> rows, String origin) {
            long started = System.nanoTime();
            Compared compared = new Compared(kind, origin);
            List<Map<String, Object>> created = new ArrayList<>();
            List<Map<String, Object>> changed = new ArrayList<>();
            rows.forEach(r -> {
                String hash = compared.match(r.key());
                if (hash == null) {
                    created.add(r.data());
                    writeWhenFull(kind.create, created, compared.name);
                } else if (!hash.equals(r.hash())) {
                    changed.add(r.data());
                    writeWhenFull(kind.upsert, changed, compared.name);
                }
            });
            write(kind.create, created, compared.name);
            write(kind.upsert, changed, compared.name);
            millis.merge(compared.name, (System.nanoTime() - started) / 1_000_000, Long::sum);
            return compared;
        }

        private void writeWhenFull(String cypher, List<Map<String, Object>> rows, String name) {
            if (rows.size() == ROWS_PER_STATEMENT) {
                write(cypher, rows, name);
            }
        }

        private void write(String cypher, List<Map<String, Object>> rows, String name) {
            if (rows.isEmpty()) {
                return;
            }
            count(tx.run(cypher, Map.of("rows", rows)).consume().counters());
            written.merge(name, rows.size(), Integer::sum);
            wrote.accept(rows.size());
            rows.clear();
        }

        /** Key to hash of what the graph holds; when verifying, the hash recomputed from what is stored. */
        private Map<String, String> read(GraphKind kind, String origin) {
            Map<String, String> hashes = new HashMap<>();
            // Record by record: when verifying, the stored rows carry every property (article texts too).
            var result = tx.run(kind.state, Map.of("verify", verify, "origin", origin));
            while (result.hasNext()) {
                var r = result.next();
                String stored = r.get("hash").asString(null);
                String actual = stored;
                if (verify && !r.get("props").isNull()) {
                    Map<String, Object> links = new HashMap<>(r.get("links").asMap(GraphWriter::plain));
                    links.values().removeIf(java.util.Objects::isNull); // rows leave out what they do not link
                    actual = Row.hash(r.get("props").asMap(GraphWriter::plain), links);
                    if (stored != null && !actual.equals(stored)) {
                        tampered++;
                    }
                }
                hashes.put(r.get("key").asString(), actual == null ? "" : actual);
            }
            return hashes;
        }

        void count(org.neo4j.driver.summary.SummaryCounters counters) {
            writes = writes.plus(Writes.of(counters));
        }
    }

    private static Object plain(Value v) {
        return v.asObject();
    }
}
