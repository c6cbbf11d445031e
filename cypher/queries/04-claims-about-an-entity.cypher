// What do the articles claim about one entity, in their own words?
// Every relationship of the entity named on the first line, one row per quote, with the
// article, whether it supports or disputes the claim, and the quote's code-point offsets.
// Put any name or alias there: 吴泽明, Eddie Wu, ATH, Tongyi Qianwen...
// Shows: table
WITH 'Wu Zeming' AS name
MATCH (e:Entity)
WHERE e.name = name OR name IN e.aliases
MATCH (e)-[r]-(:Entity)
UNWIND range(0, size(r.quotes) - 1) AS i
RETURN startNode(r).name AS subject,
       type(r) AS relationship,
       r.title AS title,
       endNode(r).name AS object,
       r.quoteSources[i] AS source,
       r.quoteStances[i] AS stance,
       r.quotes[i] AS quote,
       r.quoteStarts[i] AS quoteStart,
       r.quoteEnds[i] AS quoteEnd
ORDER BY relationship, object, source, quoteStart;
