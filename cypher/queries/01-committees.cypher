// Who sits on which committee?
// Every person who is a member of, chairs, or holds a position on one of Alibaba's committees
// (the Partnership Committee, the Technology Committee, the Alibaba Partnership).
// Shows: graph
MATCH p = (:Person)-[:MEMBER_OF|CHAIRS|HOLDS_POSITION]->(:Organization {kind: 'committee'})
RETURN p;
