package dev.citegraph.corpus;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The deterministic proposer's rules on English and Chinese text, against the project's registry:
 * which claims, with which exact words and code-point offsets, modality and date.
 */
class ProposalRulesTest {

    private static final Corpus CORPUS = CorpusLoader.load(CorpusCopy.REAL);

    private static Corpus.Source article(String language, String text) {
        return new Corpus.Source("rules-test", "T", null, null, null, language, PartialDate.parse("2026-05"), "stated", null,
                null, text, "draft", null, null, null);
    }

    @Test
    void englishClaimsQuoteTheShortestWordsAtCodePointOffsets() {
        // The emoji is two chars but one code point: offsets after it differ in Java and everywhere else.
        String text = "📈 According to insiders, Alibaba Group CTO Wu Zeming now reports to Eddie Wu.\n"
                + "Meta's Llama competes with Qwen, and Alibaba unveiled Qwen in April 2023.\n";

        List<ClaimProposer.Proposal> proposals = ClaimProposer.propose(CORPUS, article("en", text));

        assertThat(proposals).extracting(ClaimProposer.Proposal::subject, ClaimProposer.Proposal::type,
                ClaimProposer.Proposal::object, ClaimProposer.Proposal::quote, ClaimProposer.Proposal::start,
                ClaimProposer.Proposal::end, ClaimProposer.Proposal::modality).containsExactlyInAnyOrder(
                tuple("wu-zeming", "HOLDS_POSITION", "alibaba-group", "Alibaba Group CTO Wu Zeming", 25, 52, "reported"),
                tuple("wu-zeming", "REPORTS_TO", "wu-yongming", "Wu Zeming now reports to Eddie Wu", 43, 76, "reported"),
                tuple("meta", "DEVELOPS", "llama", "Meta's Llama", 78, 90, "asserted"),
                tuple("llama", "COMPETES_WITH", "qwen", "Llama competes with Qwen", 85, 109, "asserted"),
                tuple("alibaba-group", "DEVELOPS", "qwen", "Alibaba unveiled Qwen", 115, 136, "asserted"));
        assertThat(proposals).allSatisfy(p -> assertThat(QuoteLocator.slice(text, p.start(), p.end())).isEqualTo(p.quote()));
        ClaimProposer.Proposal position = proposals.getFirst();
        assertThat(position.title()).isEqualTo("CTO");
        // The sentence gives no date: the article's own, marked as such.
        assertThat(List.of(position.validFrom(), position.dateFrom())).containsExactly("2026-05", "article");
        assertThat(position.rule()).contains("CTO");
        assertThat(position.confidence()).isBetween(0.1, 1.0);
    }

    @Test
    void chineseClaimsQuoteTheShortestWordsAtCodePointOffsets() {
        String text = "据报道，阿里巴巴集团首席技术官吴泽明于2026年4月加入了合伙人委员会。吴泳铭将负责阿里云。";

        List<ClaimProposer.Proposal> proposals = ClaimProposer.propose(CORPUS, article("zh", text));

        assertThat(proposals).extracting(ClaimProposer.Proposal::subject, ClaimProposer.Proposal::type,
                ClaimProposer.Proposal::object, ClaimProposer.Proposal::title, ClaimProposer.Proposal::quote,
                ClaimProposer.Proposal::start, ClaimProposer.Proposal::end, ClaimProposer.Proposal::modality,
                ClaimProposer.Proposal::validFrom, ClaimProposer.Proposal::dateFrom).containsExactlyInAnyOrder(
                tuple("wu-zeming", "HOLDS_POSITION", "alibaba-group", "首席技术官", "阿里巴巴集团首席技术官吴泽明", 4, 18, "reported",
                        "2026-04", "sentence"),
                tuple("wu-zeming", "MEMBER_OF", "alibaba-partnership-committee", null, "吴泽明于2026年4月加入了合伙人委员会", 15, 35,
                        "reported", "2026-04", "sentence"),
                tuple("wu-yongming", "LEADS", "alibaba-cloud", null, "吴泳铭将负责阿里云", 36, 45, "forecast", null, null));
        assertThat(proposals).allSatisfy(p -> assertThat(QuoteLocator.slice(text, p.start(), p.end())).isEqualTo(p.quote()));
    }

    @Test
    void namesAreFoundInTheirCaseWidthOrderAndBracketedVariants() {
        List<Corpus.Entity> registry = List.of(
                new Corpus.Entity("li-feifei", "Person", null, "Li Feifei", List.of(), null, null, null, null),
                new Corpus.Entity("alibaba-cloud", "Organization", "business_unit", "Alibaba Cloud", List.of(), null, null, null, null),
                new Corpus.Entity("qwen", "Product", "model", "Qwen", List.of(), null, null, null, null),
                new Corpus.Entity("ant-group", "Organization", "company", "Ant", List.of(), null, null, null, null));
        String text = "ALIBABA CLOUD said Feifei Li (李飞飞) leads Ｑｗｅｎ work; 李飞飞's team ships qwen weekly, and no ant is Ant's.";

        List<MentionScanner.Match> found = MentionScanner.find(text, registry);

        assertThat(found).extracting(MentionScanner.Match::entityId, m -> text.substring(m.start(), m.end())).containsExactly(
                tuple("alibaba-cloud", "ALIBABA CLOUD"), // a heading's capitals
                tuple("li-feifei", "Feifei Li"), // the other name order
                tuple("li-feifei", "李飞飞"), // the form the article gives in brackets …
                tuple("qwen", "Ｑｗｅｎ"), // full width
                tuple("li-feifei", "李飞飞"), // … wherever it uses it, possessive or not
                tuple("ant-group", "Ant")); // one word in another case ("qwen", "ant") is a word, not the name
    }
}
