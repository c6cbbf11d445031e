package dev.citegraph.corpus.llm;

import java.time.Duration;
import java.util.stream.Collectors;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;

import dev.citegraph.corpus.Corpus;

/**
 * Asks an OpenAI-compatible chat model (LangChain4j's client) for the claims an article states, as
 * JSON, and holds the answer to the checks every proposal passes ({@link LlmClaims}). The model sees
 * the ontology and the registry's names, so that it uses them; it never decides what is true, only
 * what a curator is shown to accept or reject.
 */
public final class LlmExtractor {

    private static final String INSTRUCTIONS = """
            You extract relationships that a news article states, for a knowledge graph in which every
            relationship carries the article's exact words as evidence.
            Answer with JSON only: {"claims": [{"subject": "...", "type": "...", "object": "...", "title": "...",
            "quote": "...", "validFrom": "YYYY or YYYY-MM or YYYY-MM-DD", "modality": "asserted|reported|forecast"}]}.
            - quote: the shortest run of the article's words, copied character for character, that states the relationship.
            - subject and object: names as the article writes them; use the known names below where they fit.
            - type: one of the relationship types below, joining the entity types it allows; title only where a
              type needs one (the position held, e.g. "CEO").
            - modality: reported when the article attributes it ("according to", "reportedly"), forecast for
              what will or could happen, else asserted. validFrom only when the article gives the date.
            Do not paraphrase, do not infer what the article does not say.
            """;

    private final ChatModel chat;
    private final String model;
    private final String baseUrl;

    public LlmExtractor(LlmSettings settings) {
        this.model = settings.model();
        this.baseUrl = settings.baseUrl();
        this.chat = OpenAiChatModel.builder()
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey() == null ? "not-needed" : settings.apiKey())
                .modelName(settings.model())
                .temperature(0.0)
                .responseFormat("json_object")
                .timeout(Duration.ofMinutes(5))
                .maxRetries(1)
                .build();
    }

    public String model() {
        return model;
    }

    /** The model's claims for the article, verified; an {@link LlmException} saying why when it cannot be asked or understood. */
    public LlmClaims.Verified propose(Corpus corpus, Corpus.Source source) {
        String answer;
        try {
            answer = chat.chat(SystemMessage.from(INSTRUCTIONS + vocabulary(corpus)), UserMessage.from(source.text()))
                    .aiMessage().text();
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new LlmException("the language model " + model + " could not be asked at " + baseUrl + ": "
                    + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : " " + cause.getMessage()), e);
        }
        return LlmClaims.verify(answer, corpus, source, model);
    }

    private static String vocabulary(Corpus corpus) {
        String types = corpus.ontology().relationshipTypes().entrySet().stream()
                .map(t -> "- " + t.getKey() + ": " + t.getValue().description() + " (" + String.join("/", t.getValue().subjects())
                        + " -> " + String.join("/", t.getValue().objects()) + (t.getValue().titleRequired() ? ", title required" : "") + ")")
                .collect(Collectors.joining("\n"));
        String names = corpus.entities().stream().map(e -> e.name() + " (" + e.type() + ")").collect(Collectors.joining("; "));
        return "\nRelationship types:\n" + types + "\nKnown names: " + names + "\n";
    }
}
