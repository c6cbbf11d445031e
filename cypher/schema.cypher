// citegraph schema: applied by the application at start (each statement is idempotent).
// Statements are separated by semicolons; lines starting with // are comments.

// One node per entity and per article, found by id.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT conflict_id IF NOT EXISTS FOR (c:Conflict) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT conflict_side_id IF NOT EXISTS FOR (s:ConflictSide) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT corpus_state_id IF NOT EXISTS FOR (c:CorpusState) REQUIRE c.id IS UNIQUE;

// Exact lookup by any name: nameKeys holds every name and alias folded by NameKey
// (NFKC, case folded, white space removed); the keyword analyzer keeps each key whole.
CREATE FULLTEXT INDEX entity_name_keys IF NOT EXISTS FOR (e:Entity) ON EACH [e.nameKeys]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};

// Free-text search over names, aliases and descriptions (Chinese included: the standard
// analyzer indexes each Han character, so 吴泽明 finds Wu Zeming).
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases, e.description];

// Free-text search over the verbatim quotes that relationships carry.
CREATE FULLTEXT INDEX citation_quotes IF NOT EXISTS
  FOR ()-[r:HOLDS_POSITION|MEMBER_OF|CHAIRS|LEADS|REPORTS_TO|SUCCEEDED|FOUNDED|PART_OF|MERGED_INTO|SPUN_OFF_FROM|DEVELOPS|COMPETES_WITH|USES|LOCATED_IN|INVOLVED_IN|ANNOUNCED]-()
  ON EACH [r.quotes];
