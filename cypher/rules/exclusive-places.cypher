// Rule: two holders of one place at once.
// Some relationships admit one holder at a time (corpus/ontology.yaml, `exclusive`): one CEO or
// CTO of an organization, one chair of a committee, one manager of a person. Two such
// relationships with the same exclusiveKey but different holders, whose held periods can overlap,
// are a conflict. The dates explain it (explainedByTime) unless the periods certainly overlap:
// the later start comes no later than the earlier end, at the precision the sources give. Pairs a curated conflict already sets against each other are left
// to it. Returns one row per conflict; the ingest writes them as (:Conflict) nodes.
// Relationships that rest only on retracted sources take no part. Holders are grouped by place
// first, so the pairs compared grow with the holders of one place, not with the whole graph.
// The pairs curated conflicts set against each other are listed once, not looked for among every
// conflict for each pair (the graph holds the conflicts of the last ingest: at 5,000 articles 1,760).
CALL () {
  MATCH (c:Conflict:Citegraph {origin: 'curated'})-[:HAS_SIDE]->(s1:ConflictSide), (c)-[:HAS_SIDE]->(s2:ConflictSide)
  WHERE s1 <> s2
  UNWIND s1.relationshipIds AS x
  UNWIND s2.relationshipIds AS y
  RETURN collect(DISTINCT [x, y]) AS curated
}
// Each entity's own outgoing relationships are followed (the subquery), so only the relationships
// between entities are read. Left to the planner, the same pattern was once a hash join of every
// relationship into an entity, MENTIONS and claim links included (at 200,000 claims 880,000 rows,
// 480 MB: the first ingest of a 512 MB server failed on it); the disputed-relationships rule, with
// a hint on the start, expanded every entity's incoming relationships instead.
MATCH (a:Entity:Citegraph)
CALL (a) {
  MATCH (a)-[r]->(b:Entity:Citegraph)
  RETURN r, b
}
WITH curated, a, r, b
WHERE r.exclusiveKey IS NOT NULL AND r.heldToLatest IS NOT NULL AND r.retracted IS NULL
WITH curated, r.exclusiveKey AS place, collect({a: a, r: r, b: b}) AS holders WHERE size(holders) > 1
UNWIND holders AS h1
UNWIND holders AS h2
WITH curated, h1.a AS a1, h1.r AS r1, h1.b AS b1, h2.a AS a2, h2.r AS r2, h2.b AS b2
WHERE r1.id < r2.id
  AND (CASE WHEN a1 = a2 THEN b1 <> b2 ELSE a1 <> a2 END)
  AND r1.heldFromEarliest <= r2.heldToLatest AND r2.heldFromEarliest <= r1.heldToLatest
  AND NOT [r1.id, r2.id] IN curated
WITH a1, r1, b1, a2, r2, b2,
     CASE WHEN r1.heldFromLatest > r2.heldFromLatest THEN r1.heldFromLatest ELSE r2.heldFromLatest END
           <= CASE WHEN r1.heldToEarliest < r2.heldToEarliest THEN r1.heldToEarliest ELSE r2.heldToEarliest END
       AS certainlyOverlap
RETURN r1.id + ' vs ' + r2.id AS id,
       'exclusive-places' AS origin,
       CASE
         WHEN a1 = a2 THEN a1.name + ' ' + type(r1) + ' both ' + b1.name + ' and ' + b2.name
         ELSE b1.name + ' has two ' + coalesce(r1.title + ' holders', type(r1) + ' holders') + ': '
              + a1.name + ' and ' + a2.name
       END
       + CASE WHEN certainlyOverlap THEN ', at the same time.'
              ELSE '; the dates allow one after the other.' END AS description,
       NOT certainlyOverlap AS explainedByTime,
       [side IN [[a1, r1, b1], [a2, r2, b2]] |
         {summary: side[0].name + ' ' + type(side[1]) + coalesce(' (' + side[1].title + ')', '') + ' ' + side[2].name
                   + ', held ' + coalesce(side[1].heldFrom, 'until') + ' … ' + side[1].heldTo
                   + coalesce(' (' + side[1].status + ')', ''),
          relationshipIds: [side[1].id], stance: 'supports'}] AS sides,
       [a1.id, b1.id, a2.id, b2.id] AS about
