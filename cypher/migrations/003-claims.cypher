// Claims are nodes: (:Source)-[:STATES]->(:Claim)-[:SUBJECT|OBJECT]->(:Entity).
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;

// Free-text search over the verbatim words of every claim. It replaces the index over the quote
// lists of relationships, which had to name every relationship type of the ontology.
CREATE FULLTEXT INDEX claim_quotes IF NOT EXISTS FOR (c:Claim) ON EACH [c.quote];
DROP INDEX citation_quotes IF EXISTS;
