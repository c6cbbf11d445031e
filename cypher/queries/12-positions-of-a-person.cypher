// Which positions has one person held, and when?
// Titles, leadership and memberships of the person named on the first line, oldest first,
// with the dates and status ("former") the articles give.
// Shows: table
WITH 'Wu Zeming' AS name
MATCH (p:Person)
WHERE p.name = name OR name IN p.aliases
MATCH (p)-[r:HOLDS_POSITION|LEADS|MEMBER_OF|CHAIRS|SUCCEEDED]->(where:Entity)
RETURN type(r) AS relationship,
       r.title AS title,
       where.name AS at,
       r.validFrom AS validFrom,
       r.validTo AS validTo,
       r.status AS status,
       r.spell AS spell,
       COLLECT { UNWIND r.citedSources AS source RETURN DISTINCT source } AS sources
ORDER BY coalesce(r.validFromDay, r.validToDay, date('9999-12-31')), relationship, at;
