// Which claims are hearsay, forecasts or hypotheses?
// Citations that an article attributes to others ("reportedly", "according to insiders"), predicts
// or only supposes, rather than asserts.
// Shows: table
MATCH (a:Entity)-[r]->(b:Entity)
UNWIND range(0, size(r.citations) - 1) AS i
WITH a, r, b, i
WHERE r.citedModalities[i] <> 'asserted'
RETURN r.citedModalities[i] AS modality,
       a.name + ' ' + type(r) + ' ' + b.name AS claim,
       r.citedSources[i] AS source,
       r.citations[i] AS quote
ORDER BY modality, source, claim;
