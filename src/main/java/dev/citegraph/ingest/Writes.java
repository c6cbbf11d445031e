package dev.citegraph.ingest;

import org.neo4j.driver.summary.SummaryCounters;

/**
 * What a write changed in the graph, as Neo4j counts it. Re-ingesting an unchanged corpus must
 * leave every count at zero; changing one article must change counts in proportion to it.
 */
public record Writes(int nodesCreated, int nodesDeleted, int relationshipsCreated, int relationshipsDeleted,
        int propertiesSet, int labelsAdded, int labelsRemoved) {

    static final Writes NONE = new Writes(0, 0, 0, 0, 0, 0, 0);

    static Writes of(SummaryCounters c) {
        return new Writes(c.nodesCreated(), c.nodesDeleted(), c.relationshipsCreated(), c.relationshipsDeleted(),
                c.propertiesSet(), c.labelsAdded(), c.labelsRemoved());
    }

    Writes plus(Writes o) {
        return new Writes(nodesCreated + o.nodesCreated, nodesDeleted + o.nodesDeleted,
                relationshipsCreated + o.relationshipsCreated, relationshipsDeleted + o.relationshipsDeleted,
                propertiesSet + o.propertiesSet, labelsAdded + o.labelsAdded, labelsRemoved + o.labelsRemoved);
    }

    /** Every change counted together: zero exactly when the graph was left as it was. */
    public int total() {
        return nodesCreated + nodesDeleted + relationshipsCreated + relationshipsDeleted + propertiesSet + labelsAdded
                + labelsRemoved;
    }
}
