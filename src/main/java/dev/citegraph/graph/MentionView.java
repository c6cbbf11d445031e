package dev.citegraph.graph;

/**
 * One place where an article names an entity: the words as written and the sentence around them,
 * both with Unicode code-point offsets into the article text, end-exclusive.
 */
public record MentionView(String sourceId, EntityView entity, int start, int end, String text, int sentenceStart,
        int sentenceEnd, String sentence) {
}
