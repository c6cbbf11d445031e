// What held in 2023, and what in 2026?
// Dated relationships, with whether each held in 2023 and in 2026. A relationship holds in a
// year when its validFrom..validTo interval (validFromDay..validToDay, open ends unbounded)
// overlaps the year; one kept apart by its spell ("2023", "2026") counts only in that year.
// Undated relationships are left out: the articles do not say when they held.
// Shows: table
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.validFromDay IS NOT NULL OR r.validToDay IS NOT NULL OR r.spell IS NOT NULL
WITH a, r, b,
     [year IN [2023, 2026]
        WHERE (r.validFromDay IS NULL OR r.validFromDay <= date({year: year, month: 12, day: 31}))
          AND (r.validToDay IS NULL OR r.validToDay >= date({year: year, month: 1, day: 1}))
          AND (r.spell IS NULL OR r.spell = toString(year))] AS years
RETURN CASE years WHEN [2023] THEN '2023 only' WHEN [2026] THEN '2026 only'
                  WHEN [2023, 2026] THEN 'both' ELSE 'neither' END AS held,
       a.name AS subject,
       type(r) AS relationship,
       r.title AS title,
       b.name AS object,
       r.validFrom AS validFrom,
       r.validTo AS validTo,
       r.spell AS spell,
       r.status AS status
ORDER BY held, subject, relationship, object;
