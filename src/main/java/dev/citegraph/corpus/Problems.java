package dev.citegraph.corpus;

import java.util.List;

/** Collects the problems found at one place (file and line) of the corpus. */
final class Problems {

    private final String file;
    private final int line;
    private final List<CorpusProblem> sink;

    Problems(String file, int line, List<CorpusProblem> sink) {
        this.file = file;
        this.line = line;
        this.sink = sink;
    }

    void add(String message) {
        sink.add(new CorpusProblem(file, line, message));
    }

    /** Parses an optional date field, recording a problem if it is malformed. */
    PartialDate date(String field, String value) {
        try {
            return PartialDate.parseOrNull(value);
        } catch (IllegalArgumentException e) {
            add(field + ": " + e.getMessage());
            return null;
        }
    }
}
