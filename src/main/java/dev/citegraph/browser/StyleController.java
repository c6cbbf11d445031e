package dev.citegraph.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.citegraph.ingest.CitegraphPaths;

/** {@code cypher/style.grass} over HTTP, for {@code :style <url>} (docker compose's post-connect command uses it). */
@RestController
class StyleController {

    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final Path grass;

    StyleController(CitegraphPaths paths) {
        this.grass = paths.cypher().resolve("style.grass");
    }

    @GetMapping("/guide/citegraph.grass")
    ResponseEntity<Resource> style() {
        if (!Files.isRegularFile(grass)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(TEXT).body(new FileSystemResource(grass));
    }
}
