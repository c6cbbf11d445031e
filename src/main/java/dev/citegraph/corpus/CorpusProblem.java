package dev.citegraph.corpus;

/** One thing wrong with the corpus, where it is: a path relative to the corpus folder and a 1-based line (0 if none). */
public record CorpusProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
