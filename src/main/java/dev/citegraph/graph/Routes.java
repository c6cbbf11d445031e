package dev.citegraph.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The distinct routes between two entities over a set of relationships: sequences of entities
 * that never visit one twice, each step joined by at least one relationship in either direction.
 * Parallel relationships join the same two entities and so make one step, which is what keeps the
 * count of routes (and the work) to the number of entity sequences rather than their product.
 * Pure computation, so the rule is tested without a database.
 */
final class Routes {

    /** A relationship as the search needs it: its id, its two ends, and how many citations it has. */
    record Edge(String id, String from, String to, int citations) {
    }

    /**
     * A route: its entities, and for each step the ids of the relationships joining the two, in id
     * order; how many neighbours its inner entities have together, and how many citations its steps.
     */
    record Route(List<String> entities, List<List<String>> steps, int through, int citations) {
    }

    /** More routes than this are not considered: a question with that many answers needs a narrower one. */
    static final int MAX_CONSIDERED = 20_000;

    private final Map<String, TreeMap<String, List<Edge>>> neighbours = new HashMap<>();
    private final Map<String, Integer> degrees;

    /** @param degrees how many neighbours each entity has in the whole graph (not only among these edges) */
    Routes(List<Edge> edges, Map<String, Integer> degrees) {
        this.degrees = degrees;
        for (Edge e : edges) {
            if (!e.from().equals(e.to())) {
                neighbours.computeIfAbsent(e.from(), k -> new TreeMap<>()).computeIfAbsent(e.to(), k -> new ArrayList<>()).add(e);
                neighbours.computeIfAbsent(e.to(), k -> new TreeMap<>()).computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
            }
        }
    }

    /**
     * Routes of at most maxHops steps, shorter first. Among equal lengths, those through the less
     * connected entities first (fewest neighbours of the inner entities together): a route through
     * a committee says more about how two entities are tied than one through the group every unit
     * belongs to. Then the better cited (more citations over all steps), then by entity ids.
     */
    List<Route> between(String from, String to, int maxHops, int first) {
        Map<String, Integer> toGo = distances(to, maxHops);
        List<Route> found = new ArrayList<>();
        if (toGo.containsKey(from)) {
            walk(new ArrayList<>(List.of(from)), new LinkedHashSet<>(List.of(from)), to, maxHops, toGo, found);
        }
        return found.stream()
                .sorted(Comparator.comparingInt((Route r) -> r.steps().size())
                        .thenComparingInt(Route::through)
                        .thenComparing(Comparator.comparingInt(Route::citations).reversed())
                        .thenComparing(r -> String.join("\u0000", r.entities())))
                .limit(first).toList();
    }

    private void walk(List<String> path, Set<String> seen, String to, int maxHops, Map<String, Integer> toGo,
            List<Route> found) {
        String here = path.getLast();
        if (here.equals(to)) {
            found.add(route(path));
            return;
        }
        for (String next : neighbours.getOrDefault(here, new TreeMap<>()).keySet()) {
            if (found.size() >= MAX_CONSIDERED) {
                return;
            }
            Integer left = toGo.get(next);
            // Only entities from which the end is still within reach are worth a step.
            if (left != null && !seen.contains(next) && path.size() + left <= maxHops) {
                path.add(next);
                seen.add(next);
                walk(path, seen, to, maxHops, toGo, found);
                path.removeLast();
                seen.remove(next);
            }
        }
    }

    private Route route(List<String> path) {
        List<List<String>> steps = new ArrayList<>();
        int citations = 0;
        for (int i = 0; i + 1 < path.size(); i++) {
            List<Edge> joining = neighbours.get(path.get(i)).get(path.get(i + 1));
            steps.add(joining.stream().map(Edge::id).sorted().toList());
            citations += joining.stream().mapToInt(Edge::citations).sum();
        }
        int through = path.subList(1, path.size() - 1).stream().mapToInt(id -> degrees.getOrDefault(id, 0)).sum();
        return new Route(List.copyOf(path), steps, through, citations);
    }

    /** How many steps each entity within reach is from {@code to} (breadth first). */
    private Map<String, Integer> distances(String to, int maxHops) {
        Map<String, Integer> distance = new HashMap<>(Map.of(to, 0));
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(to));
        while (!queue.isEmpty()) {
            String here = queue.poll();
            int d = distance.get(here);
            if (d == maxHops) {
                continue;
            }
            for (String next : new TreeSet<>(neighbours.getOrDefault(here, new TreeMap<>()).keySet())) {
                if (distance.putIfAbsent(next, d + 1) == null) {
                    queue.add(next);
                }
            }
        }
        return distance;
    }
}
