// Who reports to whom?
// Every reporting line the articles state, followed up to the person at its top. Wu Zeming
// appears twice: under Zhang Yong (2023) and under Wu Yongming (2026); see r.spell.
// Shows: graph
MATCH p = (:Person)-[:REPORTS_TO*1..]->(top:Person)
WHERE NOT (top)-[:REPORTS_TO]->()
RETURN p;
