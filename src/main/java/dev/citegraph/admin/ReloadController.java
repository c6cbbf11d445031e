package dev.citegraph.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.citegraph.corpus.CorpusException;
import dev.citegraph.ingest.CorpusIngest;

/**
 * {@code POST /admin/reload}: the running application picks up what changed in {@code corpus/}
 * (a new, changed, removed or retracted article, a new alias) without a restart. Only what differs
 * is written, in one transaction, so queries meanwhile see the graph before or after the reload.
 * A corpus with problems changes nothing: the answer lists every problem with file and line, and
 * the application keeps serving the graph it had. Only the admin may reload (see security/WriteSecurity).
 */
@RestController
class ReloadController {

    private final CorpusIngest ingest;

    ReloadController(CorpusIngest ingest) {
        this.ingest = ingest;
    }

    @PostMapping(path = "/admin/reload", produces = "application/json")
    ResponseEntity<Map<String, Object>> reload() {
        try {
            CorpusIngest.Report report = ingest.reload();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("reloaded", report.written());
            body.put("millis", report.millis());
            body.put("sources", report.sources());
            body.put("claims", report.claims());
            body.put("relationships", report.relationships());
            body.put("retractedRelationships", report.retractedRelationships());
            if (report.changes() != null) {
                body.put("written", report.changes().written());
                body.put("deleted", report.changes().deleted());
                body.put("writes", report.changes().writes());
            }
            return ResponseEntity.ok(body);
        } catch (CorpusException e) {
            List<String> problems = e.problems().stream().map(Object::toString).toList();
            return ResponseEntity.badRequest().body(Map.of("error", "the corpus has problems; nothing was changed",
                    "problems", problems));
        }
    }
}
