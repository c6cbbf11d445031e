// What happened when?
// The dated events, oldest first, with who took part and in which role.
// Shows: table
MATCH (event:Event)
RETURN event.date AS date,
       event.name AS event,
       event.kind AS kind,
       COLLECT { MATCH (who:Entity)-[r:INVOLVED_IN]->(event)
                 RETURN who.name + coalesce(' (' + r.title + ')', '') } AS involved
ORDER BY date, event;
