// Rule: a relationship one source states and another denies.
// A relationship with both supporting and disputing citations (corpus claims with
// `stance: disputes`) is a conflict between the two groups of sources. The dates explain it
// (explainedByTime) when every supporting article was published in a different year from every
// disputing one: they may describe different moments. Relationships a curated conflict already
// covers are left to it. Returns one row per conflict; the ingest writes them as (:Conflict) nodes.
// Relationships that rest only on retracted sources take no part.
// The relationships curated conflicts cover are listed once, not looked for among every conflict
// for each relationship (the graph holds the conflicts of the last ingest: at 5,000 articles 1,760).
CALL () {
  MATCH (c:Conflict:Citegraph {origin: 'curated'})-[:HAS_SIDE]->(s:ConflictSide)
  UNWIND s.relationshipIds AS id
  RETURN collect(DISTINCT id) AS curated
}
// Each entity's own outgoing relationships are followed (the subquery), so only the relationships
// between entities are read. Left to the planner, the same pattern was once a hash join of every
// relationship into an entity, MENTIONS and claim links included (at 200,000 claims 880,000 rows,
// 480 MB: the first ingest of a 512 MB server failed on it), and with a hint on the start, an
// expansion of every entity's incoming relationships (989,000 at 200,000 claims: 1.2 s where the
// subquery takes 0.4).
MATCH (a:Entity:Citegraph)
CALL (a) {
  MATCH (a)-[r]->(b:Entity:Citegraph)
  RETURN r, b
}
WITH curated, a, r, b
WHERE r.retracted IS NULL AND 'disputes' IN r.citedStances AND 'supports' IN r.citedStances
  AND NOT r.id IN curated
WITH a, r, b, range(0, size(r.citations) - 1) AS is
WITH a, r, b,
     [i IN is WHERE r.citedStances[i] = 'supports' | r.citedSources[i]] AS supporters,
     [i IN is WHERE r.citedStances[i] = 'disputes' | r.citedSources[i]] AS disputers
MATCH (s:Source) WHERE s.id IN supporters + disputers
WITH a, r, b,
     collect(DISTINCT CASE WHEN s.id IN supporters THEN s.title END) AS supportTitles,
     collect(DISTINCT CASE WHEN s.id IN disputers THEN s.title END) AS disputeTitles,
     collect(DISTINCT CASE WHEN s.id IN supporters THEN left(s.publishedOn, 4) END) AS supportYears,
     collect(DISTINCT CASE WHEN s.id IN disputers THEN left(s.publishedOn, 4) END) AS disputeYears
WITH a, r, b, none(y IN supportYears WHERE y IN disputeYears) AS explained,
     reduce(text = '', t IN supportTitles | text + CASE WHEN text = '' THEN '' ELSE '; ' END + '"' + t + '"') AS supporters,
     reduce(text = '', t IN disputeTitles | text + CASE WHEN text = '' THEN '' ELSE '; ' END + '"' + t + '"') AS disputers
RETURN r.id + ' disputed' AS id,
       'disputed-relationships' AS origin,
       'Sources disagree whether ' + a.name + ' ' + type(r) + coalesce(' (' + r.title + ')', '') + ' ' + b.name
         + CASE WHEN explained THEN '; they were published in different years.' ELSE '.' END AS description,
       explained AS explainedByTime,
       [{summary: 'Stated by ' + supporters, relationshipIds: [r.id], stance: 'supports'},
        {summary: 'Denied by ' + disputers, relationshipIds: [r.id], stance: 'disputes'}] AS sides,
       [a.id, b.id] AS about
