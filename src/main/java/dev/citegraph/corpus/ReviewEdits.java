package dev.citegraph.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The corpus edits a review makes besides a decision: a proposed claim corrected, a new-name
 * candidate made an entity or merged into one as aliases, and the candidate then dropped from
 * {@code proposals/<id>.entities.yaml}. Each edit changes only the lines it must (comments and the
 * rest of the file stay), replaces the file in one step, and can be undone if what follows fails.
 */
public final class ReviewEdits {

    /** A name the registry lacks, as {@link ClaimProposals} wrote it for review. */
    public record Candidate(String name, String type, List<String> forms, String aliasOf, String basis, Integer at) {
    }

    private static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    /** The claim fields an edit may set, in the order they are written. */
    private static final List<String> CLAIM_FIELDS = List.of("subject", "type", "object", "title", "quote", "occurrence",
            "validFrom", "validTo", "dateBasis");

    private ReviewEdits() {
    }

    /** The candidates proposed for a source, in the order of the file; none when it has no file. */
    public static List<Candidate> candidates(Path corpus, String sourceId) {
        Path file = candidatesFile(corpus, sourceId);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        JsonNode list = YamlDocument.MAPPER.readTree(CorpusText.read(file)).path("candidates");
        List<Candidate> found = new ArrayList<>();
        for (JsonNode c : list) {
            found.add(new Candidate(c.path("name").asString(), c.path("type").asString(null),
                    c.path("forms").valueStream().map(JsonNode::asString).toList(), c.path("aliasOf").asString(null),
                    c.path("basis").asString(null), c.hasNonNull("at") ? c.get("at").asInt() : null));
        }
        return found;
    }

    public static Candidate candidate(Path corpus, String sourceId, String name) {
        return candidates(corpus, sourceId).stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no candidate named '" + abbreviate(name)
                        + "' is proposed for the source '" + sourceId + "'"));
    }

    /**
     * Sets fields of one claim: a value replaces the field, an empty one removes it, null leaves it.
     * The quote must already be verified against the article (see {@link QuoteLocator}).
     */
    public static ClaimFileEditor.Edit editClaim(Path corpus, String file, String claimId, Map<String, String> changes) {
        Path path = inCorpus(corpus, file);
        String before = CorpusText.read(path);
        List<String> lines = new ArrayList<>(List.of(before.split("\n", -1)));
        int start = lines.indexOf("  - id: " + claimId);
        if (start < 0) {
            throw new IllegalArgumentException("claim '" + claimId + "' is not in " + file);
        }
        int end = entryEnd(lines, start, "    ");
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>();
        for (String line : lines.subList(start + 1, end)) {
            String key = line.strip().split(":", 2)[0];
            if (CLAIM_FIELDS.contains(key) && line.startsWith("    " + key + ":")) {
                fields.put(key, line.substring(("    " + key + ":").length()).strip());
            } else {
                rest.add(line);
            }
        }
        changes.forEach((key, value) -> {
            if (value == null) {
                return;
            }
            if (!CLAIM_FIELDS.contains(key)) {
                throw new IllegalArgumentException("a claim has no field '" + key + "' to edit");
            }
            if (value.isEmpty()) {
                fields.remove(key);
            } else {
                fields.put(key, key.equals("occurrence") || key.equals("subject") || key.equals("object")
                        || key.equals("type") || key.equals("dateBasis") ? value : CorpusText.quoted(value));
            }
        });
        List<String> entry = new ArrayList<>(List.of(lines.get(start)));
        CLAIM_FIELDS.stream().filter(fields::containsKey).forEach(k -> entry.add("    " + k + ": " + fields.get(k)));
        entry.addAll(rest);
        lines.subList(start, end).clear();
        lines.addAll(start, entry);
        CorpusText.replace(path, String.join("\n", lines));
        return new ClaimFileEditor.Edit(path, before);
    }

    /** Appends a new entity to entities.yaml. */
    public static ClaimFileEditor.Edit addEntity(Path corpus, String id, String type, String name, List<String> aliases,
            String description) {
        Path path = inCorpus(corpus, CorpusLoader.ENTITIES);
        String before = CorpusText.read(path);
        StringBuilder entry = new StringBuilder(before.stripTrailing()).append("\n- id: ").append(id)
                .append("\n  type: ").append(type).append("\n  name: ").append(CorpusText.quoted(name)).append('\n');
        List<String> others = distinctForms(name, List.of(), aliases);
        if (!others.isEmpty()) {
            entry.append("  aliases: [").append(String.join(", ", others.stream().map(CorpusText::quoted).toList())).append("]\n");
        }
        entry.append("  description: ").append(CorpusText.quoted(description)).append('\n');
        CorpusText.replace(path, entry.toString());
        return new ClaimFileEditor.Edit(path, before);
    }

    /** Adds names to an entity's aliases in entities.yaml, leaving out those it already has. */
    public static ClaimFileEditor.Edit addAliases(Path corpus, Corpus.Entity entity, List<String> forms) {
        Path path = inCorpus(corpus, CorpusLoader.ENTITIES);
        String before = CorpusText.read(path);
        List<String> lines = new ArrayList<>(List.of(before.split("\n", -1)));
        int start = lines.indexOf("- id: " + entity.id());
        if (start < 0) {
            throw new IllegalArgumentException("entity '" + entity.id() + "' is not in " + CorpusLoader.ENTITIES);
        }
        int end = entryEnd(lines, start, "  ");
        List<String> added = distinctForms(entity.name(), entity.aliases(), forms);
        if (added.isEmpty()) {
            throw new IllegalArgumentException("'" + entity.id() + "' already has every name of this candidate");
        }
        int at = -1;
        for (int i = start + 1; i < end; i++) {
            if (lines.get(i).startsWith("  aliases:")) {
                at = i;
            }
        }
        // The entry's own aliases, not entity.aliases(): lookups also take its otherNames, which
        // are names no article uses and stay where they are (the curation checks refuse them as aliases).
        List<String> written = at < 0 ? List.of()
                : YamlDocument.MAPPER.readValue(lines.get(at).substring("  aliases:".length()),
                        YamlDocument.MAPPER.getTypeFactory().constructCollectionType(List.class, String.class));
        List<String> all = new ArrayList<>(written.stream().map(CorpusText::quoted).toList());
        added.forEach(f -> all.add(CorpusText.quoted(f)));
        String aliasLine = "  aliases: [" + String.join(", ", all) + "]";
        if (at >= 0) {
            lines.set(at, aliasLine);
        } else {
            lines.add(start + 1, aliasLine);
        }
        CorpusText.replace(path, String.join("\n", lines));
        return new ClaimFileEditor.Edit(path, before);
    }

    /** Takes a reviewed candidate out of the source's proposals file. */
    public static ClaimFileEditor.Edit dropCandidate(Path corpus, String sourceId, String name) {
        Path path = candidatesFile(corpus, sourceId);
        String before = CorpusText.read(path);
        List<String> lines = new ArrayList<>(List.of(before.split("\n", -1)));
        int start = lines.indexOf("  - name: " + CorpusText.quoted(name));
        if (start < 0) {
            throw new IllegalArgumentException("no candidate named '" + abbreviate(name) + "' in proposals/" + sourceId);
        }
        lines.subList(start, entryEnd(lines, start, "    ")).clear();
        CorpusText.replace(path, String.join("\n", lines));
        return new ClaimFileEditor.Edit(path, before);
    }

    /** The forms not yet among the entity's names, compared as lookups compare them (case, width, spaces). */
    private static List<String> distinctForms(String name, List<String> aliases, List<String> forms) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(NameKey.of(name));
        aliases.forEach(a -> keys.add(NameKey.of(a)));
        return forms.stream().filter(f -> !f.isBlank() && keys.add(NameKey.of(f))).toList();
    }

    private static int entryEnd(List<String> lines, int start, String indent) {
        int end = start + 1;
        while (end < lines.size() && lines.get(end).startsWith(indent)) {
            end++;
        }
        return end;
    }

    private static Path candidatesFile(Path corpus, String sourceId) {
        if (sourceId == null || !SOURCE_ID.matcher(sourceId).matches()) {
            throw new IllegalArgumentException("a source id is lower-case letters, digits and hyphens");
        }
        return corpus.resolve("proposals").resolve(sourceId + ".entities.yaml");
    }

    private static Path inCorpus(Path corpus, String file) {
        Path path = corpus.resolve(file).normalize();
        if (!path.startsWith(corpus.normalize()) || !Files.isRegularFile(path)) {
            throw new IllegalArgumentException("'" + file + "' not found in the corpus");
        }
        return path;
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }
}
