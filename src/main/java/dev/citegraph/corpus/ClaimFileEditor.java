package dev.citegraph.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a reviewer's decision into the claims file that holds the claim, so the corpus stays the
 * record of every decision (a restart or a reload keeps it, a diff shows it to the next curator).
 * Only the review lines of that one claim change; comments and the rest of the file stay as they are.
 */
public final class ClaimFileEditor {

    private static final Pattern REVIEW_LINE = Pattern.compile("^\\s+(review|reviewedBy|reviewedOn|reviewNote):.*$");

    /** A change made to a file, which can be taken back if what follows it fails. */
    public record Edit(Path file, String before) {

        public void undo() {
            CorpusText.replace(file, before);
        }
    }

    private ClaimFileEditor() {
    }

    /**
     * @param file the claims file, relative to the corpus folder (the claim's {@code file})
     * @param review proposed, accepted or rejected
     */
    public static Edit recordReview(Path corpus, String file, String claimId, String review, String reviewedBy,
            String reviewedOn, String reviewNote) {
        Path path = corpus.resolve(file).normalize();
        if (!path.startsWith(corpus.normalize()) || !Files.isRegularFile(path)) {
            throw new IllegalArgumentException("claims file '" + file + "' not found in the corpus");
        }
        String before = CorpusText.read(path);
        List<String> lines = new ArrayList<>(List.of(before.split("\n", -1)));
        int start = lines.indexOf("  - id: " + claimId);
        if (start < 0) {
            throw new IllegalArgumentException("claim '" + claimId + "' is not in " + file);
        }
        int end = start + 1;
        while (end < lines.size() && lines.get(end).startsWith("    ")) {
            end++;
        }
        List<String> entry = new ArrayList<>(lines.subList(start, end));
        entry.removeIf(line -> REVIEW_LINE.matcher(line).matches());
        entry.add("    review: " + review);
        entry.add("    reviewedBy: " + CorpusText.quoted(reviewedBy));
        entry.add("    reviewedOn: \"" + reviewedOn + "\"");
        if (reviewNote != null && !reviewNote.isBlank()) {
            entry.add("    reviewNote: " + CorpusText.quoted(reviewNote));
        }
        lines.subList(start, end).clear();
        lines.addAll(start, entry);
        CorpusText.replace(path, String.join("\n", lines));
        return new Edit(path, before);
    }
}
