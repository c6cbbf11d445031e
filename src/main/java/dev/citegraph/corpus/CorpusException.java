package dev.citegraph.corpus;

import java.util.List;
import java.util.stream.Collectors;

/** The corpus was refused: every problem found, so a curator can fix them all in one pass. */
public class CorpusException extends RuntimeException {

    private final List<CorpusProblem> problems;

    public CorpusException(List<CorpusProblem> problems) {
        this(problems.size() + " problem(s) in the corpus; nothing was written", problems);
    }

    /** @param headline what was refused, e.g. "the article was refused; nothing was added" */
    public CorpusException(String headline, List<CorpusProblem> problems) {
        super(headline + ":\n" + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<CorpusProblem> problems() {
        return problems;
    }
}
