// Graphs written before claims became nodes carry no Citegraph label. Such a graph is recognized
// by the state node the earlier version kept ((:CorpusState {id: 'corpus'}) without the label);
// only then are the nodes of its labels taken as ours. That version removed every other node of
// these labels at each start, so no one else's data can be among them.
MATCH (state:CorpusState {id: 'corpus'}) WHERE NOT state:Citegraph
CALL () {
  MATCH (n) WHERE n:Entity OR n:Source OR n:Conflict OR n:ConflictSide OR n:CorpusState
  SET n:Citegraph
};
