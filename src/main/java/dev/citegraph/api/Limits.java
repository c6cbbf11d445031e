package dev.citegraph.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How much one GraphQL request may ask for (README, "Security and limits"). Every limit names
 * itself in the error it causes, so a researcher who needs more knows which setting to raise.
 *
 * @param maxDepth fields nested inside one another
 * @param maxComplexity fields weighted by the list sizes they multiply by ({@link QueryCost})
 * @param listSize the items a list without a {@code first} argument is assumed to hold
 * @param maxAliases aliased fields in one document
 * @param maxRequest size of the HTTP request body
 * @param maxResponse size of the answer's data
 * @param queryTimeout how long one database read may run (also read by {@code GraphDatabase})
 * @param maxSearchWords distinct words in one search
 * @param echo characters of a request's own text quoted back in an error
 */
@ConfigurationProperties("citegraph.limits")
public record Limits(Integer maxDepth, Integer maxComplexity, Integer listSize, Integer maxAliases,
        DataSize maxRequest, DataSize maxResponse, Duration queryTimeout, Integer maxSearchWords, Integer echo) {

    public Limits {
        maxDepth = maxDepth == null ? 10 : maxDepth;
        maxComplexity = maxComplexity == null ? 200_000 : maxComplexity;
        listSize = listSize == null ? 20 : listSize;
        maxAliases = maxAliases == null ? 30 : maxAliases;
        maxRequest = maxRequest == null ? DataSize.ofKilobytes(64) : maxRequest;
        maxResponse = maxResponse == null ? DataSize.ofMegabytes(8) : maxResponse;
        queryTimeout = queryTimeout == null ? Duration.ofSeconds(10) : queryTimeout;
        maxSearchWords = maxSearchWords == null ? 64 : maxSearchWords;
        echo = echo == null ? 80 : echo;
    }
}
