package dev.citegraph.home;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import dev.citegraph.embedded.EmbeddedNeo4jConfiguration.EmbeddedNeo4j;
import dev.citegraph.export.ExportFile;
import dev.citegraph.graph.SourceReader;
import dev.citegraph.graph.StatsReader;

/**
 * The front door at {@code /} for a person's browser: what the graph holds and where to go next.
 * It answers {@code text/html} only; Neo4j Browser asks the same address for JSON and gets the
 * discovery answer ({@code DiscoveryController}), as it would from a Neo4j server.
 */
@Controller
class HomePageController {

    static final String GUIDE = "/guide/citegraph.html";
    static final String REVIEW = "/review";

    private final StatsReader stats;
    private final SourceReader sources;
    private final ObjectProvider<EmbeddedNeo4j> embedded;
    private final String serverUri;
    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private final List<Example> examples = Example.all();

    HomePageController(StatsReader stats, SourceReader sources, ObjectProvider<EmbeddedNeo4j> embedded,
            @Value("${spring.neo4j.uri}") String serverUri,
            // A provider: the commands (export, ingest) create this controller too, with no web server.
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.stats = stats;
        this.sources = sources;
        this.embedded = embedded;
        this.serverUri = serverUri;
        this.mappings = mappings;
    }

    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    String home(Model model) {
        EmbeddedNeo4j neo4j = embedded.getIfAvailable();
        // The page shows the totals and entities by type, not citations by article (a second pass over every relationship).
        model.addAttribute("stats", stats.stats(EnumSet.of(StatsReader.Part.ENTITIES, StatsReader.Part.RELATIONSHIPS,
                StatsReader.Part.SOURCES)));
        model.addAttribute("sources", sources.all());
        model.addAttribute("examples", examples);
        model.addAttribute("exports", Arrays.asList(ExportFile.values()));
        model.addAttribute("review", serves(REVIEW));
        // With a Neo4j server, its own Browser (port 7474) is the one to open; this application serves none.
        model.addAttribute("embedded", neo4j != null);
        model.addAttribute("bolt", neo4j != null ? neo4j.boltUri().toString() : serverUri);
        // Browser loads a guide by its full address, so the tour link names this application's.
        String guide = ServletUriComponentsBuilder.fromCurrentContextPath().path(GUIDE).toUriString();
        model.addAttribute("guide", guide);
        model.addAttribute("tour", "/browser/?cmd=guide&arg=" + URLEncoder.encode(guide, StandardCharsets.UTF_8));
        return "home";
    }

    /** Whether some controller answers GET at this path: the review page is linked only where it is served. */
    private boolean serves(String path) {
        return mappings.getObject().getHandlerMethods().keySet().stream()
                .anyMatch(info -> info.getDirectPaths().contains(path)
                        && (info.getMethodsCondition().isEmpty()
                                || info.getMethodsCondition().getMethods().contains(RequestMethod.GET)));
    }
}
