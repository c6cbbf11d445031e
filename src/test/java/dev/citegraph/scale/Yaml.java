package dev.citegraph.scale;

/** The little YAML the generator writes: every string double-quoted, so no name or sentence can break a file. */
final class Yaml {

    private Yaml() {
    }

    static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
