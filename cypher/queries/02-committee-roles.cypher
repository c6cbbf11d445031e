// Which role does each person have on each committee, since when, and who says so?
// One row per person and committee role, with the dates the articles give and the articles that state it.
// Shows: table
MATCH (person:Person)-[r:MEMBER_OF|CHAIRS|HOLDS_POSITION]->(committee:Organization {kind: 'committee'})
RETURN committee.name AS committee,
       person.name AS person,
       CASE type(r) WHEN 'MEMBER_OF' THEN 'member' WHEN 'CHAIRS' THEN 'chair' ELSE r.title END AS role,
       r.validFrom AS since,
       r.validTo AS until,
       r.status AS status,
       COLLECT { UNWIND r.citedSources AS source RETURN DISTINCT source } AS sources
ORDER BY committee, role, person;
