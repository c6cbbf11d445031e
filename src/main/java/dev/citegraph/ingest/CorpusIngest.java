package dev.citegraph.ingest;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import dev.citegraph.corpus.Corpus;
import dev.citegraph.corpus.CorpusLoader;
import dev.citegraph.corpus.Fingerprint;

/**
 * Brings the graph in line with the corpus folder: checks the whole corpus first (a
 * {@link dev.citegraph.corpus.CorpusException} leaves the graph untouched and the application
 * serving what it served), applies pending schema migrations, and writes what differs.
 * One ingest runs at a time, at start or on a reload.
 */
@Service
public class CorpusIngest {

    private static final Logger log = LoggerFactory.getLogger(CorpusIngest.class);

    /**
     * What an ingest found and did.
     *
     * @param claims claims by status (accepted, proposed, rejected, retracted)
     * @param conflicts the conflicts the graph holds, curated and found by the rules, as the API lists
     *        them; the curated ones alone when nothing was written (the rules did not run)
     * @param changes what was written, per kind, and Neo4j's counts of the writes
     */
    public record Report(int sources, int entities, Map<String, Integer> claims, int relationships,
            int retractedRelationships, int mentions, int conflicts, String fingerprint, GraphWriter.Changes changes,
            long millis) {

        public boolean written() {
            return changes != null && !changes.none();
        }

        /**
         * A start that found the graph holding this corpus and untouched since: the corpus was not
         * read, so its counts are not known here (the graph's are, from {@code stats}).
         */
        static Report unread(String fingerprint, long millis) {
            return new Report(0, 0, Map.of(), 0, 0, 0, 0, fingerprint, null, millis);
        }

        static Report of(Corpus c, GraphWriter.Changes changes, long millis) {
            Map<String, Integer> claims = new TreeMap<>();
            c.claims().forEach(claim -> claims.merge(claim.status(), 1, Integer::sum));
            return new Report(c.sources().size(), c.entities().size(), claims, c.relationships().size(),
                    (int) c.relationships().stream().filter(Corpus.Relationship::retracted).count(),
                    c.mentions().size(), changes != null ? changes.conflicts() : c.conflicts().size(), c.fingerprint(),
                    changes, millis);
        }
    }

    private final CitegraphPaths paths;
    private final GraphWriter writer;
    private final Migrations migrations;
    private final CorpusPreload preload;
    private final LastCommit lastCommit;

    CorpusIngest(CitegraphPaths paths, GraphWriter writer, Migrations migrations, CorpusPreload preload,
            LastCommit lastCommit) {
        this.paths = paths;
        this.writer = writer;
        this.migrations = migrations;
        this.preload = preload;
        this.lastCommit = lastCommit;
    }

    /** Reads and checks the corpus without touching the database. */
    public Corpus validate() {
        return CorpusLoader.load(paths.corpus());
    }

    /** At start: every stored hash is checked against the stored properties, so tampering is undone. */
    public Report start() {
        return ingest(paths.corpus(), true, true);
    }

    /** A running application picks up changed, new, removed or retracted articles. */
    public Report reload() {
        return ingest(paths.corpus(), false, false);
    }

    /** True when the database holds a graph that an earlier ingest completed. */
    public boolean holdsAGraph() {
        return writer.storedFingerprint() != null;
    }

    /**
     * A reload inside a transaction the caller manages and commits (a review: the claim's new status
     * and the relationships and conflicts it changes land together). Migrations ran at start.
     */
    public synchronized Report reloadWithin(Statements tx) {
        long started = System.nanoTime();
        Corpus corpus = CorpusLoader.load(paths.corpus());
        GraphWriter.Changes changes = writer.write(tx, corpus, fingerprint(corpus.fingerprint()), false);
        return Report.of(corpus, changes, (System.nanoTime() - started) / 1_000_000);
    }

    /** @param force compare the graph with the corpus even if it records holding this very corpus */
    public Report ingest(boolean force) {
        return ingest(paths.corpus(), force, false);
    }

    /** Ingests the corpus in another folder than the configured one (a curator's working copy, a test). */
    public Report ingest(Path corpusFolder, boolean force) {
        return ingest(corpusFolder, force, false);
    }

    private synchronized Report ingest(Path corpusFolder, boolean force, boolean verify) {
        long started = System.nanoTime();
        // Read before the migrations, which may commit schema changes of their own.
        boolean untouched = verify && lastCommit.untouched();
        // An index dropped behind the application's back is restored at start; if nothing at all has
        // committed since the last verified start, nothing was dropped either.
        untouched &= migrations.apply(verify && !untouched) == 0;
        long migrated = System.nanoTime();
        if (untouched) {
            // Nothing has written since the graph was verified against this very corpus: the files'
            // fingerprint says so without reading them as a corpus (seconds at thousands of articles).
            String computedAtStart = preload.takeFingerprint(corpusFolder);
            String folder = computedAtStart != null ? computedAtStart : Fingerprint.of(corpusFolder);
            if (fingerprint(folder).equals(writer.storedFingerprint())) {
                preload.discard();
                lastCommit.stamp(folder); // the migrations may have moved the number on
                log.info("Graph already holds corpus {} and nothing has written to it since it was last verified; "
                        + "nothing to read or compare (migrations {} ms)", folder.substring(0, 12),
                        (migrated - started) / 1_000_000);
                return Report.unread(folder, (System.nanoTime() - started) / 1_000_000);
            }
        }
        Corpus preloaded = verify ? preload.take(corpusFolder) : null;
        boolean wasPreloaded = preloaded != null;
        // Neo4j's importer has just written this very corpus's rows, hashes included: comparing them
        // again, let alone recomputing each hash from the stored properties, would read the whole
        // graph back (15 s and a minute at ×1000) to find nothing. Nor are their words needed again.
        boolean imported = verify && wasPreloaded && preload.imported();
        Corpus corpus = !wasPreloaded ? CorpusLoader.load(corpusFolder) : imported ? preloaded.withoutWords() : preloaded;
        preloaded = null;
        long read = System.nanoTime();
        String fingerprint = fingerprint(corpus.fingerprint());
        if (!force && !verify && fingerprint.equals(writer.storedFingerprint())) {
            log.info("Graph already holds corpus {}; nothing to write", corpus.fingerprint().substring(0, 12));
            return Report.of(corpus, null, (System.nanoTime() - started) / 1_000_000);
        }
        GraphWriter.Changes changes = writer.write(corpus, fingerprint, verify, imported);
        if (verify) {
            lastCommit.stamp(corpus.fingerprint());
        }
        if (changes.tampered() > 0) {
            log.warn("{} nodes and relationships had been changed behind the application's back; rewritten from the corpus",
                    changes.tampered());
        }
        Report report = Report.of(corpus, changes, (System.nanoTime() - started) / 1_000_000);
        // Where start-up time goes (a preloaded corpus was read while the database started).
        log.info("Ingest phases: migrations {} ms, corpus {} in {} ms, graph compared and written in {} ms ({} ms)",
                (migrated - started) / 1_000_000,
                !wasPreloaded ? "read and checked"
                        : preload.imported() ? "read and imported before the database started, taken"
                        : "read during the database start, waited for",
                (read - migrated) / 1_000_000, (System.nanoTime() - read) / 1_000_000, changes.millis());
        log.info("Ingested in {} ms: {} writes ({}), written {}, deleted {}; the graph holds {} relationships and {} "
                + "conflicts ({} curated, the rest found by the rules)", report.millis(), changes.writes().total(),
                changes.writes(), changes.written(), changes.deleted(), report.relationships(), report.conflicts(),
                corpus.conflicts().size());
        return report;
    }

    /** The conflict rules shape the graph too: a changed rule means the rules run again. */
    private String fingerprint(String corpusFingerprint) {
        return corpusFingerprint + "+rules:" + Fingerprint.of(paths.rules());
    }
}
