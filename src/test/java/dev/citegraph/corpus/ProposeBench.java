package dev.citegraph.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * Leave one article out: how close the deterministic proposer comes to what curators wrote for
 * each of the real articles. Measured, not asserted, and so named that {@code ./mvnw verify} leaves
 * it out; {@code bench/propose} runs it and writes {@code target/bench/propose.md}.
 *
 * <p>Two steps, as a curator meets a new article. First the article is new: the registry loses the
 * entities only it names and the aliases no other article uses; the proposer's mentions are compared
 * with the curated ones (entity and code-point offsets), and the entities it lost must come back as
 * candidates. Then, the curator having added those entities, the article's claims are removed and
 * proposed again; proposals are compared with the curated claims on (subject, type, object).
 */
class ProposeBench {

    record Row(String article, int words, int curatedMentions, int proposedMentions, int mentionHits, int mentionsRight,
            int newEntities, int candidatesFound, int candidates, int curatedClaims, int proposedClaims, int claimHits,
            int exactQuotes, long millis) {
    }

    @Test
    void leaveOneOut() throws IOException {
        Corpus full = CorpusLoader.load(CorpusCopy.REAL);
        List<Row> rows = new ArrayList<>();
        for (Corpus.Source source : full.sources()) {
            rows.add(measure(full, source));
        }
        StringBuilder table = new StringBuilder("""
                | article | words | mention recall | mention precision | new-entity candidate recall | candidates | claim recall | claim precision | quote exactness | ms |
                |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|
                """);
        rows.forEach(r -> table.append(line(r)));
        table.append(line(rows.stream().reduce(new Row("**total**", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), ProposeBench::sum)));
        table.append("\n").append(timeALongArticle(full)).append('\n');
        Path out = Path.of("target", "bench", "propose.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
        System.out.println(table);
    }

    private static Row measure(Corpus full, Corpus.Source source) {
        String text = source.text();
        Map<String, Set<String>> sourcesNaming = full.mentions().stream().collect(Collectors.groupingBy(
                Corpus.Mention::entityId, Collectors.mapping(Corpus.Mention::sourceId, Collectors.toSet())));
        List<Corpus.Entity> onlyHere = full.entities().stream()
                .filter(e -> sourcesNaming.getOrDefault(e.id(), Set.of()).equals(Set.of(source.id()))).toList();
        List<Corpus.Entity> registry = full.entities().stream().filter(e -> !onlyHere.contains(e))
                .map(e -> withAliasesUsedElsewhere(e, full, source)).toList();
        Set<String> inRegistry = registry.stream().map(Corpus.Entity::id).collect(Collectors.toSet());

        // Step 1: the article is new.
        Set<String> curatedMentions = new HashSet<>();
        full.mentions().stream().filter(m -> m.sourceId().equals(source.id()) && inRegistry.contains(m.entityId()))
                .forEach(m -> {
                    for (int i = 0; i < m.starts().size(); i++) {
                        curatedMentions.add(m.entityId() + "@" + m.starts().get(i) + "-" + m.ends().get(i));
                    }
                });
        Set<String> proposedMentions = MentionScanner.find(text, registry).stream()
                .map(m -> m.entityId() + "@" + text.codePointCount(0, m.start()) + "-" + text.codePointCount(0, m.end()))
                .collect(Collectors.toSet());
        if (Boolean.getBoolean("bench.misses")) {
            curatedMentions.stream().filter(m -> overlapping(Set.of(m), proposedMentions) == 0).sorted()
                    .forEach(m -> System.out.println("missed mention " + source.id() + " " + m + " " + span(text, m)));
            proposedMentions.stream().filter(m -> overlapping(Set.of(m), curatedMentions) == 0).sorted()
                    .forEach(m -> System.out.println("extra mention " + source.id() + " " + m + " " + span(text, m)));
        }
        Corpus newArticle = with(full, registry, List.of());
        List<EntityCandidates.Candidate> candidates = EntityCandidates.find(newArticle, text);
        Set<String> candidateKeys = candidates.stream().flatMap(c -> c.forms().stream()).map(NameKey::of)
                .collect(Collectors.toSet());
        int proposedRight = overlapping(proposedMentions, curatedMentions);
        int found = (int) onlyHere.stream().filter(e -> e.nameKeys().stream().anyMatch(candidateKeys::contains)).count();

        // Step 2: the curator added its entities; its claims are proposed again.
        List<Corpus.Claim> others = full.claims().stream().filter(c -> !c.sourceId().equals(source.id())).toList();
        Corpus curatedRegistry = with(full, full.entities(), others);
        long started = System.nanoTime();
        List<ClaimProposer.Proposal> proposals = ClaimProposer.propose(curatedRegistry, source);
        long millis = (System.nanoTime() - started) / 1_000_000;
        Set<String> curatedClaims = full.claims().stream()
                .filter(c -> c.sourceId().equals(source.id()) && c.type() != null && "accepted".equals(c.status()))
                .map(c -> c.subject() + "|" + c.type() + "|" + c.object()).collect(Collectors.toSet());
        Set<String> proposedClaims = proposals.stream().map(p -> p.subject() + "|" + p.type() + "|" + p.object())
                .collect(Collectors.toSet());
        if (Boolean.getBoolean("bench.misses")) {
            curatedClaims.stream().filter(c -> !proposedClaims.contains(c)).sorted()
                    .forEach(c -> System.out.println("missed claim " + source.id() + " " + c));
            proposals.stream().filter(p -> !curatedClaims.contains(p.subject() + "|" + p.type() + "|" + p.object()))
                    .forEach(p -> System.out.println("extra claim " + source.id() + " " + p.subject() + "|" + p.type() + "|"
                            + p.object() + " «" + p.quote() + "» " + p.rule()));
            onlyHere.stream().filter(e -> e.nameKeys().stream().noneMatch(candidateKeys::contains))
                    .forEach(e -> System.out.println("missed candidate " + source.id() + " " + e.name() + " " + e.aliases()));
            candidates.forEach(c -> System.out.println("candidate " + source.id() + " " + c.name() + " " + c.forms()));
        }
        int exact = (int) proposals.stream()
                .filter(p -> QuoteLocator.slice(text, p.start(), p.end()).equals(p.quote())).count();
        return new Row(source.id(), text.split("\\s+").length, curatedMentions.size(), proposedMentions.size(),
                overlapping(curatedMentions, proposedMentions), proposedRight, onlyHere.size(), found, candidates.size(),
                curatedClaims.size(), proposedClaims.size(), intersection(curatedClaims, proposedClaims), exact == proposals.size()
                        ? proposedClaims.size() : -1, millis);
    }

    private static String span(String text, String mention) {
        String[] at = mention.substring(mention.indexOf('@') + 1).split("-");
        return "«" + QuoteLocator.slice(text, Integer.parseInt(at[0]), Integer.parseInt(at[1])) + "»";
    }

    /** A new article's words are not yet in the registry: keep the aliases some other article uses. */
    private static Corpus.Entity withAliasesUsedElsewhere(Corpus.Entity e, Corpus full, Corpus.Source left) {
        List<String> aliases = e.aliases().stream().filter(a -> full.sources().stream()
                .anyMatch(s -> s != left && s.text().contains(a))).toList();
        return new Corpus.Entity(e.id(), e.type(), e.kind(), e.name(), aliases, e.description(), e.date(), e.dateBasis(),
                e.dateCitation());
    }

    private static Corpus with(Corpus full, List<Corpus.Entity> entities, List<Corpus.Claim> claims) {
        return new Corpus(full.sources(), entities, claims, List.of(), List.of(), List.of(), full.ontology(), "bench", List.of());
    }

    /** The five articles one after another until 5,000 words, proposed as one article: the time a long article takes. */
    private static String timeALongArticle(Corpus full) {
        StringBuilder text = new StringBuilder();
        while (text.toString().split("\\s+").length < 5000) {
            for (Corpus.Source s : full.sources()) {
                text.append(s.text()).append("\n\n");
            }
        }
        java.util.regex.Matcher word = java.util.regex.Pattern.compile("\\S+").matcher(text);
        for (int i = 0; i < 5000; i++) {
            word.find();
        }
        String words = text.substring(0, word.end()); // 5,000 words, lines and paragraphs as the articles have them
        Corpus.Source longOne = new Corpus.Source("long", "long", null, null, null, "en", null, null, null, null, words,
                "published", null, null, null);
        List<String> times = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        int proposed = 0;
        for (int i = 0; i < 9; i++) {
            long started = System.nanoTime();
            proposed = ClaimProposer.propose(full, longOne).size();
            long claims = System.nanoTime();
            EntityCandidates.find(full, words);
            long names = System.nanoTime();
            totals.add((names - started) / 1_000_000);
            times.add("%d ms (claims %d, names %d)".formatted((names - started) / 1_000_000, (claims - started) / 1_000_000,
                    (names - claims) / 1_000_000));
        }
        List<Long> sorted = totals.stream().sorted().toList();
        return "A 5,000-word article (the five articles one after another), claims and new-entity candidates proposed "
                + "nine times: median " + sorted.get(4) + " ms, slowest " + sorted.getLast() + " ms (" + String.join(", ", times)
                + "; the first run is cold). " + proposed + " claims proposed.";
    }

    /**
     * How many of {@code these} mentions overlap one of {@code those} of the same entity: the name was
     * found, though one side may have taken more words ("Alibaba Group Holding", "Alibaba Group").
     */
    private static int overlapping(Set<String> these, Set<String> those) {
        return (int) these.stream().filter(m -> those.stream().anyMatch(o -> overlap(m, o))).count();
    }

    private static boolean overlap(String a, String b) {
        String[] x = a.split("[@-]"), y = b.split("[@-]");
        int n = x.length, k = y.length;
        return a.substring(0, a.lastIndexOf('@')).equals(b.substring(0, b.lastIndexOf('@')))
                && Integer.parseInt(x[n - 2]) < Integer.parseInt(y[k - 1]) && Integer.parseInt(y[k - 2]) < Integer.parseInt(x[n - 1]);
    }

    private static int intersection(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both.size();
    }

    private static Row sum(Row a, Row b) {
        return new Row(a.article(), a.words() + b.words(), a.curatedMentions() + b.curatedMentions(),
                a.proposedMentions() + b.proposedMentions(), a.mentionHits() + b.mentionHits(), a.mentionsRight() + b.mentionsRight(),
                a.newEntities() + b.newEntities(), a.candidatesFound() + b.candidatesFound(), a.candidates() + b.candidates(),
                a.curatedClaims() + b.curatedClaims(), a.proposedClaims() + b.proposedClaims(), a.claimHits() + b.claimHits(),
                a.exactQuotes() < 0 || b.exactQuotes() < 0 ? -1 : a.exactQuotes() + b.exactQuotes(), a.millis() + b.millis());
    }

    private static String line(Row r) {
        return "| %s | %d | %s (%d/%d) | %s | %s (%d/%d) | %d | %s (%d/%d) | %s | %s | %d |\n".formatted(r.article(), r.words(),
                ratio(r.mentionHits(), r.curatedMentions()), r.mentionHits(), r.curatedMentions(),
                ratio(r.mentionsRight(), r.proposedMentions()),
                ratio(r.candidatesFound(), r.newEntities()), r.candidatesFound(), r.newEntities(), r.candidates(),
                ratio(r.claimHits(), r.curatedClaims()), r.claimHits(), r.curatedClaims(),
                ratio(r.claimHits(), r.proposedClaims()) + " of " + r.proposedClaims(),
                r.exactQuotes() < 0 ? "**not exact**" : "100%", r.millis());
    }

    private static String ratio(int part, int whole) {
        return whole == 0 ? "–" : "%.2f".formatted((double) part / whole);
    }
}
