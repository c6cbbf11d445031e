package dev.citegraph.security;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.test.context.TestPropertySource;

import dev.citegraph.IntegrationTest;
import dev.citegraph.graph.Cypher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The limits that only a real answer or a real read can reach, made small enough to reach here:
 * the answer-size cap and the database read timeout. A context of its own, since it changes them.
 */
@TestPropertySource(properties = {"citegraph.limits.max-response=2KB", "citegraph.limits.query-timeout=1s"})
class TightLimitsIT extends IntegrationTest {

    @Autowired
    private Cypher cypher;

    @Test
    void anAnswerLargerThanTheCapIsReplacedByOneBadRequest() {
        var errors = errors("{ relationships(first: 200) { edges { node { id } } } }", Map.of());
        assertThat(errors).hasSize(1);
        assertThat(errors.getFirst().getErrorType()).isEqualTo(ErrorType.BAD_REQUEST);
        assertThat(errors.getFirst().getMessage()).contains("larger than 2048 bytes (citegraph.limits.max-response)");
        assertThat(query("{ stats { entities } }").at("/stats/entities").asInt()).isGreaterThan(0);
    }

    @Test
    void theDatabaseCancelsAReadThatRunsLongerThanTheTimeout() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> cypher.read("UNWIND range(1, 2000000000) AS x WITH x WHERE x < 0 RETURN count(x) AS n", Map.of()))
                .isInstanceOfSatisfying(Neo4jException.class, e -> assertThat(e.code()).contains("TransactionTimedOut"));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
        assertThat(cypher("SHOW TRANSACTIONS YIELD currentQuery RETURN collect(currentQuery) AS running")
                .getFirst().get("running").asList(v -> v.asString())).noneMatch(q -> q.contains("2000000000"));
    }
}
