// Which articles is the graph built from?
// Each article with its date (and how precise it is), whether it stands or was retracted, how
// many entities it mentions and how many claims it states.
// Shows: table
MATCH (s:Source)
RETURN s.site AS site,
       s.title AS title,
       s.publishedOn AS published,
       s.datePrecision AS precision,
       s.status AS status,
       COUNT { (s)-[:MENTIONS]->(:Entity) } AS entitiesMentioned,
       COUNT { (s)-[:STATES]->(:Claim) } AS claimsStated
ORDER BY published, site;
