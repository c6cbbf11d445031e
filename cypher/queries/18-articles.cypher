// Which articles is the graph built from?
// Each article with its date (and how precise it is), how many entities it mentions and how
// many relationships it is cited for.
// Shows: table
MATCH (s:Source)
RETURN s.site AS site,
       s.title AS title,
       s.publishedOn AS published,
       s.datePrecision AS precision,
       COUNT { (s)-[:MENTIONS]->(:Entity) } AS entitiesMentioned,
       COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE s.id IN r.quoteSources } AS relationshipsCited
ORDER BY published, site;
