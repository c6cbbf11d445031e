// Which quotes talk about a subject?
// Full-text search over every verbatim quote (the citation_quotes index), best match first.
// Change the words on the first line; Lucene syntax works ("token*", "export AND chips").
// Shows: table
WITH 'token* OR compute' AS words
CALL db.index.fulltext.queryRelationships('citation_quotes', words) YIELD relationship AS r, score
RETURN round(score, 2) AS score,
       startNode(r).name + ' ' + type(r) + ' ' + endNode(r).name AS claim,
       [i IN range(0, size(r.quotes) - 1) | r.quoteSources[i] + ': ' + r.quotes[i]] AS quotes
ORDER BY score DESC
LIMIT 20;
