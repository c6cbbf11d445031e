package dev.citegraph.ingest;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import dev.citegraph.corpus.CorpusException;

/**
 * A first start on a corpus with problems (with a graph already there, the application serves it
 * instead): the problems, each with file and line, and what to do, instead of a stack trace.
 */
class CorpusFailureAnalyzer extends AbstractFailureAnalyzer<CorpusException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CorpusException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix each problem at the file and line given, then start again. To check the corpus without "
                        + "starting the application: ./mvnw spring-boot:run -Dspring-boot.run.arguments=validate",
                cause);
    }
}
