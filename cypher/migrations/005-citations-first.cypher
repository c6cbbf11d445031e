// Relationships now carry their evidence as `citations` (the quoted words) and `cited*` lists, so
// that Neo4j Browser, which lists properties alphabetically, shows the quotes first. A graph
// written with the earlier names (`quotes`, `quoteSources`, …) is rewritten in full by the next
// ingest: forgetting which corpus it holds keeps that ingest from skipping an unchanged corpus.
// A graph with the new names matches nothing, so running this again changes nothing.
MATCH (:Entity:Citegraph)-[r]->(:Entity:Citegraph) WHERE r.quotes IS NOT NULL
WITH count(r) AS earlier WHERE earlier > 0
MATCH (state:CorpusState:Citegraph {id: 'corpus'})
REMOVE state.fingerprint;
