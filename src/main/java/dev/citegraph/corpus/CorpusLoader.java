package dev.citegraph.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.citegraph.corpus.CorpusFiles.CitationEntry;
import dev.citegraph.corpus.CorpusFiles.ClaimEntry;
import dev.citegraph.corpus.CorpusFiles.EntityEntry;
import dev.citegraph.corpus.CorpusFiles.SourceEntry;

/**
 * Reads the corpus folder and checks all of it. Returns a {@link Corpus} only when nothing is
 * wrong; otherwise throws a {@link CorpusException} listing every problem, so nothing half-checked
 * ever reaches the graph.
 */
public final class CorpusLoader {

    static final String SOURCES = "sources.yaml";
    static final String ENTITIES = "entities.yaml";
    static final String CLAIMS_DIR = "claims";
    static final String CONFLICTS = "conflicts.yaml";

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final Set<String> DATE_BASES = Set.of("stated", "implied", "estimated");
    /** A draft was added but not yet curated: it states nothing until claims are written and accepted for it. */
    static final Set<String> SOURCE_STATUSES = Set.of("draft", "published");

    private final Path root;
    private final List<CorpusProblem> problems = new ArrayList<>();
    /** What a check could not decide: reported with the reason, never failing the load. */
    private final List<CorpusProblem> warnings = new ArrayList<>();
    private final Map<String, Integer> entityLines = new HashMap<>();

    private CorpusLoader(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public static Corpus load(Path root) {
        return new CorpusLoader(root).load();
    }

    private Corpus load() {
        if (!Files.isDirectory(root)) {
            throw new CorpusException(List.of(new CorpusProblem(root.toString(), 0, "corpus folder not found")));
        }
        Ontology ontology = Ontology.read(root, problems);
        Map<String, Corpus.Source> sources = readSources();
        Map<String, Corpus.Entity> entities = readEntities(ontology, sources);
        List<Corpus.Claim> claims = new ArrayList<>();
        if (ontology != null) {
            claims.addAll(new ClaimResolver(ontology, sources, entities).read(root, claimFiles(), problems));
        }
        List<Corpus.Relationship> relationships = RelationshipMerger.merge(claims, problems);
        Map<String, Corpus.Claim> claimsById = new LinkedHashMap<>();
        claims.forEach(c -> claimsById.put(c.id(), c));
        Map<String, Corpus.Relationship> relationshipsById = new LinkedHashMap<>();
        relationships.forEach(r -> relationshipsById.put(r.id(), r));
        CuratedConflicts curated = new CuratedConflicts(claimsById, relationshipsById, problems);
        List<Corpus.Conflict> conflicts = curated.read(root, CONFLICTS);
        List<Corpus.Mention> mentions = MentionScanner.scan(sources.values(), entities.values(), claims);
        CurationChecks.corpus(sources, entities, entityLines, claims, relationshipsById, mentions, conflicts,
                curated.lines(), problems, warnings);
        if (!problems.isEmpty()) {
            throw new CorpusException(problems);
        }
        return new Corpus(List.copyOf(sources.values()), List.copyOf(entities.values()), claims, relationships,
                mentions, conflicts, ontology, Fingerprint.of(root), List.copyOf(warnings));
    }

    private Map<String, Corpus.Source> readSources() {
        Map<String, Corpus.Source> sources = new LinkedHashMap<>();
        YamlDocument doc = YamlDocument.read(root, SOURCES, null, problems);
        for (YamlDocument.Item item : doc.items()) {
            SourceEntry e = YamlDocument.bind(SOURCES, item, SourceEntry.class, problems);
            if (e == null) {
                continue;
            }
            Problems at = new Problems(SOURCES, item.line(), problems);
            if (!ID.matcher(e.id()).matches()) {
                at.add("source id '" + e.id() + "' must be lower-case letters, digits and hyphens");
            }
            if (sources.containsKey(e.id())) {
                at.add("duplicate source id '" + e.id() + "'");
            }
            PartialDate published = at.date("publishedOn", e.publishedOn());
            if (e.dateBasis() != null && !DATE_BASES.contains(e.dateBasis())) {
                at.add("dateBasis must be one of " + DATE_BASES);
            }
            PartialDate retractedOn = e.retracted() == null ? null : at.date("retracted.on", e.retracted().on());
            if (e.status() != null && !SOURCE_STATUSES.contains(e.status())) {
                at.add("status must be one of " + SOURCE_STATUSES + " (retraction is written as retracted: {on, reason})");
            }
            String text = readText(e.file(), at);
            if (text != null) {
                String fingerprint = Fingerprint.ofParts(item.node().toString(), text,
                        root.resolve(CLAIMS_DIR).resolve(e.id() + ".yaml"));
                sources.put(e.id(), new Corpus.Source(e.id(), e.title(), e.site(), e.url(), e.author(), e.language(),
                        published, e.dateBasis(), e.dateNote(), e.originalFile(), text,
                        e.retracted() != null ? "retracted" : e.status() == null ? "published" : e.status(), retractedOn,
                        e.retracted() == null ? null : e.retracted().reason(), fingerprint));
            }
        }
        return sources;
    }

    /** Article texts must be valid UTF-8: a replacement character would silently shift every offset. */
    private String readText(String file, Problems at) {
        Path path = root.resolve(file).normalize();
        if (!path.startsWith(root) || !Files.isRegularFile(path)) {
            at.add("article file '" + file + "' not found in the corpus folder");
            return null;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
        } catch (CharacterCodingException e) {
            at.add("article file '" + file + "' is not valid UTF-8");
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Corpus.Entity> readEntities(Ontology ontology, Map<String, Corpus.Source> sources) {
        Map<String, Corpus.Entity> entities = new LinkedHashMap<>();
        Map<String, String> keyOwner = new HashMap<>();
        YamlDocument doc = YamlDocument.read(root, ENTITIES, null, problems);
        Map<YamlDocument.Item, EntityEntry> bound = new LinkedHashMap<>();
        for (YamlDocument.Item item : doc.items()) {
            EntityEntry e = YamlDocument.bind(ENTITIES, item, EntityEntry.class, problems);
            if (e != null) {
                bound.put(item, e);
            }
        }
        NameUses uses = NameUses.in(sources.values(),
                bound.values().stream().flatMap(e -> e.allAliases().stream()).distinct().toList());
        for (var entry : bound.entrySet()) {
            YamlDocument.Item item = entry.getKey();
            EntityEntry e = entry.getValue();
            Problems at = new Problems(ENTITIES, item.line(), problems);
            if (!ID.matcher(e.id()).matches()) {
                at.add("entity id '" + e.id() + "' must be lower-case letters, digits and hyphens");
            }
            if (entities.containsKey(e.id())) {
                at.add("duplicate entity id '" + e.id() + "'");
            }
            if (ontology != null) {
                Ontology.EntityType type = ontology.entityTypes().get(e.type());
                if (type == null) {
                    at.add("unknown entity type '" + e.type() + "'; known: " + ontology.entityTypes().keySet());
                } else if (e.kind() != null && !type.kinds().contains(e.kind())) {
                    at.add("kind '" + e.kind() + "' is not a kind of " + e.type() + "; known: " + type.kinds());
                }
            }
            entityLines.put(e.id(), item.line());
            CurationChecks.names(e, uses, sources.values(), at, new Problems(ENTITIES, item.line(), warnings));
            for (String name : Stream.concat(Stream.of(e.name()), e.allAliases().stream()).toList()) {
                String owner = keyOwner.putIfAbsent(NameKey.of(name), e.id());
                if (owner != null && !owner.equals(e.id())) {
                    at.add("name or alias '" + name + "' already belongs to '" + owner + "'");
                }
            }
            PartialDate date = at.date("date", e.date());
            if (e.dateBasis() != null && !DATE_BASES.contains(e.dateBasis())) {
                at.add("dateBasis must be one of " + DATE_BASES);
            }
            Corpus.Citation dateCitation = null;
            if (e.dateCitation() != null) {
                dateCitation = cite(e.dateCitation(), sources, at);
            } else if (date != null && !"estimated".equals(e.dateBasis())) {
                at.add("a date that is not estimated needs a dateCitation");
            }
            entities.put(e.id(), new Corpus.Entity(e.id(), e.type(), e.kind(), e.name(), e.allAliases(),
                    e.description(), date, e.dateBasis(), dateCitation));
        }
        return entities;
    }

    /** Places a quoted citation in its source, or records why it cannot be placed. */
    static Corpus.Citation cite(CitationEntry entry, Map<String, Corpus.Source> sources, Problems at) {
        Corpus.Source source = sources.get(entry.source());
        if (source == null) {
            at.add("unknown source '" + entry.source() + "'");
            return null;
        }
        QuoteLocator.Located located = QuoteLocator.locate(source.text(), entry.quote(), entry.occurrence());
        if (!located.found()) {
            at.add(located.error() + " (source " + entry.source() + ")");
            return null;
        }
        return new Corpus.Citation(source.id(), entry.quote(), located.start(), located.end(), "supports",
                "asserted", null, null);
    }

    private List<String> claimFiles() {
        Path dir = root.resolve(CLAIMS_DIR);
        if (!Files.isDirectory(dir)) {
            problems.add(new CorpusProblem(CLAIMS_DIR, 0, "claims folder is missing"));
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> CLAIMS_DIR + "/" + p.getFileName())
                    .filter(f -> f.endsWith(".yaml") || f.endsWith(".yml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
