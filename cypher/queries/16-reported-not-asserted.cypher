// Which claims are hearsay, forecasts or hypotheses?
// Citations that an article attributes to others ("reportedly", "according to insiders"), predicts
// or only supposes, rather than asserts.
// Shows: table
MATCH (a:Entity)-[r]->(b:Entity)
UNWIND range(0, size(r.quotes) - 1) AS i
WITH a, r, b, i
WHERE r.quoteModalities[i] <> 'asserted'
RETURN r.quoteModalities[i] AS modality,
       a.name + ' ' + type(r) + ' ' + b.name AS claim,
       r.quoteSources[i] AS source,
       r.quotes[i] AS quote
ORDER BY modality, source, claim;
