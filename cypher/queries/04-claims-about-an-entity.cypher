// What do the articles claim about one entity, in their own words?
// Every claim whose subject or object is the entity named on the first line, one row per claim,
// with the article, its review status, whether it supports or disputes the relationship, and
// the quote's code-point offsets. Put any name or alias there: 吴泽明, Eddie Wu, ATH, Tongyi Qianwen...
// Shows: table
WITH 'Wu Zeming' AS name
MATCH (e:Entity)
WHERE e.name = name OR name IN e.aliases
MATCH (s:Source)-[:STATES]->(c:Claim)-[:SUBJECT|OBJECT]->(e)
MATCH (c)-[:SUBJECT]->(subject:Entity), (c)-[:OBJECT]->(object:Entity)
RETURN c.id AS claim,
       subject.name AS subject,
       c.type AS relationship,
       c.title AS title,
       object.name AS object,
       s.id AS source,
       c.status AS status,
       c.stance AS stance,
       c.quote AS quote,
       c.start AS quoteStart,
       c.end AS quoteEnd
ORDER BY relationship, object, source, quoteStart;
