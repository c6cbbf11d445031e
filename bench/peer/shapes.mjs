// The query shapes the benchmark measures, each asked three ways: citegraph's GraphQL, the peer's
// GraphQL (@neo4j/graphql), and the one Cypher query a careful engineer would write for it (the
// floor). Each way has a normaliser that turns its answer into the same comparable form, so the
// three are checked to answer the same before anything is timed. Where the peer's generated API
// cannot return everything (an induced subgraph, ranked hits over two indexes), its answer is
// compared on what it can return, and `peerCompare` says which part that is.

import { TIMELINE_ENTRIES } from "./typedefs.mjs";

const citations = (quotes, sources, starts, ends) =>
    (quotes ?? []).map((q, i) => `${sources[i]}|${Number(starts[i])}|${Number(ends[i])}|${q}`).sort();
const fromCitegraph = (cs) => cs.map((c) => `${c.source.id}|${c.start}|${c.end}|${c.quote}`).sort();
const evidence = "id citations citedSources citedStarts citedEnds";
const fromEvidence = (p) => ({ id: p.id, citations: citations(p.citations, p.citedSources, p.citedStarts, p.citedEnds) });
// A timeline entry with the words that state it, in one comparable string.
const entry = (kind, date, id, quotes) => `${kind} ${date} ${id} ${JSON.stringify([...quotes].sort())}`;
const byId = (a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

// Every relationship type in one direction (or both), as @neo4j/graphql connection fields.
const connections = (types, directions, where, selection) =>
    types.flatMap((t) => directions.map((d) => `${d}_${t}Connection${where ? `(where: ${where})` : ""} { edges { ${selection} } }`)).join("\n");
const edgesOf = (entity) =>
    Object.entries(entity).filter(([k]) => k.endsWith("Connection")).flatMap(([, v]) => v.edges);

const STANDING = "{ edge: { retracted: { eq: null } } }";

export function shapes(types) {
    return [
        {
            name: "entity with relationships and citations (Wu Zeming)",
            key: "entity",
            citegraph: `{ entity(id: "wu-zeming") { id name relationships { id citations { quote start end source { id } } } } }`,
            fromCitegraph: (d) => ({ id: d.entity.id, name: d.entity.name,
                relationships: d.entity.relationships.map((r) => ({ id: r.id, citations: fromCitegraph(r.citations) })).sort(byId) }),
            peer: `{ entities(where: { id: { eq: "wu-zeming" } }) { id name
                ${connections(types, ["out", "in"], STANDING, `properties { ${evidence} }`)} } }`,
            fromPeer: (d) => ({ id: d.entities[0].id, name: d.entities[0].name,
                relationships: edgesOf(d.entities[0]).map((e) => fromEvidence(e.properties)).sort(byId) }),
            floor: `MATCH (e:Entity:Citegraph {id: $id})
                RETURN e.id AS id, e.name AS name,
                       COLLECT { MATCH (e)-[r]-(:Entity:Citegraph) WHERE r.retracted IS NULL
                                 RETURN r {${evidence.split(" ").map((p) => "." + p).join(", ")}} ORDER BY r.id } AS relationships`,
            params: { id: "wu-zeming" },
            fromFloor: ([row]) => ({ id: row.id, name: row.name, relationships: row.relationships.map(fromEvidence).sort(byId) }),
        },
        {
            name: 'full-text search "Qwen", top 10',
            key: "search",
            citegraph: `{ search(text: "Qwen", first: 10) { score entity { id } relationship { id } } }`,
            fromCitegraph: (d) => d.search.map((h) => hit(h.relationship ? h.relationship.id : h.entity.id, h.score)),
            // The peer has one query per full-text index; its client ranks the two lists together and
            // keeps each relationship's best-matching claim, as citegraph does in Cypher.
            peer: `{ entitiesByText(phrase: "Qwen", first: 10) { edges { score node { id } } }
                     claimsByQuote(phrase: "Qwen", first: 30, where: { node: { status: { eq: "accepted" }, NOT: { relationshipId: { eq: null } } } }) {
                       edges { score node { relationshipId } } } }`,
            fromPeer: (d) => ranked([...d.entitiesByText.edges.map((e) => hit(e.node.id, e.score)),
                ...d.claimsByQuote.edges.map((e) => hit(e.node.relationshipId, e.score))]),
            floor: `CALL () {
                      CALL db.index.fulltext.queryNodes('entity_text', $text, {limit: $limit}) YIELD node, score
                      RETURN node.id AS id, score
                      UNION ALL
                      CALL db.index.fulltext.queryNodes('claim_quotes', $text) YIELD node, score
                      WHERE node.status = 'accepted' AND node.relationshipId IS NOT NULL
                      RETURN node.relationshipId AS id, max(score) AS score
                    }
                    RETURN id, score ORDER BY score DESC LIMIT $limit`,
            params: { text: "Qwen", limit: 10 },
            fromFloor: (rows) => rows.map((r) => hit(r.id, r.score)),
            compare: sameHits,
        },
        {
            name: "neighborhood, depth 2 (Alibaba Group)",
            key: "neighborhood",
            citegraph: `{ neighborhood(id: "alibaba-group", depth: 2) { entities { id } relationships { id } } }`,
            fromCitegraph: (d) => ({ entities: d.neighborhood.entities.map((e) => e.id).sort(),
                relationships: d.neighborhood.relationships.map((r) => r.id).sort() }),
            peer: `{ entities(where: { id: { eq: "alibaba-group" } }) { id
                ${connections(types, ["out", "in"], STANDING, `node { id
                    ${connections(types, ["out", "in"], STANDING, "node { id }")} }`)} } }`,
            fromPeer: (d) => {
                const center = d.entities[0];
                const ids = new Set([center.id]);
                edgesOf(center).forEach((e) => { ids.add(e.node.id); edgesOf(e.node).forEach((f) => ids.add(f.node.id)); });
                return { entities: [...ids].sort() };
            },
            peerCompare: "entities only (nested fields reach the neighbours, not the relationships among them)",
            floor: `MATCH (c:Entity:Citegraph {id: $id})
                    OPTIONAL MATCH (c)((a)-[r]-(b:Entity:Citegraph) WHERE r.retracted IS NULL){1,2}(x)
                    WITH c, collect(DISTINCT x) AS reached
                    WITH [c] + [x IN reached WHERE x <> c] AS ns
                    RETURN [n IN ns | n.id] AS entities,
                           COLLECT { UNWIND ns AS a MATCH (a)-[r]->(b:Entity:Citegraph)
                                     WHERE b IN ns AND r.retracted IS NULL RETURN r.id } AS relationships`,
            params: { id: "alibaba-group" },
            fromFloor: ([row]) => ({ entities: [...row.entities].sort(), relationships: [...row.relationships].sort() }),
        },
        {
            name: "first 200 relationships with citations",
            key: "relationships",
            citegraph: `{ relationships(first: 200) { edges { node { id citations { quote start end source { id } } } } } }`,
            fromCitegraph: (d) => d.relationships.edges.map((e) => ({ id: e.node.id, citations: fromCitegraph(e.node.citations) })),
            // The peer lists nodes, not relationships: every entity's outgoing relationships, sorted
            // and cut to 200 by its client.
            peer: `{ entities { ${connections(types, ["out"], STANDING, `properties { ${evidence} }`)} } }`,
            fromPeer: (d) => d.entities.flatMap(edgesOf).map((e) => fromEvidence(e.properties)).sort(byId).slice(0, 200),
            floor: `MATCH (:Entity:Citegraph)-[r]->(:Entity:Citegraph) WHERE r.retracted IS NULL
                    WITH r ORDER BY r.id LIMIT 200
                    RETURN r {${evidence.split(" ").map((p) => "." + p).join(", ")}} AS r`,
            params: {},
            fromFloor: (rows) => rows.map((row) => fromEvidence(row.r)),
        },
        {
            // citegraph's paths are the distinct routes up to maxHops, one per sequence of entities. Wu
            // Zeming's shortest routes to Qwen are two hops long and none is one hop, so with maxHops 2
            // the routes are exactly the shortest ones, which the floor and the peer find with
            // allShortestPaths; all three are compared as sequences of entity ids.
            name: "paths, Wu Zeming to Qwen (routes of up to 2 hops)",
            key: "paths",
            citegraph: `{ paths(from: "wu-zeming", to: "qwen", maxHops: 2, first: 20) { entities { id } relationships { id citations { quote } } } }`,
            fromCitegraph: (d) => d.paths.map((p) => p.entities.map((e) => e.id).join(" ")).sort(),
            peer: `{ paths(from: "wu-zeming", to: "qwen", first: 20) }`,
            fromPeer: (d) => [...new Set(d.paths.map((p) => p.trim()))].sort(),
            peerCompare: "entity ids of each route (a @cypher field returns strings)",
            floor: `MATCH (from:Entity:Citegraph {id: $from}), (to:Entity:Citegraph {id: $to})
                    MATCH p = allShortestPaths((from)-[*..2]-(to))
                    WHERE all(r IN relationships(p) WHERE r.retracted IS NULL) AND all(n IN nodes(p) WHERE n:Entity:Citegraph)
                    WITH DISTINCT [n IN nodes(p) | n.id] AS route, p
                    WITH route, collect([r IN relationships(p) | r {.id, .citations}]) AS hops LIMIT $first
                    RETURN route, hops`,
            params: { from: "wu-zeming", to: "qwen", first: 20 },
            fromFloor: (rows) => rows.map((row) => row.route.join(" ")).sort(),
        },
        {
            name: "timeline of Wu Zeming",
            key: "timeline",
            citegraph: `{ timeline(entity: "wu-zeming") { date kind description event { id } relationship { id } citations { quote source { id } } } }`,
            fromCitegraph: (d) => d.timeline.map((t) => entry(t.kind, t.date, (t.event ?? t.relationship).id, t.citations.map((c) => c.quote))).sort(),
            peer: `{ timeline(entity: "wu-zeming") { kind date id quotes } }`,
            fromPeer: (d) => d.timeline.map((t) => entry(t.kind, t.date, t.id, t.quotes)).sort(),
            floor: `MATCH (x:Entity:Citegraph {id: $id})
                    ${TIMELINE_ENTRIES}
                    RETURN kind, date, id, quotes`,
            params: { id: "wu-zeming" },
            fromFloor: (rows) => rows.map((r) => entry(r.kind, r.date, r.id, r.quotes)).sort(),
        },
        {
            name: "conflicts (the first 100), both sides with citations",
            key: "conflicts",
            citegraph: `{ conflicts(first: 100) { id explainedByTime sides { summary relationships { id } citations { quote start end source { id } } } } }`,
            fromCitegraph: (d) => d.conflicts.map((c) => conflict(c.id, c.explainedByTime, c.sides.map((s) =>
                side(s.summary, s.relationships.map((r) => r.id), fromCitegraph(s.citations))))).sort(byId),
            peer: `{ conflicts(where: { retracted: { eq: null } }, sort: [{ origin: ASC }, { id: ASC }], limit: 100) { id explainedByTime
                     sides { summary relationshipIds cites { quote start end sourceId } } } }`,
            fromPeer: (d) => d.conflicts.map((c) => conflict(c.id, c.explainedByTime, c.sides.map((s) =>
                side(s.summary, s.relationshipIds ?? [], s.cites.map((x) => `${x.sourceId}|${x.start}|${x.end}|${x.quote}`))))).sort(byId),
            floor: `MATCH (c:Conflict:Citegraph) WHERE c.retracted IS NULL
                    RETURN c.id AS id, c.explainedByTime AS explainedByTime,
                           COLLECT { MATCH (c)-[:HAS_SIDE]->(s:ConflictSide)
                                     RETURN s {.summary, .relationshipIds,
                                               citations: COLLECT { MATCH (s)-[:CITES]->(x:Claim) RETURN x {.quote, .start, .end, .sourceId} } }
                                     ORDER BY s.index } AS sides
                    ORDER BY c.origin, c.id LIMIT 100`,
            params: {},
            fromFloor: (rows) => rows.map((c) => conflict(c.id, c.explainedByTime, c.sides.map((s) =>
                side(s.summary, s.relationshipIds ?? [], s.citations.map((x) => `${x.sourceId}|${Number(x.start)}|${Number(x.end)}|${x.quote}`))))).sort(byId),
        },
        {
            name: "asOf 2026-04: who holds positions at Alibaba Group",
            key: "asOf",
            // The first 50 by id in all three: at ×1000 more than 50 hold a position at once.
            citegraph: `{ relationships(to: "alibaba-group", types: [HOLDS_POSITION], asOf: "2026-04", first: 50) {
                           edges { node { id title from { id } citations { quote start end source { id } } } } } }`,
            fromCitegraph: (d) => d.relationships.edges.map((e) => ({ id: e.node.id, citations: fromCitegraph(e.node.citations) })).sort(byId),
            peer: `{ entities(where: { id: { eq: "alibaba-group" } }) {
                     in_HOLDS_POSITIONConnection(first: 50, sort: [{ edge: { id: ASC } }], where: { edge: { retracted: { eq: null },
                         heldFromEarliest: { lte: "2026-04-30" }, heldToLatest: { gte: "2026-04-01" } } }) {
                       edges { properties { ${evidence} title } node { id } } } } }`,
            fromPeer: (d) => edgesOf(d.entities[0]).map((e) => fromEvidence(e.properties)).sort(byId),
            floor: `MATCH (a:Entity:Citegraph)-[r:HOLDS_POSITION]->(:Entity:Citegraph {id: $to})
                    WHERE r.retracted IS NULL AND r.heldFromEarliest <= date($last) AND r.heldToLatest >= date($first)
                    RETURN r {${evidence.split(" ").map((p) => "." + p).join(", ")}, .title, from: a.id} AS r ORDER BY r.id LIMIT 50`,
            params: { to: "alibaba-group", first: "2026-04-01", last: "2026-04-30" },
            fromFloor: (rows) => rows.map((row) => fromEvidence(row.r)).sort(byId),
        },
    ];
}

function hit(id, score) {
    return { id, score: Math.round(score * 1e4) / 1e4 };
}

/** One hit per id, its best score, best first, ten at most. */
function ranked(hits) {
    const best = new Map();
    hits.forEach((h) => { if (!best.has(h.id) || best.get(h.id).score < h.score) best.set(h.id, h); });
    return [...best.values()].sort((a, b) => b.score - a.score || byId(a, b)).slice(0, 10);
}

/**
 * Two rankings agree when they hold the same hits with the same scores; hits tied at the lowest
 * score may differ, since which of equally scored hits makes the cut is arbitrary.
 */
function sameHits(a, b) {
    if (a.length !== b.length) return false;
    const cut = Math.min(...a.map((h) => h.score));
    const above = (hs) => hs.filter((h) => h.score > cut).map((h) => `${h.id}@${h.score}`).sort();
    const scores = (hs) => hs.map((h) => h.score).sort();
    return JSON.stringify(above(a)) === JSON.stringify(above(b)) && JSON.stringify(scores(a)) === JSON.stringify(scores(b));
}

function conflict(id, explainedByTime, sides) {
    return { id, explainedByTime, sides: sides.sort((x, y) => (x.summary < y.summary ? -1 : 1)) };
}

function side(summary, relationshipIds, cites) {
    return { summary, relationships: [...relationshipIds].sort(), citations: [...cites].sort() };
}
