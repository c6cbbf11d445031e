package dev.citegraph.corpus.llm;

/** The language model could not be asked, or did not answer in the form asked for; the message says which. */
public class LlmException extends RuntimeException {

    public LlmException(String message) {
        super(message);
    }

    public LlmException(String message, Throwable cause) {
        super(message, cause);
    }
}
