package dev.citegraph.corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Proposals for a new article: cue words between two named entities, the exact words as the quote. */
class ClaimProposerTest {

    private static final String TEXT = """
            Jack Ma co-founded Alibaba Group decades ago.
            According to insiders, Wu Zeming now reports to Eddie Wu.
            Alibaba Cloud will launch Qwen 3 in March 2027, analysts say; Qwen competes with DeepSeek.
            阿里巴巴集团首席技术官吴泽明加入了合伙人委员会。
            """;

    @TempDir
    Path work;

    @Test
    void cueWordsBetweenTwoEntitiesProposeTypedClaimsWithVerbatimQuotes() {
        CorpusCopy copy = CorpusCopy.of(work.resolve("corpus"));
        new NewArticle("test", "proposals-test", "T", null, null, null, "en", "2026-05",
                TEXT.getBytes(StandardCharsets.UTF_8)).addTo(copy.root());

        int written = ClaimProposals.writeFor(copy.root(), "proposals-test").claims();

        Corpus corpus = CorpusLoader.load(copy.root()); // the proposals keep the corpus valid
        List<Corpus.Claim> claims = corpus.claims().stream().filter(c -> c.sourceId().equals("proposals-test")).toList();
        assertThat(claims).hasSize(written).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo("proposed");
            assertThat(TEXT.substring(TEXT.offsetByCodePoints(0, c.start()), TEXT.offsetByCodePoints(0, c.end())))
                    .isEqualTo(c.quote());
        });
        assertThat(claims).anySatisfy(c -> assertThat(java.util.Arrays.asList(c.subject(), c.type(), c.object(), c.quote()))
                .containsExactly("jack-ma", "FOUNDED", "alibaba-group", "Jack Ma co-founded Alibaba Group"));
        assertThat(claims).anySatisfy(c -> {
            assertThat(java.util.Arrays.asList(c.subject(), c.type(), c.object())).containsExactly("wu-zeming", "REPORTS_TO", "wu-yongming");
            assertThat(c.modality()).as("attributed to insiders").isEqualTo("reported");
        });
        assertThat(claims).anySatisfy(c -> assertThat(java.util.Arrays.asList(c.subject(), c.type(), c.object(), c.quote()))
                .containsExactly("qwen", "COMPETES_WITH", "deepseek", "Qwen competes with DeepSeek"));
        // Chinese, and the direction the ontology allows: the person holds the position, not the company.
        assertThat(claims).anySatisfy(c -> {
            assertThat(java.util.Arrays.asList(c.subject(), c.type(), c.object(), c.title())).containsExactly("wu-zeming", "HOLDS_POSITION",
                    "alibaba-group", "首席技术官");
            assertThat(c.quote()).isEqualTo("阿里巴巴集团首席技术官吴泽明");
        });
        // Nothing is accepted: the graph's relationships are those of the curated corpus alone.
        assertThat(corpus.relationships().stream().flatMap(r -> r.citations().stream())
                .map(Corpus.Citation::sourceId)).doesNotContain("proposals-test");
    }

    @Test
    void proposingAgainAddsNothingTwice() {
        CorpusCopy copy = CorpusCopy.of(work.resolve("corpus"));
        new NewArticle("test", "proposals-test", "T", null, null, null, "en", "2026-05",
                TEXT.getBytes(StandardCharsets.UTF_8)).addTo(copy.root());
        assertThat(ClaimProposals.writeFor(copy.root(), "proposals-test").claims()).isPositive();
        assertThat(ClaimProposals.writeFor(copy.root(), "proposals-test").claims()).isZero();
    }

    @Test
    void theSentenceGivesTheDateAsPreciselyAsItSaysIt() {
        assertThat(SentenceCues.date("He was named CTO in March 2026.")).isEqualTo("2026-03");
        assertThat(SentenceCues.date("吴泽明于2026年4月出任首席技术官。")).isEqualTo("2026-04");
        assertThat(SentenceCues.date("Appointed in 2023, he left.")).isEqualTo("2023");
        assertThat(SentenceCues.date("He was named CTO.")).isNull();
    }
}
