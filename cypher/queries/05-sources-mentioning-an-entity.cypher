// Which articles mention one entity, and how often?
// Change the name on the first line (any name or alias).
// Shows: table
WITH 'Alibaba Token Hub' AS name
MATCH (e:Entity)
WHERE e.name = name OR name IN e.aliases
MATCH (s:Source)-[m:MENTIONS]->(e)
RETURN s.site AS site,
       s.title AS title,
       s.publishedOn AS published,
       m.count AS mentions,
       s.url AS url
ORDER BY mentions DESC, published;
