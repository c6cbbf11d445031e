package dev.citegraph.scale;

import java.nio.file.Path;

/**
 * Writes a synthetic corpus to a folder, for benchmarks that run the packaged application on it
 * ({@code bench/compare --scale 100}): {@code <folder> <articles> [seed]}. The default seed is the
 * one {@link ReloadBench} uses, so both measure the same corpus.
 */
public final class ScaleCorpusCommand {

    static final long SEED = 20260801L;

    private ScaleCorpusCommand() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: ScaleCorpusCommand <folder> <articles> [seed]");
            System.exit(2);
        }
        long seed = args.length > 2 ? Long.parseLong(args[2]) : SEED;
        SyntheticCorpus.Generated corpus = SyntheticCorpus.write(Path.of(args[0]), seed, Integer.parseInt(args[1]));
        System.out.printf("wrote %s: %d synthetic articles, %d entities, %d claims%n", corpus.root(),
                corpus.articles(), corpus.entities(), corpus.claims());
    }
}
