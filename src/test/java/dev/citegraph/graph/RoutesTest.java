package dev.citegraph.graph;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Routes are sequences of entities: parallel relationships make one step, and no entity is visited twice. */
class RoutesTest {

    private static Routes.Edge edge(String id, String from, String to) {
        return new Routes.Edge(id, from, to, 1);
    }

    // A person with three titles at a group, the group developing a model, and a committee route.
    private static final List<Routes.Edge> EDGES = List.of(
            edge("wu:HOLDS:group:ceo", "wu", "group"), edge("wu:HOLDS:group:cto", "wu", "group"),
            edge("wu:HOLDS:group:vp", "wu", "group"), edge("group:DEVELOPS:model", "group", "model"),
            edge("wu:MEMBER_OF:committee", "wu", "committee"), edge("zhou:MEMBER_OF:committee", "zhou", "committee"),
            edge("zhou:LEADS:model", "zhou", "model"), edge("zhou:WORKS_AT:group", "zhou", "group"));

    private static final Map<String, Integer> DEGREES = Map.of("group", 40, "committee", 3, "zhou", 3);

    @Test
    void parallelRelationshipsAreOneStepOfOneRoute() {
        List<Routes.Route> routes = new Routes(EDGES, DEGREES).between("wu", "model", 2, 10);
        assertThat(routes).hasSize(1);
        assertThat(routes.getFirst().entities()).containsExactly("wu", "group", "model");
        assertThat(routes.getFirst().steps().getFirst()).containsExactly("wu:HOLDS:group:ceo", "wu:HOLDS:group:cto", "wu:HOLDS:group:vp");
    }

    @Test
    void longerRoutesComeAfterShorterOnesAndThoseThroughLessConnectedEntitiesFirst() {
        List<List<String>> routes = new Routes(EDGES, DEGREES).between("wu", "model", 4, 10).stream()
                .map(Routes.Route::entities).toList();
        assertThat(routes).containsExactly(
                List.of("wu", "group", "model"),
                List.of("wu", "committee", "zhou", "model"),
                List.of("wu", "group", "zhou", "model"),
                List.of("wu", "committee", "zhou", "group", "model"));
    }

    @Test
    void noRouteVisitsAnEntityTwiceAndFirstBoundsTheAnswer() {
        List<Routes.Route> routes = new Routes(EDGES, DEGREES).between("wu", "model", 4, 10);
        routes.forEach(r -> assertThat(r.entities()).doesNotHaveDuplicates());
        assertThat(new Routes(EDGES, DEGREES).between("wu", "model", 4, 2)).hasSize(2);
        assertThat(new Routes(EDGES, DEGREES).between("wu", "nowhere", 4, 10)).isEmpty();
    }
}
