package dev.citegraph.corpus.llm;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where the optional language model is: an OpenAI-compatible chat endpoint (OpenAI, Ollama at
 * {@code http://localhost:11434/v1}, vLLM, Qwen's API). Off unless {@code CITEGRAPH_LLM_BASE_URL}
 * and {@code CITEGRAPH_LLM_MODEL} are set (or the system properties {@code citegraph.llm.base-url}
 * and {@code citegraph.llm.model}); {@code CITEGRAPH_LLM_API_KEY} only where the endpoint wants one.
 */
public record LlmSettings(String baseUrl, String model, String apiKey) {

    public static Optional<LlmSettings> fromEnvironment() {
        return from(name -> {
            String property = System.getProperty("citegraph.llm." + name);
            return property != null ? property : System.getenv("CITEGRAPH_LLM_" + name.toUpperCase().replace('-', '_'));
        });
    }

    static Optional<LlmSettings> from(UnaryOperator<String> setting) {
        String baseUrl = blankToNull(setting.apply("base-url")), model = blankToNull(setting.apply("model"));
        if (baseUrl == null) {
            return Optional.empty();
        }
        if (model == null) {
            throw new LlmException("CITEGRAPH_LLM_BASE_URL is set but CITEGRAPH_LLM_MODEL is not: name the model to ask, e.g. qwen2.5:7b");
        }
        return Optional.of(new LlmSettings(baseUrl, model, blankToNull(setting.apply("api-key"))));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
