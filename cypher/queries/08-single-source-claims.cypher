// Which relationships rest on one article only?
// Relationships whose every citation comes from the same source: the claims to double-check first.
// Shows: table
MATCH (a:Entity)-[r]->(b:Entity)
WITH a, r, b, COLLECT { UNWIND r.citedSources AS source RETURN DISTINCT source } AS sources
WHERE size(sources) = 1
RETURN sources[0] AS onlySource,
       a.name AS subject,
       type(r) AS relationship,
       r.title AS title,
       b.name AS object,
       r.citations[0] AS quote
ORDER BY onlySource, relationship, subject, object;
