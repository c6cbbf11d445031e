package dev.citegraph.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
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
import org.springframework.web.servlet.ModelAndView;

/**
 * The exports over HTTP: {@code GET /export} lists them (an HTML page for browsers, JSON for
 * scripts), {@code GET /export/<file>} downloads one.
 */
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

    /** The list for a person's browser: each file with its format, what it holds and its size now. */
    @GetMapping(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page() {
        Map<ExportFile, Long> sizes = exports.sizes();
        List<Row> rows = Arrays.stream(ExportFile.values())
                .map(f -> new Row(f.fileName(), "/export/" + f.fileName(), f.mediaType().split(";")[0], f.description(),
                        sizes.get(f)))
                .toList();
        return new ModelAndView("exports", Map.of("files", rows));
    }

    /** One line of the HTML list (public: the template reads it by reflection). */
    public record Row(String file, String href, String format, String description, long bytes) {

        /** The size as people read it: bytes, KB or MB (1024-based, one decimal). */
        public String size() {
            if (bytes < 1024) {
                return bytes + " B";
            }
            double kb = bytes / 1024.0;
            return kb < 1024 ? String.format(Locale.ROOT, "%.1f KB", kb) : String.format(Locale.ROOT, "%.1f MB", kb / 1024);
        }
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    List<Link> index() {
        return Arrays.stream(ExportFile.values())
                .map(f -> new Link(f.fileName(), "/export/" + f.fileName(), f.mediaType(), f.description()))
                .toList();
    }

    /**
     * Written whole to a temporary file first (a failure is an error, not half a file), then sent
     * from it; the file goes when the response closes it.
     */
    @GetMapping("/{file}")
    ResponseEntity<Resource> file(@PathVariable String file) throws IOException {
        ExportFile export = ExportFile.named(file).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "no export named " + file + "; GET /export lists them"));
        Path written = exports.render(export);
        long size = Files.size(written);
        // inline: browsers show the text formats; the file name is what "save as" proposes.
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(export.mediaType()))
                .contentLength(size)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file).build().toString())
                .body(new InputStreamResource(Files.newInputStream(written, StandardOpenOption.DELETE_ON_CLOSE)));
    }
}
