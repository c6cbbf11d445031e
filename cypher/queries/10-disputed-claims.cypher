// Where do the articles contradict each other?
// Relationships that one article states and another disputes, with both sides' words.
// Shows: table
MATCH (a:Entity)-[r]->(b:Entity)
WHERE 'disputes' IN r.citedStances
UNWIND range(0, size(r.citations) - 1) AS i
RETURN a.name + ' ' + type(r) + coalesce(' (' + r.title + ')', '') + ' ' + b.name AS claim,
       r.citedStances[i] AS stance,
       r.citedSources[i] AS source,
       r.citations[i] AS quote
ORDER BY claim, stance DESC, source;
