// Every node the application writes is found by its id under its own label; these constraints
// keep ids unique and give each label its lookup index.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT conflict_id IF NOT EXISTS FOR (c:Conflict) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT conflict_side_id IF NOT EXISTS FOR (s:ConflictSide) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT corpus_state_id IF NOT EXISTS FOR (c:CorpusState) REQUIRE c.id IS UNIQUE;
