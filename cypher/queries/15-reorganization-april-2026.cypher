// Who took part in the April 8, 2026 AI and cloud reorganization?
// Everyone the articles involve in it, and every relationship that began that day.
// Shows: graph
MATCH p = (:Entity)-[:INVOLVED_IN]->(:Event {id: 'ai-cloud-reorganization-2026'})
RETURN p
UNION
MATCH p = (:Entity)-[r]->(:Entity)
WHERE r.validFrom = '2026-04-08'
RETURN p;
