// Which quotes talk about a subject?
// Full-text search over the words of every claim (the claim_quotes index), best match first.
// Change the words on the first line; Lucene syntax works ("token*", "export AND chips").
// Shows: table
WITH 'token* OR compute' AS words
CALL db.index.fulltext.queryNodes('claim_quotes', words) YIELD node AS c, score
MATCH (s:Source)-[:STATES]->(c)
RETURN round(score, 2) AS score,
       s.id AS source,
       c.quote AS quote,
       coalesce(c.subjectId + ' ' + c.type + ' ' + c.objectId, 'evidence for a conflict') AS claim,
       c.status AS status
ORDER BY score DESC
LIMIT 20;
