// The peer's type definitions, written to match the labels, relationship types and properties
// the application writes (cypher/schema.cypher). Relationship fields are generated from the
// relationship types of corpus/ontology.yaml, one outgoing and one incoming field per type,
// because @neo4j/graphql needs a field per type and direction: that is how a user of it would
// model this graph.
import { readFileSync } from "node:fs";

export function relationshipTypes(ontologyFile) {
    const text = readFileSync(ontologyFile, "utf8");
    const section = text.slice(text.indexOf("\nrelationshipTypes:"));
    return [...section.matchAll(/^ {2}([A-Z_]+):/gm)].map((m) => m[1]);
}

// An entity x's dated changes with the words that state them: the peer's @cypher timeline and the
// floor's query (shapes.mjs) read the same, so that both do the work citegraph's timeline does.
export const TIMELINE_ENTRIES = `CALL (x) {
  MATCH (x)--(ev:Event:Citegraph) WHERE ev.date IS NOT NULL
  WITH DISTINCT x, ev
  RETURN 'EVENT' AS kind, ev.date AS date, ev.id AS id,
         [ev.dateQuote] + COLLECT { MATCH (x)-[r]-(ev) WHERE r.retracted IS NULL UNWIND r.citations AS q RETURN q } AS quotes
  UNION ALL
  MATCH (ev:Event:Citegraph) WHERE ev = x AND ev.date IS NOT NULL
  RETURN 'EVENT' AS kind, ev.date AS date, ev.id AS id, [ev.dateQuote] AS quotes
  UNION ALL
  MATCH (x)-[r]-(:Entity:Citegraph) WHERE r.validFrom IS NOT NULL AND r.retracted IS NULL
  RETURN 'BEGINS' AS kind, r.validFrom AS date, r.id AS id, r.citations AS quotes
  UNION ALL
  MATCH (x)-[r]-(:Entity:Citegraph) WHERE r.validTo IS NOT NULL AND r.retracted IS NULL
  RETURN 'ENDS' AS kind, r.validTo AS date, r.id AS id, r.citations AS quotes
}`;

export function typeDefs(types) {
    const fields = types.flatMap((t) => [
        `    out_${t}: [Entity!]! @relationship(type: "${t}", direction: OUT, properties: "Evidence")`,
        `    in_${t}: [Entity!]! @relationship(type: "${t}", direction: IN, properties: "Evidence")`,
    ]);
    return `
# The application's full-text index over names, aliases and descriptions; @fulltext takes no
# list field, so aliases are left out of the declaration (the index itself still covers them).
type Entity @node(labels: ["Entity", "Citegraph"]) @fulltext(indexes: [{ indexName: "entity_text", queryName: "entitiesByText", fields: ["name", "description"] }]) {
    id: ID!
    name: String!
    type: String
    kind: String
    aliases: [String!]
    description: String
${fields.join("\n")}
}

# The evidence a relationship carries: its claims' words as parallel lists.
type Evidence @relationshipProperties {
    id: ID!
    title: String
    validFrom: String
    validTo: String
    heldFromEarliest: Date
    heldToLatest: Date
    citations: [String!]
    citedSources: [String!]
    citedStarts: [Int!]
    citedEnds: [Int!]
    citedStances: [String!]
    claimIds: [String!]
    retracted: Boolean
}

type Claim @node(labels: ["Claim", "Citegraph"]) @fulltext(indexes: [{ indexName: "claim_quotes", queryName: "claimsByQuote", fields: ["quote"] }]) {
    id: ID!
    quote: String!
    start: Int
    end: Int
    sourceId: String
    subjectId: String
    relationshipId: String
    stance: String
    status: String
}

# What the generated API cannot express, a user of @neo4j/graphql writes as @cypher fields:
# shortest paths (each route as its entity ids) and the dated changes of an entity with their words.
type Query {
    paths(from: ID!, to: ID!, first: Int!): [String!]!
        @cypher(columnName: "route", statement: """
        MATCH (from:Entity:Citegraph {id: $from}), (to:Entity:Citegraph {id: $to})
        MATCH p = allShortestPaths((from)-[*..2]-(to))
        WHERE all(r IN relationships(p) WHERE r.retracted IS NULL) AND all(n IN nodes(p) WHERE n:Entity:Citegraph)
        WITH DISTINCT [n IN nodes(p) | n.id] AS ids ORDER BY ids LIMIT $first
        RETURN reduce(s = '', id IN ids | s + ' ' + id) AS route
        """)
    timeline(entity: ID!): [TimelineEntry!]!
        @cypher(columnName: "entry", statement: """
        MATCH (x:Entity:Citegraph {id: $entity})
        ${TIMELINE_ENTRIES}
        RETURN {kind: kind, date: date, id: id, quotes: quotes} AS entry
        """)
}

# One dated change of an entity with the words that state it: not a node, the map a @cypher
# field returns (an event's date quote and its relationships' quotes, or a relationship's).
type TimelineEntry {
    kind: String!
    date: String!
    id: ID!
    quotes: [String!]!
}

type Conflict @node(labels: ["Conflict", "Citegraph"]) {
    id: ID!
    description: String
    explainedByTime: Boolean
    origin: String
    retracted: Boolean
    sides: [ConflictSide!]! @relationship(type: "HAS_SIDE", direction: OUT)
    about: [Entity!]! @relationship(type: "ABOUT", direction: OUT)
}

type ConflictSide @node(labels: ["ConflictSide", "Citegraph"]) {
    id: ID!
    index: Int
    summary: String
    relationshipIds: [String!]
    claimIds: [String!]
    cites: [Claim!]! @relationship(type: "CITES", direction: OUT)
}
`;
}
