package dev.citegraph.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.citegraph.corpus.CorpusFiles.ConflictEntry;
import dev.citegraph.corpus.CorpusFiles.SideEntry;

/**
 * Reads the curated conflicts: each side names the claims that take it (by id) and the
 * relationships that express it; every one must exist. A side that names no claims takes the
 * accepted claims supporting its relationships.
 */
final class CuratedConflicts {

    private final Map<String, Corpus.Claim> claims;
    private final Map<String, Corpus.Relationship> relationships;
    private final List<CorpusProblem> problems;
    private final Map<String, Integer> lines = new java.util.HashMap<>();

    CuratedConflicts(Map<String, Corpus.Claim> claims, Map<String, Corpus.Relationship> relationships,
            List<CorpusProblem> problems) {
        this.claims = claims;
        this.relationships = relationships;
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
            lines.putIfAbsent(entry.id(), item.line());
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

    /** The line each conflict starts on, for the checks that run once every conflict is read. */
    Map<String, Integer> lines() {
        return lines;
    }

    private Corpus.ConflictSide side(SideEntry side, Problems at) {
        List<String> named = side.claims() == null ? List.of() : side.claims();
        List<String> relationshipIds = side.relationships() == null ? List.of() : side.relationships();
        for (String id : named) {
            if (!claims.containsKey(id)) {
                at.add("side '" + side.summary() + "' names claim '" + id + "', which no claims file holds");
            }
        }
        for (String id : relationshipIds) {
            if (!relationships.containsKey(id)) {
                at.add("side '" + side.summary() + "' names relationship '" + id + "', which no accepted claim states");
            }
        }
        if (named.isEmpty() && relationshipIds.isEmpty()) {
            at.add("side '" + side.summary() + "' has no evidence: give claims or relationships");
        }
        List<String> claimIds = !named.isEmpty() ? named : relationshipIds.stream()
                .filter(relationships::containsKey)
                .flatMap(id -> relationships.get(id).citations().stream())
                .filter(c -> "supports".equals(c.stance()))
                .map(Corpus.Citation::claimId).toList();
        return new Corpus.ConflictSide(side.summary(), claimIds, relationshipIds);
    }
}
