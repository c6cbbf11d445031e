package dev.citegraph.api;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.SelectedField;
import org.dataloader.DataLoader;

import dev.citegraph.graph.EntityReader;
import dev.citegraph.graph.EntityView;
import dev.citegraph.graph.RelationshipParts;
import dev.citegraph.graph.RelationshipView;
import dev.citegraph.graph.SourceView;

/**
 * One round trip for the commonest questions, "this entity with its evidence" and "a page of
 * relationships with their citations": the entry point looks at what the response selects below
 * it (an entity's relationships, their citations' sources, the articles naming it), reads it in
 * its own query, and primes the request's DataLoaders with the answers, so the nested fields find
 * them loaded instead of asking again. What is not read ahead (relationships asked twice with
 * different arguments, deeper levels) the loaders still fetch in batches, as before.
 */
final class ReadAhead {

    /** The DataLoader Spring for GraphQL registers for the {@code @BatchMapping} of Entity.sources. */
    static final String ENTITY_SOURCES = "Entity.sources";

    private ReadAhead() {
    }

    /** Whether the response shows nothing of an object but its id: then the id it already has answers. */
    static boolean onlyId(DataFetchingFieldSelectionSet selection) {
        return selection.getImmediateFields().stream().allMatch(f -> f.getName().equals("id") || f.getName().equals("__typename"));
    }

    /**
     * Whether the response shows more than the ids of the objects at this path below the field
     * ({@code entities}, {@code edges/node/from}), fragments included; false when it does not select it.
     */
    static boolean showsMoreThanIds(DataFetchingFieldSelectionSet selection, String path) {
        return selection.getFields(path).stream().anyMatch(f -> !onlyId(f.getSelectionSet()));
    }

    /** Relationship fields answered from {@link RelationshipParts} without details. */
    private static final Set<String> ESSENTIAL_RELATIONSHIP_FIELDS =
            Set.of("id", "type", "from", "to", "title", "citations", "retracted", "__typename");
    private static final Set<String> ESSENTIAL_CITATION_FIELDS = Set.of("source", "quote", "start", "end", "__typename");

    /**
     * How much of each relationship at this path below the field ({@code edges/node}; empty: the
     * field's own relationships) the response shows.
     */
    static RelationshipParts relationshipParts(DataFetchingFieldSelectionSet selection, String path) {
        String at = path.isEmpty() ? "" : path + "/";
        boolean wholeEnds = showsMoreThanIds(selection, at + "from") || showsMoreThanIds(selection, at + "to");
        boolean details = selection.getFields(at + "*").stream()
                .anyMatch(f -> !ESSENTIAL_RELATIONSHIP_FIELDS.contains(f.getName()))
                || selection.getFields(at + "citations/*").stream()
                        .anyMatch(f -> !ESSENTIAL_CITATION_FIELDS.contains(f.getName()));
        return new RelationshipParts(wholeEnds, details);
    }

    /** What the response asks of the entity an {@code entity} query finds. */
    static EntityReader.Wanted ofEntity(DataFetchingFieldSelectionSet selection) {
        List<SelectedField> asked = selection.getImmediateFields().stream()
                .filter(f -> f.getName().equals("relationships")).toList();
        RelationshipLoader.Question question = null;
        if (!asked.isEmpty()) {
            try {
                Set<RelationshipLoader.Question> questions = asked.stream().map(ReadAhead::question)
                        .collect(Collectors.toSet());
                question = questions.size() == 1 ? questions.iterator().next() : null;
            } catch (IllegalArgumentException e) {
                // An argument the field itself refuses: left to the field, which reports it.
                question = null;
            }
        }
        boolean sources = selection.getImmediateFields().stream().anyMatch(f -> f.getName().equals("sources"));
        return new EntityReader.Wanted(question == null ? null : question.direction(),
                question == null ? null : question.filter(), sources,
                question != null && showsMoreThanIds(selection, "relationships/citations/source"),
                question == null ? RelationshipParts.ALL : question.parts());
    }

    /** Gives the request's DataLoaders what the entity's query read, keyed as the nested fields will ask. */
    static void prime(DataFetchingEnvironment env, EntityReader.Wanted wanted, EntityReader.Found found) {
        EntityView entity = found.entity();
        if (found.relationships() != null) {
            DataLoader<RelationshipLoader.Key, List<RelationshipView>> relationships = env.getDataLoader(RelationshipLoader.NAME);
            relationships.prime(new RelationshipLoader.Key(entity.id(), new RelationshipLoader.Question(wanted.direction(),
                    wanted.relationships(), wanted.parts())), found.relationships());
            primeSources(env, found.citedSources());
        }
        DataLoader<EntityView, List<SourceView>> sources = env.getDataLoader(ENTITY_SOURCES);
        if (found.sources() != null && sources != null) {
            sources.prime(entity, found.sources());
        }
    }

    private static RelationshipLoader.Question question(SelectedField field) {
        Map<String, Object> args = field.getArguments();
        @SuppressWarnings("unchecked")
        List<String> types = (List<String>) args.get("types");
        Object direction = args.get("direction");
        return RelationshipLoader.question(types, direction == null ? null : direction.toString(),
                (String) args.get("asOf"), (Boolean) args.get("includeRetracted"), field.getSelectionSet());
    }

    /** Gives the response's source loader the sources read ahead; null: nothing was read. */
    static void primeSources(DataFetchingEnvironment env, Map<String, SourceView> sources) {
        DataLoader<String, SourceView> loader = env.getDataLoader(SourceLoader.NAME);
        if (sources != null && loader != null) {
            sources.forEach(loader::prime);
        }
    }
}
