package dev.citegraph.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Parses and validates each distinct document once: scripts, notebooks and pages send the same
 * few documents again and again with other variables, and parsing and validating them took a
 * tenth of the processor a small request costs. Only documents that passed are kept, at most
 * {@link #ENTRIES} of at most {@link #LONGEST} characters, the least recently used leaving first,
 * so the cache stays small whatever clients send. The limits on depth, complexity and aliases run
 * when an operation executes, so a cached document passes them each time.
 */
@Configuration(proxyBeanMethods = false)
class DocumentCache implements PreparsedDocumentProvider {

    static final int ENTRIES = 500;
    static final int LONGEST = 8_192;

    private final Map<String, PreparsedDocumentEntry> entries = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                    return size() > ENTRIES;
                }
            });

    @Bean
    GraphQlSourceBuilderCustomizer documentCacheCustomizer() {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        if (query.length() > LONGEST) {
            return CompletableFuture.completedFuture(parseAndValidate.apply(input));
        }
        String key = input.getOperationName() + "\u0000" + query;
        PreparsedDocumentEntry entry = entries.get(key);
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            if (!entry.hasErrors()) {
                entries.put(key, entry);
            }
        }
        return CompletableFuture.completedFuture(entry);
    }

    /** How many documents are kept now. */
    int size() {
        return entries.size();
    }
}
