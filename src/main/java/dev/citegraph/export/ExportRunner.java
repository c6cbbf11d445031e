package dev.citegraph.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code export} command: writes every export into {@code --to} (default {@code target/export}),
 * and with {@code --script=FILE} the Cypher script also to that file (how {@code cypher/export.cypher}
 * is refreshed). It runs after the ingest runner has brought the graph up to date with the corpus.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ExportRunner implements ApplicationRunner, ExitCodeGenerator {

    static final Path DEFAULT_FOLDER = Path.of("target", "export");

    private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);

    private final Exports exports;
    private int exitCode;

    ExportRunner(Exports exports) {
        this.exports = exports;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.getNonOptionArgs().equals(List.of("export"))) {
            return;
        }
        try {
            Path folder = option(args, "to", DEFAULT_FOLDER);
            for (Path file : exports.writeAll(folder)) {
                log.info("Exported {} ({} bytes)", file, Files.size(file));
            }
            if (args.containsOption("script")) {
                Path script = exports.write(ExportFile.CYPHER, option(args, "script", null));
                log.info("Exported {} ({} bytes)", script, Files.size(script));
            }
        } catch (Exception e) {
            log.error("Export failed", e);
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private static Path option(ApplicationArguments args, String name, Path otherwise) {
        List<String> values = args.getOptionValues(name);
        if (values == null || values.isEmpty() || values.getFirst().isBlank()) {
            if (otherwise == null) {
                throw new IllegalArgumentException("--" + name + " needs a path, e.g. --" + name + "=cypher/export.cypher");
            }
            return otherwise;
        }
        return Path.of(values.getFirst());
    }
}
