// Relationships now carry their evidence as `citations` (the quoted words) and `cited*` lists, so
// that Neo4j Browser, which lists properties alphabetically, shows the quotes first. A graph
// written with the earlier names (`quotes`, `quoteSources`, …) is rewritten in full by the next
// ingest: forgetting which corpus it holds keeps that ingest from skipping an unchanged corpus.
// A graph with the new names matches nothing, so running this again changes nothing. A graph that
// records no corpus (one just imported) has nothing to forget: its relationships are not read.
MATCH (state:CorpusState:Citegraph {id: 'corpus'})
WHERE state.fingerprint IS NOT NULL
  AND EXISTS { MATCH (:Entity:Citegraph)-[r]->(:Entity:Citegraph) WHERE r.quotes IS NOT NULL }
REMOVE state.fingerprint;
