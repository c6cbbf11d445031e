// How is Alibaba organized?
// Every unit, product and lab that the articles place inside Alibaba Group, up to three levels deep.
// Shows: graph
MATCH p = (:Entity)-[:PART_OF*1..3]->(:Organization {id: 'alibaba-group'})
RETURN p;
