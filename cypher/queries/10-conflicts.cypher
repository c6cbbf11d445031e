// Where do the articles contradict each other?
// Each conflict (curated, or found by the rules: two holders of one place, a statement another article disputes), its sides and each side's words, and whether time explains it.
// Shows: table
MATCH (c:Conflict:Citegraph)-[:HAS_SIDE]->(side:ConflictSide)-[:CITES]->(claim:Claim)<-[:STATES]-(s:Source)
WHERE NOT coalesce(c.retracted, false)
RETURN c.id AS conflict,
       c.explainedByTime AS explainedByTime,
       side.summary AS summary,
       s.id AS source,
       claim.quote AS quote
ORDER BY conflict, side.index, source;
