package dev.citegraph.api;

import java.util.List;

import graphql.schema.DataFetchingFieldSelectionSet;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import dev.citegraph.corpus.NameKey;
import dev.citegraph.corpus.PartialDate;
import dev.citegraph.graph.ConflictReader;
import dev.citegraph.graph.ConflictView;
import dev.citegraph.graph.PathReader;
import dev.citegraph.graph.PathView;
import dev.citegraph.graph.RelationshipFilter;
import dev.citegraph.graph.SubgraphView;
import dev.citegraph.graph.TimelineEntryView;
import dev.citegraph.graph.TimelineReader;

/** The questions of time, disagreement and connection: timelines, conflicts, paths, neighbourhoods. */
@Controller
class ResearchController {

    private final TimelineReader timelines;
    private final ConflictReader conflicts;
    private final PathReader paths;

    ResearchController(TimelineReader timelines, ConflictReader conflicts, PathReader paths) {
        this.timelines = timelines;
        this.conflicts = conflicts;
        this.paths = paths;
    }

    @QueryMapping
    List<TimelineEntryView> timeline(@Argument String entity, @Argument String from, @Argument String to,
            @Argument Integer first) {
        return timelines.timeline(entity, date("from", from), date("to", to), Connection.limit("first", first, 5000));
    }

    @QueryMapping(name = "conflicts")
    List<ConflictView> allConflicts(@Argument String entity, @Argument Integer first,
            DataFetchingFieldSelectionSet selection) {
        ConflictReader.Shown.Detail entities = !selection.contains("entities") ? ConflictReader.Shown.Detail.NONE
                : ReadAhead.showsMoreThanIds(selection, "entities") ? ConflictReader.Shown.Detail.WHOLE
                : ConflictReader.Shown.Detail.IDS;
        return conflicts.all(entity, Connection.limit("first", first, 1000),
                new ConflictReader.Shown(entities, selection.contains("sides"), selection.contains("sides/relationships"),
                        selection.contains("sides/citations")));
    }

    @QueryMapping
    ConflictView conflict(@Argument String id) {
        return conflicts.byId(id);
    }

    @QueryMapping(name = "paths")
    List<PathView> routes(@Argument String from, @Argument String to, @Argument Integer maxHops,
            @Argument String asOf, @Argument Integer first) {
        if (maxHops == null) {
            throw new IllegalArgumentException("maxHops must not be null");
        }
        if (from != null && to != null && NameKey.of(from).equals(NameKey.of(to))) {
            throw new IllegalArgumentException("from and to are the same entity; a path joins two different ones");
        }
        return paths.paths(from, to, maxHops, new RelationshipFilter(null, QueryController.asOf(asOf)),
                Connection.limit("first", first, 50));
    }

    @QueryMapping
    SubgraphView neighborhood(@Argument String id, @Argument Integer depth, @Argument List<String> types,
            @Argument String asOf, DataFetchingFieldSelectionSet selection) {
        if (depth == null) {
            throw new IllegalArgumentException("depth must not be null");
        }
        return paths.neighborhood("id", id, depth, new RelationshipFilter(types, QueryController.asOf(asOf)),
                ReadAhead.showsMoreThanIds(selection, "entities"), ReadAhead.showsMoreThanIds(selection, "relationships"));
    }

    private static PartialDate date(String argument, String value) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(argument + " must be a date such as 2023, 2023-06 or 2023-06-15, or left out; not empty");
        }
        try {
            return PartialDate.parseOrNull(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(argument + ": " + e.getMessage(), e);
        }
    }
}
