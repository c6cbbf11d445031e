package dev.citegraph.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a refused server into Spring Boot's "APPLICATION FAILED TO START" report: the problem and
 * its fix, without the driver's stack trace (which is still logged at debug level). Registered in
 * {@code META-INF/spring.factories}.
 */
public class ServerCheckFailureAnalyzer extends AbstractFailureAnalyzer<ServerCheckException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ServerCheckException cause) {
        return new FailureAnalysis(cause.problem(), cause.fix(), cause);
    }
}
