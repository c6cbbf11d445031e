// Where do the articles contradict each other?
// Relationships that one article states and another disputes, with both sides' words.
// Shows: table
MATCH (a:Entity)-[r]->(b:Entity)
WHERE 'disputes' IN r.quoteStances
UNWIND range(0, size(r.quotes) - 1) AS i
RETURN a.name + ' ' + type(r) + coalesce(' (' + r.title + ')', '') + ' ' + b.name AS claim,
       r.quoteStances[i] AS stance,
       r.quoteSources[i] AS source,
       r.quotes[i] AS quote
ORDER BY claim, stance DESC, source;
