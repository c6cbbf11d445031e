package dev.citegraph.ingest;

/**
 * The kinds of things the ingest owns in the graph, each with the Cypher that reads what the graph
 * holds of it (key, stored hash, and the stored properties and links when verifying), writes
 * changed rows and deletes rows the corpus no longer implies.
 *
 * <p>Every look-up by id says {@code USING INDEX SEEK}. Right after the migrations created them,
 * the indexes' statistics are those of empty indexes, and the planner, pricing a scan of an empty
 * index as nothing, planned some look-ups of a first ingest as scans of the whole id index: the
 * first 5,000 claims scanned the 5,005 sources and 10,749 entities once per claim (80 M index
 * reads, 13 s; the next 5,000, planned again once the statistics had caught up, took 0.5 s).
 *
 * <p>Everything the application writes carries the label {@code Citegraph}, and every statement
 * here matches that label: nodes without it, and relationships that do not join two of ours, are
 * someone else's data on a shared server and are never read, changed or deleted.
 */
enum GraphKind {

    ENTITY("""
            MATCH (n:Entity:Citegraph)
            RETURN n.id AS key, n.hash AS hash, CASE WHEN $verify THEN properties(n) END AS props, {} AS links""",
            // The type label is set dynamically; a label left over from an earlier type is removed first.
            """
            UNWIND $rows AS row
            MERGE (e:Entity:Citegraph {id: row.props.id})
            SET e = row.props
            WITH e, row
            REMOVE e:$([l IN labels(e) WHERE NOT l IN ['Entity', 'Citegraph', row.props.type]])
            SET e:$(row.props.type)""",
            """
            UNWIND $rows AS row
            CREATE (e:Entity:Citegraph:$(row.props.type))
            SET e = row.props""",
            "UNWIND $keys AS key MATCH (e:Entity:Citegraph {id: key}) USING INDEX SEEK e:Entity(id) DETACH DELETE e"),

    SOURCE("""
            MATCH (n:Source:Citegraph)
            RETURN n.id AS key, n.hash AS hash, CASE WHEN $verify THEN properties(n) END AS props, {} AS links""",
            """
            UNWIND $rows AS row
            MERGE (s:Source:Citegraph {id: row.props.id})
            SET s = row.props""",
            """
            UNWIND $rows AS row
            CREATE (s:Source:Citegraph)
            SET s = row.props""",
            "UNWIND $keys AS key MATCH (s:Source:Citegraph {id: key}) USING INDEX SEEK s:Source(id) DETACH DELETE s"),

    /** A claim: {@code (:Source)-[:STATES]->(:Claim)}, linked {@code -[:SUBJECT]->} and {@code -[:OBJECT]->} its entities. */
    CLAIM("""
            MATCH (n:Claim:Citegraph)
            RETURN n.id AS key, n.hash AS hash, CASE WHEN $verify THEN properties(n) END AS props,
                   CASE WHEN $verify THEN {source: COLLECT { MATCH (s:Source:Citegraph)-[:STATES]->(n) RETURN s.id }[0],
                                           subject: COLLECT { MATCH (n)-[:SUBJECT]->(e:Entity:Citegraph) RETURN e.id }[0],
                                           object: COLLECT { MATCH (n)-[:OBJECT]->(e:Entity:Citegraph) RETURN e.id }[0]}
                        ELSE {} END AS links""",
            """
            UNWIND $rows AS row
            MATCH (s:Source:Citegraph {id: row.props.sourceId}) USING INDEX SEEK s:Source(id)
            MERGE (c:Claim:Citegraph {id: row.props.id})
            SET c = row.props
            MERGE (s)-[:STATES]->(c)
            WITH c, row
            CALL (c, row) {
              MATCH (c)-[x:SUBJECT|OBJECT]->(e)
              WHERE (type(x) = 'SUBJECT' AND e.id <> coalesce(row.props.subjectId, ''))
                 OR (type(x) = 'OBJECT' AND e.id <> coalesce(row.props.objectId, ''))
              DELETE x
            }
            CALL (c, row) { MATCH (e:Entity:Citegraph {id: row.props.subjectId}) USING INDEX SEEK e:Entity(id) MERGE (c)-[:SUBJECT]->(e) }
            CALL (c, row) { MATCH (e:Entity:Citegraph {id: row.props.objectId}) USING INDEX SEEK e:Entity(id) MERGE (c)-[:OBJECT]->(e) }""",
            """
            UNWIND $rows AS row
            MATCH (s:Source:Citegraph {id: row.props.sourceId}) USING INDEX SEEK s:Source(id)
            CREATE (s)-[:STATES]->(c:Claim:Citegraph)
            SET c = row.props
            WITH c, row
            CALL (c, row) { MATCH (e:Entity:Citegraph {id: row.props.subjectId}) USING INDEX SEEK e:Entity(id) CREATE (c)-[:SUBJECT]->(e) }
            CALL (c, row) { MATCH (e:Entity:Citegraph {id: row.props.objectId}) USING INDEX SEEK e:Entity(id) CREATE (c)-[:OBJECT]->(e) }""",
            "UNWIND $keys AS key MATCH (c:Claim:Citegraph {id: key}) USING INDEX SEEK c:Claim(id) DETACH DELETE c"),

    /**
     * The typed relationship between two entities, derived from the claims that state it. What the
     * graph holds is read entity by entity, outgoing: as one pattern both ends look alike to the
     * planner, which expanded every entity's incoming relationships, mentions and claim links
     * included (989,000 rows for 139,000 relationships at 5,000 articles).
     */
    RELATIONSHIP("""
            MATCH (a:Entity:Citegraph)
            CALL (a) { MATCH (a)-[r]->(b:Entity:Citegraph) WHERE r.id IS NOT NULL RETURN r, b }
            RETURN r.id AS key, r.hash AS hash, CASE WHEN $verify THEN properties(r) END AS props,
                   {from: a.id, to: b.id, type: type(r)} AS links""",
            """
            UNWIND $rows AS row
            MATCH (a:Entity:Citegraph {id: row.from}), (b:Entity:Citegraph {id: row.to})
            USING INDEX SEEK a:Entity(id) USING INDEX SEEK b:Entity(id)
            MERGE (a)-[r:$(row.type) {id: row.props.id}]->(b)
            SET r = row.props""",
            """
            UNWIND $rows AS row
            MATCH (a:Entity:Citegraph {id: row.from}), (b:Entity:Citegraph {id: row.to})
            USING INDEX SEEK a:Entity(id) USING INDEX SEEK b:Entity(id)
            CREATE (a)-[r:$(row.type)]->(b)
            SET r = row.props""",
            // A relationship id is subject:TYPE:object[:title][@spell] and entity ids hold neither ':'
            // nor '@', so the entity-id index finds both its ends.
            """
            UNWIND $keys AS key
            MATCH (a:Entity:Citegraph {id: split(key, ':')[0]})-[r]->(b:Entity:Citegraph {id: split(split(key, ':')[2], '@')[0]})
            USING INDEX SEEK a:Entity(id) USING INDEX SEEK b:Entity(id)
            WHERE r.id = key
            DELETE r"""),

    MENTION("""
            MATCH (s:Source:Citegraph)-[m:MENTIONS]->(e:Entity:Citegraph)
            RETURN s.id + '|' + e.id AS key, m.hash AS hash, CASE WHEN $verify THEN properties(m) END AS props,
                   {source: s.id, entity: e.id} AS links""",
            """
            UNWIND $rows AS row
            MATCH (s:Source:Citegraph {id: row.source}), (e:Entity:Citegraph {id: row.entity})
            USING INDEX SEEK s:Source(id) USING INDEX SEEK e:Entity(id)
            MERGE (s)-[m:MENTIONS]->(e)
            SET m = row.props""",
            """
            UNWIND $rows AS row
            MATCH (s:Source:Citegraph {id: row.source}), (e:Entity:Citegraph {id: row.entity})
            USING INDEX SEEK s:Source(id) USING INDEX SEEK e:Entity(id)
            CREATE (s)-[m:MENTIONS]->(e)
            SET m = row.props""",
            """
            UNWIND $keys AS key
            MATCH (s:Source:Citegraph {id: split(key, '|')[0]})-[m:MENTIONS]->(e:Entity:Citegraph {id: split(key, '|')[1]})
            USING INDEX SEEK s:Source(id) USING INDEX SEEK e:Entity(id)
            DELETE m"""),

    /**
     * A conflict with its sides, written as one unit: {@code (:Conflict)-[:HAS_SIDE]->(:ConflictSide)},
     * each side {@code -[:CITES]->} the claims that take it, the conflict {@code -[:ABOUT]->} its entities.
     * Its hash covers the sides; sides are not verified one by one.
     */
    CONFLICT("""
            MATCH (n:Conflict:Citegraph) WHERE ($origin = 'curated') = (n.origin = 'curated')
            RETURN n.id AS key, n.hash AS hash, CASE WHEN $verify THEN properties(n) END AS props,
                   CASE WHEN $verify THEN {
                     about: COLLECT { MATCH (n)-[:ABOUT]->(e:Entity:Citegraph) RETURN e.id ORDER BY e.id },
                     sides: COLLECT { MATCH (n)-[:HAS_SIDE]->(s:ConflictSide:Citegraph)
                                      RETURN {props: properties(s), claims: COLLECT {
                                        UNWIND range(0, size(s.claimIds) - 1) AS i
                                        MATCH (s)-[:CITES]->(c:Claim:Citegraph {id: s.claimIds[i]}) RETURN c.id ORDER BY i }}
                                      ORDER BY s.index }}
                        ELSE {} END AS links""",
            withLinks("""
                    MERGE (c:Conflict:Citegraph {id: row.props.id})
                    SET c = row.props
                    WITH c, row
                    CALL (c) { MATCH (c)-[:HAS_SIDE]->(s:ConflictSide:Citegraph) DETACH DELETE s }
                    CALL (c) { MATCH (c)-[x:ABOUT]->() DELETE x }"""),
            withLinks("""
                    CREATE (c:Conflict:Citegraph)
                    SET c = row.props
                    WITH c, row"""),
            """
            UNWIND $keys AS key
            MATCH (c:Conflict:Citegraph {id: key}) USING INDEX SEEK c:Conflict(id)
            OPTIONAL MATCH (c)-[:HAS_SIDE]->(s:ConflictSide:Citegraph)
            DETACH DELETE s, c""");

    final String state;
    final String upsert;
    /**
     * Writes rows the graph does not hold at all yet (no node or relationship with their key): the
     * upsert's look-up of what it replaces, and of links to undo, is left out. A first ingest
     * writes nothing else.
     */
    final String create;
    final String delete;
    /** How reports name rows of this kind. */
    final String plural;

    /**
     * A conflict row's statement: {@code node} writes the conflict {@code c} (new, or replacing one
     * whose sides and ABOUT links it has removed), then its links are created, the same for both.
     */
    private static String withLinks(String node) {
        return "UNWIND $rows AS row\n" + node + "\n" + """
                CALL (c, row) { UNWIND row.about AS id MATCH (e:Entity:Citegraph {id: id}) USING INDEX SEEK e:Entity(id) CREATE (c)-[:ABOUT]->(e) }
                CALL (c, row) {
                  UNWIND row.sides AS side
                  CREATE (s:ConflictSide:Citegraph)
                  SET s = side.props
                  CREATE (c)-[:HAS_SIDE]->(s)
                  WITH s, side
                  UNWIND side.claims AS id
                  MATCH (claim:Claim:Citegraph {id: id}) USING INDEX SEEK claim:Claim(id)
                  CREATE (s)-[:CITES]->(claim)
                }""";
    }

    GraphKind(String state, String upsert, String create, String delete) {
        this.state = state;
        this.upsert = upsert;
        this.create = create;
        this.delete = delete;
        this.plural = name().equals("ENTITY") ? "entities" : name().toLowerCase(java.util.Locale.ROOT) + "s";
    }
}
