package dev.citegraph.corpus;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every occurrence of every name is kept with its words and its sentence, at code-point offsets that cut them out of the article. */
class MentionScannerTest {

    private static String cut(String text, int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    @Test
    void everyOccurrenceIsItsWordsInsideItsSentenceAtItsOffsets() {
        Corpus corpus = CorpusLoader.load(CorpusCopy.REAL);
        Map<String, String> texts = corpus.sources().stream().collect(Collectors.toMap(Corpus.Source::id, Corpus.Source::text));
        Map<String, Corpus.Entity> entities = corpus.entitiesById();
        int occurrences = 0;
        for (Corpus.Mention m : corpus.mentions()) {
            String text = texts.get(m.sourceId());
            Corpus.Entity entity = entities.get(m.entityId());
            List<String> names = new java.util.ArrayList<>(entity.aliases());
            names.add(entity.name());
            for (Corpus.Occurrence o : m.occurrences()) {
                assertThat(cut(text, o.start(), o.end())).isEqualTo(o.words()).isIn(names);
                assertThat(cut(text, o.sentenceStart(), o.sentenceEnd())).isEqualTo(o.sentence());
                assertThat(o.sentenceStart()).isLessThanOrEqualTo(o.start());
                assertThat(o.sentenceEnd()).isGreaterThanOrEqualTo(o.end());
                assertThat(o.sentence()).isEqualTo(o.sentence().strip()).doesNotContain("\n");
                occurrences++;
            }
        }
        assertThat(occurrences).isGreaterThan(200);
    }

    @Test
    void aCorpusWithoutWordsKeepsEveryIdOffsetAndStatus() {
        Corpus corpus = CorpusLoader.load(CorpusCopy.REAL);
        Corpus bare = corpus.withoutWords();
        assertThat(bare.sources()).allMatch(s -> s.text() == null)
                .extracting(Corpus.Source::id).isEqualTo(corpus.sources().stream().map(Corpus.Source::id).toList());
        assertThat(bare.mentions()).hasSameSizeAs(corpus.mentions());
        for (int i = 0; i < corpus.mentions().size(); i++) {
            Corpus.Mention m = corpus.mentions().get(i);
            Corpus.Mention b = bare.mentions().get(i);
            assertThat(List.of(b.sourceId(), b.entityId(), b.starts(), b.ends()))
                    .isEqualTo(List.of(m.sourceId(), m.entityId(), m.starts(), m.ends()));
            assertThat(b.occurrences()).allMatch(o -> o.sentence() == null && o.words() == null);
        }
        assertThat(bare.claims()).allMatch(c -> c.quote() == null && c.note() == null)
                .extracting(c -> List.of(c.id(), c.sourceId(), c.start(), c.end(), c.status(), String.valueOf(c.stance()),
                        String.valueOf(c.relationshipId())))
                .isEqualTo(corpus.claims().stream().map(c -> List.of(c.id(), c.sourceId(), c.start(), c.end(), c.status(),
                        String.valueOf(c.stance()), String.valueOf(c.relationshipId()))).toList());
        assertThat(bare.relationships()).extracting(r -> r.id() + " " + r.from() + " " + r.to() + " " + r.retracted() + " "
                + r.citations().stream().map(c -> c.claimId() + ":" + c.stance() + ":" + c.quote()).toList())
                .isEqualTo(corpus.relationships().stream().map(r -> r.id() + " " + r.from() + " " + r.to() + " "
                        + r.retracted() + " " + r.citations().stream().map(c -> c.claimId() + ":" + c.stance() + ":null")
                        .toList()).toList());
        assertThat(List.of(bare.entities(), bare.conflicts(), bare.fingerprint()))
                .isEqualTo(List.of(corpus.entities(), corpus.conflicts(), corpus.fingerprint()));
    }

    @Test
    void aChineseAliasIsFoundInItsSentence() {
        Corpus corpus = CorpusLoader.load(CorpusCopy.REAL);
        Corpus.Occurrence chinese = corpus.mentions().stream()
                .filter(m -> m.entityId().equals("wu-zeming") && m.sourceId().equals("chinanews-tongyi"))
                .flatMap(m -> m.occurrences().stream()).filter(o -> o.words().equals("吴泽明")).findFirst().orElseThrow();
        assertThat(chinese.sentence()).contains("Wu Zeming (吴泽明)");
    }
}
