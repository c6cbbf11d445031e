// Which sentences name one entity, under any of its names?
// Every occurrence of every name and alias of the entity on the first line (Qwen, Tongyi Qianwen,
// 通义千问, ...), one row per occurrence, with the words as written, the sentence around them and
// both as code-point offsets into the article (text[start:end] == words). Any name works there.
// Shows: table
WITH 'Qwen' AS name
MATCH (e:Entity:Citegraph)
WHERE e.id = name OR e.name = name OR name IN e.aliases
MATCH (s:Source:Citegraph)-[m:MENTIONS]->(e)
UNWIND range(0, size(m.starts) - 1) AS i
RETURN s.id AS source,
       m.words[i] AS words,
       m.starts[i] AS start,
       m.ends[i] AS end,
       m.sentences[i] AS sentence,
       m.sentenceStarts[i] AS sentenceStart
ORDER BY source, start;
