package dev.citegraph.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Review edits change only the lines they must, and each can be taken back exactly. */
class ReviewEditsTest {

    @TempDir
    Path corpus;

    @Test
    void anEditReplacesTheFieldsItNamesKeepsTheOthersAndUndoesExactly() throws IOException {
        String before = """
                source: a
                # a comment
                claims:
                  - id: a-001
                    subject: qwen
                    type: COMPETES_WITH
                    object: deepseek
                    quote: "Qwen competes"
                    occurrence: 2
                    review: proposed
                    note: "Proposed by the cue rule, confidence 0.8; check."
                  - id: a-002
                    subject: x
                    type: LEADS
                    object: y
                    quote: "other"
                """;
        Files.createDirectories(corpus.resolve("claims"));
        Files.writeString(corpus.resolve("claims/a.yaml"), before, StandardCharsets.UTF_8);
        Map<String, String> changes = new LinkedHashMap<>();
        changes.put("quote", "Qwen competes with \"DeepSeek\"");
        changes.put("occurrence", "");
        changes.put("title", "rival");

        ClaimFileEditor.Edit edit = ReviewEdits.editClaim(corpus, "claims/a.yaml", "a-001", changes);

        String after = Files.readString(corpus.resolve("claims/a.yaml"));
        assertThat(after).contains("""
                  - id: a-001
                    subject: qwen
                    type: COMPETES_WITH
                    object: deepseek
                    title: "rival"
                    quote: "Qwen competes with \\"DeepSeek\\""
                    review: proposed
                    note: "Proposed by the cue rule, confidence 0.8; check."
                  - id: a-002
                    subject: x
                """).contains("# a comment").doesNotContain("occurrence");
        edit.undo();
        assertThat(Files.readString(corpus.resolve("claims/a.yaml"))).isEqualTo(before);
    }

    @Test
    void aMergeAddsOnlyNewFormsToTheAliasLineAndACandidateLeavesItsFile() throws IOException {
        Files.writeString(corpus.resolve("entities.yaml"), """
                - id: jack-ma
                  type: Person
                  name: Jack Ma
                  aliases: [马云, Ma Yun]
                - id: other
                  type: Person
                  name: Other
                """, StandardCharsets.UTF_8);
        Corpus.Entity jackMa = new Corpus.Entity("jack-ma", "Person", null, "Jack Ma", List.of("马云", "Ma Yun"), null, null, null, null);

        ReviewEdits.addAliases(corpus, jackMa, List.of("Ma Jack", "ma yun", "马小云"));

        assertThat(Files.readString(corpus.resolve("entities.yaml")))
                .contains("  aliases: [\"马云\", \"Ma Yun\", \"Ma Jack\", \"马小云\"]\n- id: other");

        Files.createDirectories(corpus.resolve("proposals"));
        Files.writeString(corpus.resolve("proposals/a.entities.yaml"), """
                source: a
                candidates:
                  - name: "Ma Jack"
                    type: unknown
                    forms: ["Ma Jack", "马小云"]
                    aliasOf: jack-ma
                    at: 40
                  - name: "Zhang Wei"
                    type: Person
                    forms: ["Zhang Wei"]
                """, StandardCharsets.UTF_8);
        assertThat(ReviewEdits.candidate(corpus, "a", "Ma Jack").aliasOf()).isEqualTo("jack-ma");
        ReviewEdits.dropCandidate(corpus, "a", "Ma Jack");
        assertThat(ReviewEdits.candidates(corpus, "a")).extracting(ReviewEdits.Candidate::name).containsExactly("Zhang Wei");
    }
}
