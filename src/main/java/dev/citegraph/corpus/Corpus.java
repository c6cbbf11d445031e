package dev.citegraph.corpus;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A corpus that passed every check: what the ingest writes, nothing more.
 *
 * @param fingerprint SHA-256 of every corpus file, to tell whether a graph already holds this corpus
 * @param warnings what the curation checks could not decide, each with its place and reason
 */
public record Corpus(
        List<Source> sources,
        List<Entity> entities,
        List<Claim> claims,
        List<Relationship> relationships,
        List<Mention> mentions,
        List<Conflict> conflicts,
        Ontology ontology,
        String fingerprint,
        List<CorpusProblem> warnings) {

    public Map<String, Source> sourcesById() {
        return sources.stream().collect(Collectors.toMap(Source::id, s -> s));
    }

    public Map<String, Entity> entitiesById() {
        return entities.stream().collect(Collectors.toMap(Entity::id, e -> e));
    }

    /**
     * The same corpus without its words: no article texts, no occurrence's words or sentence, no
     * claim's or citation's quote, note or review texts. Ids, statuses, stances, dates and every
     * offset stay. It is what is left to need after Neo4j's importer has written the graph's rows:
     * the conflicts are still to be written, and they cite claims by id and find entities by where
     * they are mentioned. At 5,000 articles the whole corpus was nine tenths of what a 512 MB heap
     * held live while they were written (about 240 of 335 MB), and the write spent most of its time
     * collecting garbage: 19 s, against 14 s with a 2 GB heap.
     */
    public Corpus withoutWords() {
        List<Source> bare = sources.stream().map(s -> new Source(s.id(), s.title(), s.site(), s.url(), s.author(),
                s.language(), s.publishedOn(), s.dateBasis(), s.dateNote(), s.originalFile(), null, s.status(),
                s.retractedOn(), s.retractedReason(), s.fingerprint())).toList();
        List<Mention> placed = mentions.stream().map(m -> new Mention(m.sourceId(), m.entityId(), m.occurrences().stream()
                .map(o -> new Occurrence(o.start(), o.end(), null, o.sentenceStart(), o.sentenceEnd(), null)).toList()))
                .toList();
        List<Claim> unquoted = claims.stream().map(c -> new Claim(c.id(), c.sourceId(), c.file(), c.line(), c.type(),
                c.subject(), c.object(), c.title(), c.spell(), c.validFrom(), c.validTo(), c.dateBasis(), c.roleStatus(),
                c.modality(), c.stance(), null, null, c.start(), c.end(), c.status(), null, null, null,
                c.relationshipId(), c.retractedOn(), null)).toList();
        List<Relationship> uncited = relationships.stream().map(r -> new Relationship(r.id(), r.type(), r.from(), r.to(),
                r.title(), r.spell(), r.validFrom(), r.validTo(), r.dateBasis(), r.status(), r.citations().stream()
                        .map(c -> new Citation(c.sourceId(), null, c.start(), c.end(), c.stance(), c.modality(), null,
                                c.claimId())).toList(), r.retracted())).toList();
        return new Corpus(bare, entities, unquoted, uncited, placed, conflicts, ontology, fingerprint, warnings);
    }

    /**
     * An article and what is known of its publication.
     *
     * @param status published, or retracted (then with the date and reason)
     * @param fingerprint SHA-256 of the article's entry in sources.yaml, its text and its claims file:
     *        the part of the corpus that is this article's alone
     */
    public record Source(String id, String title, String site, String url, String author, String language,
            PartialDate publishedOn, String dateBasis, String dateNote, String originalFile, String text,
            String status, PartialDate retractedOn, String retractedReason, String fingerprint) {

        public boolean retracted() {
            return "retracted".equals(status);
        }
    }

    /**
     * What one article states, in its own words: a relationship (type, subject, object, title…) or,
     * without them, words kept as evidence for a side of a conflict. Claim ids are written into the
     * corpus once and never reused.
     *
     * @param status the lifecycle: proposed, accepted or rejected as reviewed; retracted when its
     *        source is. Only accepted claims support relationships.
     * @param roleStatus current or former, when the article says so
     * @param relationshipId the relationship the claim is about, or null for evidence
     */
    public record Claim(String id, String sourceId, String file, int line, String type, String subject,
            String object, String title, String spell, PartialDate validFrom, PartialDate validTo, String dateBasis,
            String roleStatus, String modality, String stance, String note, String quote, int start, int end,
            String status, String reviewedBy, String reviewedOn, String reviewNote, String relationshipId,
            PartialDate retractedOn, String retractedReason) {

        public Citation citation() {
            return new Citation(sourceId, quote, start, end, stance, modality, note, id);
        }
    }

    /** A registry entry; events carry a cited date. */
    public record Entity(String id, String type, String kind, String name, List<String> aliases,
            String description, PartialDate date, String dateBasis, Citation dateCitation) {

        /** The keys every name of the entity is found by (see {@link NameKey}). */
        public List<String> nameKeys() {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream())
                    .map(NameKey::of).distinct().toList();
        }
    }

    /**
     * One relationship of the graph, merged from every claim that states (or disputes) it.
     *
     * @param spell the label that keeps separate periods of the same relationship apart, or null
     */
    public record Relationship(String id, String type, String from, String to, String title, String spell,
            PartialDate validFrom, PartialDate validTo, String dateBasis, String status, List<Citation> citations,
            boolean retracted) {
    }

    /**
     * The words of one source that support or dispute a relationship, at code-point offsets.
     *
     * @param modality asserted, reported, forecast or hypothetical
     * @param stance supports or disputes
     * @param claimId the claim these words belong to (null for an event's date)
     */
    public record Citation(String sourceId, String quote, int start, int end, String stance, String modality,
            String note, String claimId) {
    }

    /**
     * Where a source names an entity: each occurrence of one of its names, in text order. Empty
     * when only a claim of the source names the entity (the text refers to it indirectly).
     */
    public record Mention(String sourceId, String entityId, List<Occurrence> occurrences) {

        public Mention {
            occurrences = List.copyOf(occurrences);
        }

        public List<Integer> starts() {
            return occurrences.stream().map(Occurrence::start).toList();
        }

        public List<Integer> ends() {
            return occurrences.stream().map(Occurrence::end).toList();
        }
    }

    /**
     * One occurrence of a name: code-point offsets (end-exclusive) of the words as written, and of
     * the sentence around them, with both texts, so text[start:end] == words.
     */
    public record Occurrence(int start, int end, String words, int sentenceStart, int sentenceEnd, String sentence) {
    }

    /** A curated disagreement between sources (see corpus/README.md). */
    public record Conflict(String id, String description, boolean explainedByTime, List<ConflictSide> sides) {
    }

    /** One position in a conflict: the claims that take it and the relationships that express it. */
    public record ConflictSide(String summary, List<String> claimIds, List<String> relationships) {
    }
}
