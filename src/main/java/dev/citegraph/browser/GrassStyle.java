package dev.citegraph.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

/**
 * Neo4j Browser's graph style ("GraSS") read from {@code cypher/style.grass}: rules of the form
 * {@code selector { property: value; }}, in file order, because Browser applies matching rules in
 * order and a later {@code node.Person} must win over an earlier {@code node.Entity}.
 *
 * <p>Browser keeps the style it draws with as JSON of the same shape (in its local storage, and
 * after {@code :style}); {@link #json()} gives that form.
 */
public record GrassStyle(Map<String, Map<String, String>> rules) {

    // Captions hold braces and may hold semicolons ('{name}'), so quoted values are matched whole.
    private static final String VALUE = "'[^']*'|\"[^\"]*\"|[^;{}'\"]*?";
    private static final Pattern RULE = Pattern.compile("\\s*([^{}\\s][^{}]*?)\\s*\\{((?:[^{}'\"]|'[^']*'|\"[^\"]*\")*)}\\s*");
    private static final Pattern DECLARATION = Pattern.compile("\\s*([a-z-]+)\\s*:\\s*(" + VALUE + ")\\s*(?:;|$)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public GrassStyle {
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    public static GrassStyle read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refuses anything Browser's own reader would misread, such as comments, instead of dropping it. */
    public static GrassStyle parse(String grass) {
        Map<String, Map<String, String>> rules = new LinkedHashMap<>();
        Matcher rule = RULE.matcher(grass);
        int end = 0;
        while (rule.find() && rule.start() == end) {
            String selector = rule.group(1);
            if (!selector.matches("(node|relationship)(\\.[A-Za-z_][A-Za-z0-9_]*)?")) {
                throw new IllegalArgumentException("not a node or relationship selector: " + selector);
            }
            rules.put(selector, declarations(selector, rule.group(2)));
            end = rule.end();
        }
        if (end != grass.length()) {
            throw new IllegalArgumentException("not a GraSS rule at: " + grass.substring(end).strip().lines().findFirst().orElse(""));
        }
        return new GrassStyle(rules);
    }

    private static Map<String, String> declarations(String selector, String body) {
        Map<String, String> properties = new LinkedHashMap<>();
        Matcher declaration = DECLARATION.matcher(body);
        int end = 0;
        while (end < body.length() && declaration.find(end) && declaration.start() == end) {
            // Browser keeps values without their quotes.
            properties.put(declaration.group(1), declaration.group(2).replaceAll("^['\"]|['\"]$", ""));
            end = declaration.end();
        }
        if (!body.substring(end).isBlank()) {
            throw new IllegalArgumentException("no 'property: value;' in " + selector + " at: " + body.substring(end).strip());
        }
        return properties;
    }

    /** The style as Browser's JSON style data, one line. */
    public String json() {
        return JSON.writeValueAsString(rules);
    }
}
