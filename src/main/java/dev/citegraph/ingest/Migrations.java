package dev.citegraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.citegraph.database.GraphDatabase;

/**
 * Applies the schema as versioned migrations: the files {@code cypher/migrations/NNN-name.cypher},
 * in version order, each once. A database records what it has had as
 * {@code (:Migration:Citegraph {version, name, appliedAt})} nodes. Every statement is idempotent
 * ({@code IF NOT EXISTS}), so a migration interrupted half way is simply applied again.
 */
@Component
public class Migrations {

    private static final Logger log = LoggerFactory.getLogger(Migrations.class);
    private static final Pattern FILE = Pattern.compile("(\\d+)-([a-z0-9-]+)\\.cypher");

    /** One migration file. */
    public record Migration(int version, String name, Path file) {
    }

    private final CitegraphPaths paths;
    private final GraphDatabase database;

    Migrations(CitegraphPaths paths, GraphDatabase database) {
        this.paths = paths;
        this.database = database;
    }

    /**
     * The migrations the database has not had yet, applied in order and recorded; returns how many.
     *
     * @param again also run the statements of those already applied: they are idempotent, and this
     *        restores an index or constraint dropped behind the application's back (done at start)
     */
    public int apply(boolean again) {
        Set<Integer> applied = new HashSet<>();
        database.driver().executableQuery("MATCH (m:Migration:Citegraph) RETURN m.version AS v")
                .withConfig(database.writes()).execute().records()
                .forEach(r -> applied.add(r.get("v").asInt()));
        int count = 0;
        for (Migration m : list(paths.migrations())) {
            if (applied.contains(m.version())) {
                if (again) {
                    CypherScript.statements(m.file()).forEach(statement ->
                            database.driver().executableQuery(statement).withConfig(database.writes()).execute());
                }
                continue;
            }
            for (String statement : CypherScript.statements(m.file())) {
                database.driver().executableQuery(statement).withConfig(database.writes()).execute();
            }
            database.driver().executableQuery("""
                    MERGE (m:Migration:Citegraph {version: $version})
                    SET m.name = $name, m.appliedAt = datetime()""")
                    .withParameters(Map.of("version", m.version(), "name", m.name()))
                    .withConfig(database.writes()).execute();
            log.info("Applied schema migration {} ({})", m.version(), m.name());
            count++;
        }
        return count;
    }

    static List<Migration> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("schema migrations folder not found: " + folder);
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> {
                Matcher m = FILE.matcher(f.getFileName().toString());
                return m.matches() ? new Migration(Integer.parseInt(m.group(1)), m.group(2), f) : null;
            }).filter(java.util.Objects::nonNull)
                    .sorted(java.util.Comparator.comparingInt(Migration::version)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
