// Exact lookup by any name: nameKeys holds every name and alias folded by NameKey
// (NFKC, case folded, white space removed); the keyword analyzer keeps each key whole.
CREATE FULLTEXT INDEX entity_name_keys IF NOT EXISTS FOR (e:Entity) ON EACH [e.nameKeys]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'keyword'}};

// Free-text search over names, aliases and descriptions (Chinese included: the standard
// analyzer indexes each Han character, so 吴泽明 finds Wu Zeming).
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases, e.description];
