package dev.citegraph.database;

/**
 * The Neo4j server the application is pointed at cannot be used: what is wrong, and what the user
 * changes to fix it. The message is one line with both, so it reads well in a log or a terminal;
 * {@link ServerCheckFailureAnalyzer} shows the two parts as Spring Boot's start-up failure report.
 */
public class ServerCheckException extends RuntimeException {

    private final String problem;
    private final String fix;

    ServerCheckException(String problem, String fix, Throwable cause) {
        super(problem + " " + fix, cause);
        this.problem = problem;
        this.fix = fix;
    }

    public String problem() {
        return problem;
    }

    public String fix() {
        return fix;
    }
}
