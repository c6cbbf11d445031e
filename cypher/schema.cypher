// citegraph's graph model. The schema itself is applied at start as versioned migrations
// (cypher/migrations/NNN-name.cypher, each once, recorded as (:Migration:Citegraph) nodes);
// this file describes what the application writes. Every node it writes carries the label
// Citegraph: it never reads as its own, changes or deletes a node without it, so a Neo4j server
// that also holds other data keeps that data untouched.
//
// (:Source:Citegraph {id, title, site, url, author, language, publishedOn, datePrecision,
//                     dateBasis, dateNote, originalFile, text, length, status, retractedOn,
//                     retractedReason, fingerprint, hash})
//     An article, its text byte for byte. status: published or retracted. fingerprint: SHA-256 of
//     its entry in sources.yaml, its text and its claims file.
//
// (:Source)-[:STATES]->(:Claim:Citegraph {id, sourceId, type, subjectId, objectId, relationshipId,
//                     title, spell, validFrom, validTo, dateBasis, roleStatus, modality, stance,
//                     note, quote, start, end, status, reviewedBy, reviewedOn, reviewNote, file, line, hash})
//     What one article states, in its exact words: quote is text[start:end] of the article in
//     Unicode code points, end-exclusive. status: proposed, accepted, rejected (as reviewed in the
//     claims file) or retracted (its source is). A claim without type is evidence kept for a
//     conflict side. Claim ids are written into the corpus once and never reused.
// (:Claim)-[:SUBJECT]->(:Entity), (:Claim)-[:OBJECT]->(:Entity)
//
// (:Entity:Citegraph:Person|Organization|Product|Chip|Place|Event|Initiative
//                    {id, type, kind, name, aliases, nameKeys, description, date, …,
//                     mentionCount, occurrenceCount, neighbourCount, outgoingCount, relationshipIdPrefix, hash})
//     mentionCount: the articles that name it; occurrenceCount: how often they do;
//     neighbourCount: the entities its standing relationships join it to (routes are ranked by it);
//     outgoingCount: its standing relationships to others; relationshipIdPrefix: its id and ':',
//     what the ids of those begin with (indexed: pages of every relationship follow it)
// (:Source)-[:MENTIONS {count, starts, ends, words, sentenceStarts, sentenceEnds, sentences, hash}]->(:Entity)
//
// (:Entity)-[:HOLDS_POSITION|MEMBER_OF|CHAIRS|LEADS|…  (the types of corpus/ontology.yaml)
//            {id, title, validFrom, validTo, status, held…, citations, citedSources, citedStarts,
//             citedEnds, citedStances, citedModalities, citedNotes, claimIds, retracted, hash}]->(:Entity)
//     Derived: one relationship per subject, type, object, title and spell, built from the
//     accepted claims that state or dispute it, carrying their words and ids (claimIds[i] is the
//     claim of citations[i]; Browser lists properties alphabetically, so the quoted words come
//     first). retracted: true when only claims of retracted sources support it; such
//     a relationship is left out of default answers.
//
// (:Conflict:Citegraph {id, description, explainedByTime, origin, retracted, hash})
//     -[:HAS_SIDE]->(:ConflictSide:Citegraph {id, index, summary, relationshipIds, claimIds})
//     -[:CITES]->(:Claim)
// (:Conflict)-[:ABOUT]->(:Entity)
//     Where sources disagree: curated (corpus/conflicts.yaml) or found by the rules in cypher/rules.
//
// (:CorpusState:Citegraph {id: 'corpus', fingerprint})   the corpus and rules the graph was built from
// (:Migration:Citegraph {version, name, appliedAt})       the schema migrations applied
//
// hash: what the corpus implied for that node or relationship when it was written; an ingest
// writes only rows whose hash differs, and at start recomputes each hash from the stored
// properties, so a graph changed behind the application's back is found and rewritten.
