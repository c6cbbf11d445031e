package dev.citegraph.corpus;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The shapes of the corpus files as written by curators, before any check. */
final class CorpusFiles {

    private CorpusFiles() {
    }

    record SourceEntry(@JsonProperty(required = true) String id, @JsonProperty(required = true) String file,
            String originalFile, @JsonProperty(required = true) String title, String site, String url,
            String author, String language, String publishedOn, String dateBasis, String dateNote,
            String status, RetractionEntry retracted) {
    }

    /** A source withdrawn from the graph: when and why. Its claims stay, marked retracted. */
    record RetractionEntry(@JsonProperty(required = true) String on, @JsonProperty(required = true) String reason) {
    }

    record CitationEntry(@JsonProperty(required = true) String source, @JsonProperty(required = true) String quote,
            Integer occurrence) {
    }

    record EntityEntry(@JsonProperty(required = true) String id, @JsonProperty(required = true) String type,
            String kind, @JsonProperty(required = true) String name, List<String> aliases, String description,
            String date, String dateBasis, CitationEntry dateCitation, List<OtherName> otherNames, String note) {

        List<String> aliasList() {
            return aliases == null ? List.of() : aliases;
        }

        List<OtherName> otherNameList() {
            return otherNames == null ? List.of() : otherNames;
        }

        /** Every name lookups find the entity by: aliases the articles use, then the other names. */
        List<String> allAliases() {
            return java.util.stream.Stream.concat(aliasList().stream(), otherNameList().stream().map(OtherName::name))
                    .toList();
        }
    }

    /**
     * A name of an entity that no article uses, kept so that lookups find it: its form (translation,
     * external or spelling) and the basis for it, which a reader can check.
     */
    record OtherName(@JsonProperty(required = true) String name, @JsonProperty(required = true) String form,
            @JsonProperty(required = true) String basis) {
    }

    /**
     * A claim as written: a relationship and the words that state it, or (without subject, type and
     * object) words kept as evidence for a side of a conflict. {@code review} is its lifecycle status
     * (accepted when absent), {@code status} whether the relationship is current or former. A proposal
     * also says which rule made it ({@code proposedBy}), and how sure it is ({@code confidence}); the graph ignores
     * these two. {@code dateDerived: article} marks a date taken from the article's publication date
     * rather than from the claim's own words (see CurationChecks).
     */
    record ClaimEntry(@JsonProperty(required = true) String id, String subject, String type, String object,
            String title, @JsonProperty(required = true) String quote, Integer occurrence, String validFrom,
            String validTo, String dateBasis, String status, String modality, String stance, String spell,
            String note, String review, String reviewedBy, String reviewedOn, String reviewNote,
            String proposedBy, Double confidence, String dateDerived) {
    }

    record ConflictEntry(@JsonProperty(required = true) String id, @JsonProperty(required = true) String description,
            boolean explainedByTime, @JsonProperty(required = true) List<SideEntry> sides) {
    }

    record SideEntry(@JsonProperty(required = true) String summary, List<String> claims,
            List<String> relationships) {
    }
}
