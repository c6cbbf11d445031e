package dev.citegraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.neo4j.batchimport.api.Configuration;
import org.neo4j.batchimport.api.IndexConfig;
import org.neo4j.batchimport.api.Monitor;
import org.neo4j.batchimport.api.input.Collector;
import org.neo4j.batchimport.api.input.Input;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.internal.batchimport.BatchImporterFactory;
import org.neo4j.internal.batchimport.DefaultAdditionalIds;
import org.neo4j.internal.batchimport.staging.ExecutionMonitor;
import org.neo4j.internal.batchimport.staging.StageExecution;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.io.layout.DatabaseLayout;
import org.neo4j.io.layout.Neo4jLayout;
import org.neo4j.io.pagecache.context.CursorContextFactory;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.DatabaseCreationOptions;
import org.neo4j.kernel.impl.index.schema.IndexImporterFactoryImpl;
import org.neo4j.kernel.impl.scheduler.JobSchedulerFactory;
import org.neo4j.kernel.impl.transaction.log.EmptyLogTailMetadata;
import org.neo4j.kernel.impl.transaction.log.files.TransactionLogInitializer;
import org.neo4j.logging.internal.NullLogService;
import org.neo4j.memory.EmptyMemoryTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

import dev.citegraph.corpus.Corpus;

/**
 * Writes the graph of a corpus into a database that does not exist yet, with Neo4j's offline
 * importer (the one behind {@code neo4j-admin database import}): the nodes and relationships the
 * transactional ingest would write — the same rows, hashes included ({@link ImportInput}) — as
 * store records instead of transactions, several times faster (at 5,000 articles, 200,000
 * claims: 23–35 s against about 120 s). The conflicts are not imported: the rules that find them are Cypher, run on the graph
 * once it has started; the start-up ingest writes them, and finds everything else already written.
 *
 * <p>The store is written into a folder of its own under the database's home and moved into
 * place when complete, so a start interrupted during the import leaves no half-written database
 * behind: the next start imports again.
 */
final class BulkImport {

    private static final Logger log = LoggerFactory.getLogger(BulkImport.class);

    /**
     * The importer's defaults, plus the label and relationship-type lookup indexes every new
     * database has (without the first, a scan of a label, such as the conflict rules' scan of every
     * entity, reads every node).
     */
    private static final Configuration WITH_TOKEN_INDEXES = new Configuration() {
        @Override
        public IndexConfig indexConfig() {
            return IndexConfig.create().withLabelIndex().withRelationshipTypeIndex();
        }
    };

    /** Where an import is written before it is moved into place. */
    static final String UNFINISHED = "import-unfinished";

    private BulkImport() {
    }

    /**
     * Imports the nodes and relationships of {@code corpus} as the default database under
     * {@code home}, which must not hold one yet.
     */
    static void into(Path home, Corpus corpus) throws IOException {
        long started = System.nanoTime();
        var target = layout(config(home));
        if (Files.exists(target.databaseDirectory())) {
            throw new IOException("the folder holds a database already: " + target.databaseDirectory());
        }
        Path unfinished = home.resolve(UNFINISHED);
        FileSystemUtils.deleteRecursively(unfinished);
        Config config = config(unfinished);
        var staged = layout(config);
        Stages stages = new Stages();
        try {
            importInto(config, staged, corpus, stages);
            // The transaction logs first: the store's folder is what says that the database exists.
            FileSystemUtils.deleteRecursively(target.getTransactionLogsDirectory());
            Files.createDirectories(target.getTransactionLogsDirectory().getParent());
            Files.move(staged.getTransactionLogsDirectory(), target.getTransactionLogsDirectory(),
                    StandardCopyOption.ATOMIC_MOVE);
            Files.createDirectories(target.databaseDirectory().getParent());
            Files.move(staged.databaseDirectory(), target.databaseDirectory(), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            if (!Files.exists(target.databaseDirectory())) {
                FileSystemUtils.deleteRecursively(target.getTransactionLogsDirectory());
            }
            throw e;
        } finally {
            FileSystemUtils.deleteRecursively(unfinished);
        }
        log.info("Imported the graph of {} claims in {} ms with Neo4j's offline importer (stages {} ms)",
                corpus.claims().size(), (System.nanoTime() - started) / 1_000_000, stages.millis);
    }

    private static Config config(Path home) {
        return Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, home).build();
    }

    private static DatabaseLayout layout(Config config) {
        return Neo4jLayout.of(config).databaseLayout(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    private static void importInto(Config config, DatabaseLayout layout, Corpus corpus, Stages stages) throws IOException {
        Input input = ImportInput.of(corpus);
        try (var fs = new DefaultFileSystemAbstraction(); var scheduler = JobSchedulerFactory.createInitialisedScheduler()) {
            // Collector.STRICT: a relationship to an id no node has, or a duplicate id, fails the import.
            BatchImporterFactory.withHighestPriority().instantiate(layout, fs, PageCacheTracer.NULL,
                    WITH_TOKEN_INDEXES, NullLogService.getInstance(), stages, DefaultAdditionalIds.EMPTY,
                    new EmptyLogTailMetadata(config), config, Monitor.NO_MONITOR, scheduler, Collector.STRICT,
                    TransactionLogInitializer.getLogFilesInitializer(), new IndexImporterFactoryImpl(),
                    EmptyMemoryTracker.INSTANCE, CursorContextFactory.NULL_CONTEXT_FACTORY,
                    DatabaseCreationOptions.EMPTY_CREATION_OPTIONS).doImport(input);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e); // the scheduler's close
        }
    }

    /** How long each of the importer's stages took, for the start-up log. */
    private static final class Stages implements ExecutionMonitor {

        final Map<String, Long> millis = Collections.synchronizedMap(new LinkedHashMap<>());

        @Override
        public void start(StageExecution execution) {
        }

        @Override
        public void end(StageExecution execution, long totalTimeMillis) {
            millis.merge(execution.getStageName(), totalTimeMillis, Long::sum);
        }

        @Override
        public void done(boolean successful, long totalTimeMillis, String additionalInformation) {
            millis.put("total", totalTimeMillis);
        }

        @Override
        public long checkIntervalMillis() {
            return 1_000;
        }

        @Override
        public void check(StageExecution execution) {
        }
    }
}
