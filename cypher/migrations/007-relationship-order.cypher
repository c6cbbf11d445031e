// A relationship's id begins with its subject's id and ':', and every entity carries that prefix
// (relationshipIdPrefix). This index hands over entities in the order of their relationships' ids,
// so a page of every relationship reads the entities its page needs and their relationships, and
// sorts one entity's at a time: at 5,000 articles a first page of 200 read and sorted all 139,000
// (about 650 ms in the database; with the index about 10).
CREATE RANGE INDEX entity_relationship_order IF NOT EXISTS FOR (e:Entity) ON (e.relationshipIdPrefix);
