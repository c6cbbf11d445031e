// What is the Alibaba Token Hub, according to each article?
// The Plugg calls it a business unit that centralizes AI tokens; ChinaNews an organizational
// push. Every quote about the hub, by article, shows the disagreement.
// Shows: table
MATCH (hub:Entity {id: 'alibaba-token-hub'})-[r]-(:Entity)
UNWIND range(0, size(r.citations) - 1) AS i
MATCH (s:Source {id: r.citedSources[i]})
RETURN s.site AS source,
       startNode(r).name + ' ' + type(r) + ' ' + endNode(r).name AS claim,
       r.citations[i] AS quote,
       r.citedModalities[i] AS modality
ORDER BY source, claim;
