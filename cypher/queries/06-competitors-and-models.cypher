// Who competes with Alibaba, and with which models?
// Every competition the articles name, and the AI models each side develops.
// Shows: graph
MATCH p = (a:Entity)-[:COMPETES_WITH]->(b:Entity)
OPTIONAL MATCH models = (side:Organization)-[:DEVELOPS]->(:Product {kind: 'model'})
WHERE side IN [a, b]
RETURN p, models;
