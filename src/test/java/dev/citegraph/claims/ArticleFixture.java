package dev.citegraph.claims;

import dev.citegraph.corpus.CorpusCopy;

/**
 * A sixth article a test adds to a copy of the corpus: a short text, its entry in sources.yaml and
 * three claims about entities the registry already has.
 */
final class ArticleFixture {

    static final String ID = "reload-test-article";
    static final String TEXT = "Wu Zeming, the Group CTO, now sits on the partnership committee. "
            + "Jack Ma co-founded Alibaba Group. Qwen competes with DeepSeek.";

    private ArticleFixture() {
    }

    static void addTo(CorpusCopy copy) {
        copy.write("sources/" + ID + ".txt", TEXT);
        copy.append("sources.yaml",
                "- id: " + ID,
                "  file: sources/" + ID + ".txt",
                "  title: A test article",
                "  site: Test",
                "  language: en",
                "  publishedOn: \"2026-05\"",
                "  dateBasis: stated");
        copy.write("claims/" + ID + ".yaml", String.join("\n",
                "source: " + ID,
                "claims:",
                "  - id: " + ID + "-001",
                "    subject: wu-zeming",
                "    type: MEMBER_OF",
                "    object: alibaba-partnership-committee",
                "    quote: \"Wu Zeming, the Group CTO, now sits on the partnership committee.\"",
                "  - id: " + ID + "-002",
                "    subject: jack-ma",
                "    type: FOUNDED",
                "    object: alibaba-group",
                "    quote: \"Jack Ma co-founded Alibaba Group.\"",
                "  - id: " + ID + "-003",
                "    subject: qwen",
                "    type: COMPETES_WITH",
                "    object: deepseek",
                "    quote: \"Qwen competes with DeepSeek.\"",
                ""));
    }
}
