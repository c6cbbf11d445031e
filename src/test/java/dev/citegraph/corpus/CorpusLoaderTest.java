package dev.citegraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoaderTest {

    private static final String CLAIMS = "claims/chinanews-tongyi.yaml";

    @TempDir
    Path temp;

    @Test
    void theProjectsCorpusLoadsAndEveryCitationIsItsSourceTextAtItsOffsets() {
        Corpus corpus = CorpusLoader.load(CorpusCopy.REAL);
        Map<String, String> texts = corpus.sources().stream()
                .collect(Collectors.toMap(Corpus.Source::id, Corpus.Source::text));
        assertThat(corpus.sources()).hasSize(5);
        assertThat(corpus.relationships()).hasSizeGreaterThan(100);
        corpus.relationships().forEach(r -> r.citations().forEach(c -> {
            int[] cps = texts.get(c.sourceId()).codePoints().toArray();
            assertThat(new String(cps, c.start(), c.end() - c.start())).as(r.id()).isEqualTo(c.quote());
        }));
    }

    @Test
    void everySourceHasClaimsAndEveryClaimedEntityIsMentionedByItsSource() {
        Corpus corpus = CorpusLoader.load(CorpusCopy.REAL);
        Set<String> citing = corpus.relationships().stream().flatMap(r -> r.citations().stream())
                .map(Corpus.Citation::sourceId).collect(Collectors.toSet());
        assertThat(citing).containsExactlyInAnyOrderElementsOf(
                corpus.sources().stream().map(Corpus.Source::id).toList());
        Set<String> mentioned = new HashSet<>();
        corpus.mentions().forEach(m -> mentioned.add(m.sourceId() + "|" + m.entityId()));
        corpus.relationships().forEach(r -> r.citations().forEach(c -> {
            assertThat(mentioned).contains(c.sourceId() + "|" + r.from(), c.sourceId() + "|" + r.to());
        }));
    }

    @Test
    void aQuoteThatIsNotInItsArticleIsRefusedWithFileAndLine() {
        CorpusCopy copy = CorpusCopy.of(temp);
        int line = copy.replaceFirst(CLAIMS, "quote: \"", "quote: \"Alibaba never said this: ");
        CorpusException refused = refused(copy);
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(CLAIMS);
            assertThat(p.line()).isEqualTo(copy.entryStart(CLAIMS, line));
            assertThat(p.message()).startsWith("quote not found in the article");
        });
        assertThat(refused.getMessage()).contains(CLAIMS + ":" + copy.entryStart(CLAIMS, line) + ": quote not found");
    }

    @Test
    void anUnknownEntityIsRefused() {
        CorpusCopy copy = CorpusCopy.of(temp);
        int line = copy.replaceFirst(CLAIMS, "subject: ", "subject: no-such-person-");
        assertThat(refused(copy).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(copy.entryStart(CLAIMS, line));
            assertThat(p.message()).startsWith("unknown subject entity 'no-such-person-");
        });
    }

    @Test
    void aRelationshipBetweenTheWrongTypesIsRefused() {
        CorpusCopy copy = CorpusCopy.of(temp);
        int line = copy.append(CLAIMS,
                "  - id: chinanews-tongyi-901",
                "    subject: alibaba-technology-committee",
                "    type: REPORTS_TO",
                "    object: wu-yongming",
                "    quote: \"establishing a group-level Technology Committee chaired by CEO Wu Yongming (吴泳铭)\"");
        assertThat(refused(copy).problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).isEqualTo("REPORTS_TO cannot start at a Organization "
                    + "('alibaba-technology-committee'); it starts at [Person]");
        });
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        CorpusCopy copy = CorpusCopy.of(temp);
        copy.replaceFirst(CLAIMS, "type: ", "type: KNOWS_ABOUT_");
        copy.replaceFirst("claims/besthub-cto-role.yaml", "subject: ", "subject: nobody-");
        copy.append(CLAIMS, "  - id: chinanews-tongyi-901", "    subject: wu-zeming", "    type: LEADS", "    object: qwen",
                "    quote: \"text\"", "    validFrom: \"April 2026\"", "    colour: blue");
        CorpusException refused = refused(copy);
        Map<String, Long> perFile = refused.problems().stream()
                .collect(Collectors.groupingBy(CorpusProblem::file, Collectors.counting()));
        // conflicts.yaml may complain too, when a conflict names a relationship the broken claims stated.
        assertThat(perFile).containsKeys(CLAIMS, "claims/besthub-cto-role.yaml");
        assertThat(refused.problems()).extracting(CorpusProblem::message)
                .anyMatch(m -> m.startsWith("unknown relationship type 'KNOWS_ABOUT_"))
                .anyMatch(m -> m.startsWith("unknown subject entity 'nobody-"))
                .anyMatch(m -> m.contains("colour"));
    }

    @Test
    void aClaimIdUsedAgainInALaterFileIsRefusedThereNamingTheFirstPlace() {
        CorpusCopy copy = CorpusCopy.of(temp);
        String later = "claims/theplugg-tech-chief.yaml";
        int line = copy.replaceFirst(later, "id: theplugg-tech-chief-001", "id: besthub-cto-role-001");
        assertThat(refused(copy).problems()).filteredOn(p -> p.message().contains("already used"))
                .singleElement().satisfies(p -> {
                    assertThat(p.file()).isEqualTo(later);
                    assertThat(p.line()).isEqualTo(copy.entryStart(later, line));
                    assertThat(p.message()).isEqualTo("claim id 'besthub-cto-role-001' is already used at "
                            + "claims/besthub-cto-role.yaml:" + copy.entryStart("claims/besthub-cto-role.yaml",
                                    copy.read("claims/besthub-cto-role.yaml").indexOf("  - id: besthub-cto-role-001") + 1)
                            + "; claim ids are never reused");
                });
    }

    @Test
    void problemsAreListedFileByFileInFileOrderThoughTheFilesAreReadSideBySide() throws IOException {
        CorpusCopy copy = CorpusCopy.of(temp);
        List<String> files;
        try (var listed = Files.list(copy.root().resolve("claims"))) {
            files = listed.map(f -> "claims/" + f.getFileName()).sorted().toList();
        }
        files.forEach(f -> copy.replaceFirst(f, "subject: ", "subject: nobody-"));
        assertThat(refused(copy).problems()).extracting(CorpusProblem::file).filteredOn(files::contains)
                .containsAll(files).isSorted();
    }

    @Test
    void aRegistryLargerThanTheYamlParsersDefaultLimitLoads() throws IOException {
        // The registry of 5,000 articles is 3.7 MB; the parser's default refuses more than 3 M code points.
        CorpusCopy copy = CorpusCopy.of(temp);
        Path registry = copy.root().resolve("entities.yaml");
        String comments = ("# " + "注".repeat(1000) + "\n").repeat(4_000);
        Files.writeString(registry, comments + Files.readString(registry));

        assertThat(CorpusLoader.load(copy.root()).entities()).hasSameSizeAs(CorpusLoader.load(CorpusCopy.REAL).entities());
    }

    @Test
    void anAliasClaimedByTwoEntitiesIsRefused() {
        CorpusCopy copy = CorpusCopy.of(temp);
        int line = copy.append("entities.yaml", "- id: another-wu", "  type: Person", "  name: Another Wu",
                "  aliases: [\"wu  ZEMING\"]");
        // The curation checks also refuse the alias (no article writes it so) and the entity (nothing names it).
        assertThat(refused(copy).problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("entities.yaml");
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.message()).isEqualTo("name or alias 'wu  ZEMING' already belongs to 'wu-zeming'");
        });
    }

    @Test
    void malformedYamlIsRefusedWithItsLine() {
        CorpusCopy copy = CorpusCopy.of(temp);
        int line = copy.append(CLAIMS, "  - subject: [unclosed");
        CorpusProblem problem = refused(copy).problems().getFirst();
        assertThat(problem.file()).isEqualTo(CLAIMS);
        assertThat(problem.message()).startsWith("not valid YAML");
        assertThat(problem.line()).isGreaterThanOrEqualTo(line);
    }

    @Test
    void aBrokenArticleFileIsRefusedRatherThanMisread() throws Exception {
        CorpusCopy copy = CorpusCopy.of(temp);
        java.nio.file.Files.write(copy.root().resolve("sources/besthub-cto-role.txt"), new byte[] {'A', (byte) 0xC3});
        assertThat(refused(copy).problems()).extracting(CorpusProblem::message)
                .contains("article file 'sources/besthub-cto-role.txt' is not valid UTF-8");
    }

    @Test
    void theFingerprintFollowsTheFiles() {
        CorpusCopy copy = CorpusCopy.of(temp);
        Function<Path, String> print = p -> CorpusLoader.load(p).fingerprint();
        String before = print.apply(copy.root());
        assertThat(print.apply(CorpusCopy.REAL)).isEqualTo(before);
        copy.replaceFirst("entities.yaml", "description: ", "description: Edited. ");
        assertThat(print.apply(copy.root())).isNotEqualTo(before);
    }

    private static CorpusException refused(CorpusCopy copy) {
        CorpusException e = catchThrowableOfType(CorpusException.class, () -> CorpusLoader.load(copy.root()));
        assertThat(e).as("the corpus should be refused").isNotNull();
        return e;
    }
}
