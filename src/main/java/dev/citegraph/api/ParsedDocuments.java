package dev.citegraph.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Remembers the documents that parsed and validated, by their text: scripts and notebooks send the
 * same few queries again and again with other variables, and parsing and validating them again
 * was a large part of a small request's time. Limits still apply on every request: depth, cost and
 * aliases are checked when an operation executes (QueryLimits), with the request's variables.
 * Only valid documents are kept, at most {@link #SIZE}, the least recently used leaving first.
 */
@Configuration(proxyBeanMethods = false)
class ParsedDocuments implements PreparsedDocumentProvider {

    static final int SIZE = 500;

    private final Map<String, PreparsedDocumentEntry> documents = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
            return size() > SIZE;
        }
    };

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String text = input.getQuery();
        PreparsedDocumentEntry known;
        synchronized (documents) {
            known = documents.get(text);
        }
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (!entry.hasErrors()) {
            synchronized (documents) {
                documents.put(text, entry);
            }
        }
        return CompletableFuture.completedFuture(entry);
    }

    @Bean
    GraphQlSourceBuilderCustomizer rememberParsedDocuments() {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(this));
    }
}
