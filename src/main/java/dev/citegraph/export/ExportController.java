package dev.citegraph.export;

import java.util.Arrays;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The exports over HTTP: {@code GET /export} lists them, {@code GET /export/<file>} downloads one. */
@RestController
@RequestMapping("/export")
class ExportController {

    /** One entry of the list: where to get a file and what it holds. */
    record Link(String file, String href, String mediaType, String description) {
    }

    private final Exports exports;

    ExportController(Exports exports) {
        this.exports = exports;
    }

    @GetMapping
    List<Link> index() {
        return Arrays.stream(ExportFile.values())
                .map(f -> new Link(f.fileName(), "/export/" + f.fileName(), f.mediaType(), f.description()))
                .toList();
    }

    @GetMapping("/{file}")
    ResponseEntity<byte[]> file(@PathVariable String file) {
        ExportFile export = ExportFile.named(file).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "no export named " + file + "; GET /export lists them"));
        // inline: browsers show the text formats; the file name is what "save as" proposes.
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(export.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file).build().toString())
                .body(exports.render(export));
    }
}
