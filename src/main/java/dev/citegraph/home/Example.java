package dev.citegraph.home;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A GraphQL query the front door offers to open in GraphiQL, read from
 * {@code graphiql/examples/*.graphql}: the first line, a comment, is its title.
 *
 * @param title what the query asks, for the link
 * @param query the whole document, comment included, as GraphiQL will show it
 */
public record Example(String title, String query) {

    static final String LOCATION = "classpath:graphiql/examples/*.graphql";

    /**
     * The link that opens GraphiQL with this query in its editor. It names the endpoint itself:
     * without {@code path}, Spring for GraphQL redirects to add it and encodes the query a second time.
     */
    public String href() {
        return "/graphiql?path=/graphql&query=" + URLEncoder.encode(query, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Every example, in file-name order (the files are numbered). */
    public static List<Example> all() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            return Arrays.stream(files).sorted(Comparator.comparing(Resource::getFilename)).map(Example::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Example read(Resource file) {
        try {
            String query = file.getContentAsString(StandardCharsets.UTF_8);
            String first = query.lines().findFirst().orElse("");
            if (!first.startsWith("#")) {
                throw new IllegalStateException(file.getFilename() + " line 1: a '# title' comment must come first");
            }
            return new Example(first.substring(1).strip(), query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
