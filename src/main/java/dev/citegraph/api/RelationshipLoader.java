package dev.citegraph.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Component;

import dev.citegraph.graph.RelationshipFilter;
import dev.citegraph.graph.RelationshipParts;
import dev.citegraph.graph.RelationshipReader;
import dev.citegraph.graph.RelationshipView;
import reactor.core.publisher.Mono;

/**
 * Batches {@code Entity.relationships} across every entity of a response. {@code @BatchMapping}
 * cannot see field arguments, so the arguments are part of the key: keys asking the same thing
 * (the usual case) are answered by one query, whatever the number of entities.
 */
@Component
class RelationshipLoader {

    static final String NAME = "entityRelationships";

    /**
     * One entity's relationships, followed in a direction, filtered, and read as far as the field
     * shows them: two fields that show different parts of the same relationships are different keys.
     */
    record Key(String entityId, Question question) {
    }

    RelationshipLoader(BatchLoaderRegistry registry, RelationshipReader reader) {
        registry.<Key, List<RelationshipView>>forName(NAME)
                .registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> load(reader, keys)));
    }

    private static Map<Key, List<RelationshipView>> load(RelationshipReader reader, Set<Key> keys) {
        Map<Question, List<String>> idsByQuestion = new LinkedHashMap<>();
        keys.forEach(k -> idsByQuestion.computeIfAbsent(k.question(), q -> new ArrayList<>()).add(k.entityId()));
        Map<Key, List<RelationshipView>> answers = new HashMap<>();
        idsByQuestion.forEach((q, ids) -> reader.forEntities(ids, q.direction(), q.filter(), q.parts())
                .forEach((id, relationships) -> answers.put(new Key(id, q), relationships)));
        return answers;
    }

    /** What an entity's relationships field asks, whichever entity it is asked of. */
    record Question(RelationshipReader.Direction direction, RelationshipFilter filter, RelationshipParts parts) {
    }

    /**
     * The question the field's arguments and selection ask: one place turns them into a key, for
     * the field and for {@link ReadAhead}.
     */
    static Question question(List<String> types, String direction, String asOf, Boolean includeRetracted,
            DataFetchingFieldSelectionSet selection) {
        var filter = new RelationshipFilter(types, QueryController.asOf(asOf), Boolean.TRUE.equals(includeRetracted));
        return new Question(direction == null ? RelationshipReader.Direction.BOTH : RelationshipReader.Direction.valueOf(direction),
                filter, ReadAhead.relationshipParts(selection, ""));
    }
}
