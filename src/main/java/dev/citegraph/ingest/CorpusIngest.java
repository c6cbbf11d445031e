package dev.citegraph.ingest;

import java.nio.file.Path;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import dev.citegraph.corpus.Corpus;
import dev.citegraph.database.GraphDatabase;
import dev.citegraph.corpus.CorpusLoader;
import dev.citegraph.corpus.Fingerprint;

/**
 * Brings the graph in line with the corpus folder: checks the whole corpus first (a
 * {@link dev.citegraph.corpus.CorpusException} leaves the graph untouched), applies the schema,
 * and writes the corpus unless the graph already holds exactly this version of it.
 */
@Service
public class CorpusIngest {

    private static final Logger log = LoggerFactory.getLogger(CorpusIngest.class);

    /** What an ingest found and did. */
    public record Report(int sources, int entities, int relationships, int citations, int mentions, int conflicts,
            String fingerprint, boolean written) {

        static Report of(Corpus c, boolean written) {
            return new Report(c.sources().size(), c.entities().size(), c.relationships().size(),
                    c.relationships().stream().mapToInt(r -> r.citations().size()).sum(), c.mentions().size(),
                    c.conflicts().size(), c.fingerprint(), written);
        }
    }

    private final CitegraphPaths paths;
    private final GraphDatabase database;
    private final GraphWriter writer;

    public CorpusIngest(CitegraphPaths paths, GraphDatabase database, GraphWriter writer) {
        this.paths = paths;
        this.database = database;
        this.writer = writer;
    }

    /** Reads and checks the corpus without touching the database. */
    public Corpus validate() {
        return CorpusLoader.load(paths.corpus());
    }

    public void applySchema() {
        for (String statement : CypherScript.statements(paths.schema())) {
            database.driver().executableQuery(statement).withConfig(database.writes()).execute();
        }
    }

    /**
     * @param force write even if the graph already holds this corpus (the write is idempotent either way)
     */
    public Report ingest(boolean force) {
        return ingest(paths.corpus(), force);
    }

    /** Ingests the corpus in another folder than the configured one (a curator's working copy, a test). */
    public Report ingest(Path corpusFolder, boolean force) {
        Corpus corpus = CorpusLoader.load(corpusFolder);
        applySchema();
        // The conflict rules shape the graph too: a changed rule means a new ingest.
        String fingerprint = corpus.fingerprint() + "+rules:" + Fingerprint.of(paths.rules());
        if (!force && fingerprint.equals(storedFingerprint())) {
            log.info("Graph already holds corpus {}; nothing to write", corpus.fingerprint().substring(0, 12));
            return Report.of(corpus, false);
        }
        long started = System.nanoTime();
        writer.write(corpus, fingerprint);
        Report report = Report.of(corpus, true);
        log.info("Ingested {} in {} ms", report, (System.nanoTime() - started) / 1_000_000);
        return report;
    }

    private String storedFingerprint() {
        var records = database.driver().executableQuery("MATCH (c:CorpusState {id: 'corpus'}) RETURN c.fingerprint AS f")
                .withParameters(Map.of())
                .withConfig(database.reads())
                .execute().records();
        return records.isEmpty() ? null : records.getFirst().get("f").asString(null);
    }
}
