package dev.citegraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;

import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each curation check, proven by a copy of the corpus broken on purpose in the way it catches. */
class CurationChecksTest {

    private static final String CHINANEWS = "claims/chinanews-tongyi.yaml";
    private static final String PLUGG = "claims/theplugg-tech-chief.yaml";
    private static final String ENTITIES = "entities.yaml";

    @TempDir
    Path temp;

    @Test
    void theProjectsCorpusPassesEveryCheckAndEachWarningSaysWhereAndWhy() {
        Corpus corpus = CorpusLoader.load(CorpusCopy.REAL);
        assertThat(corpus.warnings()).allSatisfy(w -> {
            assertThat(w.file()).isNotBlank();
            assertThat(w.line()).isPositive();
            assertThat(w.message()).contains(":");
        });
    }

    @Test
    void aDisputeOfARelationshipNoSourceStatesIsRefused() {
        CorpusCopy copy = CorpusCopy.of(temp);
        int line = copy.append(CHINANEWS,
                "  - id: chinanews-tongyi-901",
                "    subject: wu-zeming",
                "    type: CHAIRS",
                "    object: alibaba-technology-committee",
                "    stance: disputes",
                "    quote: \"chaired by CEO Wu Yongming (吴泳铭). Members include Zhou Jingren (周靖人)\"",
                "    modality: reported");
        refusedWith(copy, CHINANEWS, line, "claim chinanews-tongyi-901 disputes "
                + "wu-zeming:CHAIRS:alibaba-technology-committee, which no accepted claim in any source states");
    }

    @Test
    void aDisputeWhoseWordsDoNotNameItsSubjectIsRefused() {
        CorpusCopy copy = CorpusCopy.of(temp);
        int line = copy.append(CHINANEWS,
                "  - id: chinanews-tongyi-901",
                "    subject: wu-yongming",
                "    type: CHAIRS",
                "    object: alibaba-technology-committee",
                "    stance: disputes",
                "    quote: \"Members include Zhou Jingren (周靖人)\"");
        refusedWith(copy, CHINANEWS, line, "claim chinanews-tongyi-901 disputes "
                + "wu-yongming:CHAIRS:alibaba-technology-committee with words that do not name wu-yongming");
    }

    @Test
    void aDateBorrowedFromAnotherArticleIsRefused() {
        CorpusCopy copy = CorpusCopy.of(temp);
        int line = copy.append(PLUGG,
                "  - id: theplugg-tech-chief-901",
                "    subject: wu-yongming",
                "    type: HOLDS_POSITION",
                "    object: alibaba-group",
                "    title: CEO",
                "    quote: \"CEO Eddie Wu Yongming\"",
                "    validFrom: \"2023\"");
        refusedWith(copy, PLUGG, line, "validFrom 2023: theplugg-tech-chief states no year 2023; a date taken from "
                + "the article's own publication date is marked dateDerived: article");
    }

    @Test
    void aDateMarkedDerivedMustBeTheArticlesOwnDate() {
        CorpusCopy copy = CorpusCopy.of(temp);
        int line = copy.append(PLUGG,
                "  - id: theplugg-tech-chief-901",
                "    subject: alibaba-group",
                "    type: FOUNDED",
                "    object: alibaba-token-hub",
                "    quote: \"Alibaba recently established the Alibaba Token Hub business unit\"",
                "    validFrom: \"2026-03\"",
                "    dateDerived: article");
        refusedWith(copy, PLUGG, line, "validFrom 2026-03 is marked dateDerived: article, but its month March is not "
                + "in the article's publication date (2026-04)");
    }

    @Test
    void anAliasNoArticleUsesIsRefusedUnlessItIsAnOtherNameWithItsBasis() {
        CorpusCopy copy = CorpusCopy.of(temp);
        int line = copy.replaceFirst(ENTITIES, "aliases: [吴泽明]", "aliases: [吴泽明, Ze-ming Wu]");
        refusedWith(copy, ENTITIES, copy.entryStart(ENTITIES, line),
                "alias 'Ze-ming Wu' of 'wu-zeming' appears in no article; remove it, or move it to otherNames");

        copy.replaceFirst(ENTITIES, "aliases: [吴泽明, Ze-ming Wu]", "aliases: []");
        int other = copy.replaceFirst(ENTITIES, "  otherNames:", "  otherNames:\n    - {name: 吴泽明, form: guess, basis: \"\"}");
        CorpusException refused = catchThrowableOfType(CorpusException.class, () -> CorpusLoader.load(copy.root()));
        assertThat(refused.problems()).extracting(CorpusProblem::message).containsExactlyInAnyOrder(
                "otherNames '吴泽明': form must be one of [external, spelling, translation]",
                "otherNames '吴泽明' needs a basis: where the name comes from");

        copy.replaceFirst(ENTITIES, "form: guess, basis: \"\"", "form: translation, basis: \"Chinese name\"");
        assertThat(CorpusLoader.load(copy.root()).warnings()).anySatisfy(at(ENTITIES, copy.entryStart(ENTITIES, other),
                "otherNames '吴泽明' appears in chinanews-tongyi; list it under aliases"));
    }

    @Test
    void anEntityWithNoClaimsThatNoArticleNamesIsRefused() {
        CorpusCopy copy = CorpusCopy.of(temp);
        int line = copy.append(ENTITIES,
                "- id: nobody-here",
                "  type: Person",
                "  name: Nobody Named Here",
                "  aliases: []",
                "  description: A person no article names.");
        refusedWith(copy, ENTITIES, line, "entity 'nobody-here' has no claims and no article names it; remove it");
    }

    @Test
    void aClaimInASentenceAttributedToAnOutletOrToInsidersMustBeReported() {
        CorpusCopy copy = CorpusCopy.of(temp);
        // The first claim of each file that is marked reported: ChinaCrunch relays the South China Morning
        // Post; BestHub's is "According to insiders".
        int crunch = copy.replaceFirst("claims/chinacrunch-wu-zeming.yaml", "    modality: reported", "    note: unmarked");
        int besthub = copy.replaceFirst("claims/besthub-cto-role.yaml", "    modality: reported", "    note: unmarked");
        CorpusException refused = catchThrowableOfType(CorpusException.class, () -> CorpusLoader.load(copy.root()));
        assertThat(refused.problems()).anySatisfy(at("claims/chinacrunch-wu-zeming.yaml",
                copy.entryStart("claims/chinacrunch-wu-zeming.yaml", crunch),
                "is in a sentence attributed to South China Morning Post"));
        assertThat(refused.problems()).anySatisfy(at("claims/besthub-cto-role.yaml",
                copy.entryStart("claims/besthub-cto-role.yaml", besthub),
                "is in a sentence attributed to 'According to'"));
    }

    @Test
    void aSentenceThatMayBeSomeoneElsesWordsIsAWarningNotAPass() {
        CorpusCopy copy = CorpusCopy.of(temp);
        int line = copy.append(PLUGG,
                "  - id: theplugg-tech-chief-901",
                "    subject: wu-zeming",
                "    type: LEADS",
                "    object: qwen",
                "    quote: \"support the Tongyi Qwen large language models\"");
        Corpus corpus = CorpusLoader.load(copy.root());
        assertThat(corpus.warnings()).anySatisfy(at(PLUGG, line,
                "claim theplugg-tech-chief-901 is in a sentence with 'suggests'"));
    }

    @Test
    void wordsThatNameNeitherEndOfTheirRelationshipAreAWarning() {
        CorpusCopy copy = CorpusCopy.of(temp);
        int line = copy.append(CHINANEWS,
                "  - id: chinanews-tongyi-901",
                "    subject: wu-zeming",
                "    type: LEADS",
                "    object: alibaba-token-hub",
                "    quote: \"an organizational push to build token-related capabilities\"");
        assertThat(CorpusLoader.load(copy.root()).warnings()).anySatisfy(at(CHINANEWS, line,
                "claim chinanews-tongyi-901 states wu-zeming:LEADS:alibaba-token-hub in words that name neither end"));
    }

    @Test
    void aConflictWhoseSidesCiteTheSameClaimIsRefused() {
        CorpusCopy copy = CorpusCopy.of(temp);
        int line = copy.append("conflicts.yaml",
                "",
                "- id: same-words-both-ways",
                "  description: One claim on both sides.",
                "  explainedByTime: false",
                "  sides:",
                "    - summary: One.",
                "      claims: [besthub-cto-role-019, besthub-cto-role-020]",
                "    - summary: Other.",
                "      claims: [besthub-cto-role-020]");
        refusedWith(copy, "conflicts.yaml", line + 1, "conflict 'same-words-both-ways': sides 1 and 2 both cite claim "
                + "besthub-cto-role-020");
    }

    private static void refusedWith(CorpusCopy copy, String file, int line, String message) {
        CorpusException refused = catchThrowableOfType(CorpusException.class, () -> CorpusLoader.load(copy.root()));
        assertThat(refused).as("the corpus should be refused").isNotNull();
        assertThat(refused.problems()).singleElement().satisfies(at(file, line, message));
    }

    private static ThrowingConsumer<CorpusProblem> at(String file, int line, String message) {
        return p -> {
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).contains(message);
        };
    }
}
