package dev.citegraph.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.citegraph.corpus.CorpusFiles.CitationEntry;
import dev.citegraph.corpus.CorpusFiles.ConflictEntry;
import dev.citegraph.corpus.CorpusFiles.SideEntry;

/** Reads the curated conflicts: each side's quotes must be in their articles, each named relationship in the graph. */
final class CuratedConflicts {

    private final Map<String, Corpus.Source> sources;
    private final Set<String> relationshipIds = new HashSet<>();
    private final List<CorpusProblem> problems;

    CuratedConflicts(Map<String, Corpus.Source> sources, List<Corpus.Relationship> relationships,
            List<CorpusProblem> problems) {
        this.sources = sources;
        relationships.forEach(r -> relationshipIds.add(r.id()));
        this.problems = problems;
    }

    List<Corpus.Conflict> read(Path root, String file) {
        if (!Files.exists(root.resolve(file))) {
            return List.of();
        }
        List<Corpus.Conflict> conflicts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (YamlDocument.Item item : YamlDocument.read(root, file, null, problems).items()) {
            ConflictEntry entry = YamlDocument.bind(file, item, ConflictEntry.class, problems);
            if (entry == null) {
                continue;
            }
            Problems at = new Problems(file, item.line(), problems);
            if (!ids.add(entry.id())) {
                at.add("duplicate conflict id '" + entry.id() + "'");
            }
            if (entry.sides().size() < 2) {
                at.add("a conflict needs at least two sides");
            }
            List<Corpus.ConflictSide> sides = new ArrayList<>();
            for (SideEntry side : entry.sides()) {
                sides.add(side(side, at));
            }
            conflicts.add(new Corpus.Conflict(entry.id(), entry.description(), entry.explainedByTime(), sides));
        }
        return conflicts;
    }

    private Corpus.ConflictSide side(SideEntry side, Problems at) {
        List<Corpus.Citation> citations = new ArrayList<>();
        for (CitationEntry c : side.citations() == null ? List.<CitationEntry>of() : side.citations()) {
            Corpus.Citation citation = CorpusLoader.cite(c, sources, at);
            if (citation != null) {
                citations.add(citation);
            }
        }
        List<String> relationships = side.relationships() == null ? List.of() : side.relationships();
        for (String id : relationships) {
            if (!relationshipIds.contains(id)) {
                at.add("side '" + side.summary() + "' names relationship '" + id + "', which no claim states");
            }
        }
        if (citations.isEmpty() && relationships.isEmpty()) {
            at.add("side '" + side.summary() + "' has no evidence: give citations or relationships");
        }
        return new Corpus.ConflictSide(side.summary(), citations, relationships);
    }
}
