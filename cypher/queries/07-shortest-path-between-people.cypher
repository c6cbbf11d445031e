// How are two people connected?
// The shortest chains of stated relationships (not mere mentions) between the two people named
// on the first line; change them to any two people. Alibaba Group itself is left out of the
// chains: nearly everything links to it, which says nothing about how two people are related.
// Shows: graph
WITH 'Jack Ma' AS from, 'Zhou Jingren' AS to
MATCH (a:Person {name: from}), (b:Person {name: to})
MATCH p = allShortestPaths((a)-[*..8]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity AND n.id <> 'alibaba-group')
RETURN p;
