package dev.citegraph.compose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.neo4j.configuration.Config;

import dev.citegraph.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * docker-compose.yml, .env.example and the Dockerfile, checked against what the application and
 * the build really use. There is no Docker engine here to run them, so these checks are what
 * stops the files from drifting: a renamed variable, a newer Neo4j, changed JVM flags.
 */
class DockerComposeTest {

    private static final Path COMPOSE = Path.of("docker-compose.yml");
    private static final Path ENV_EXAMPLE = Path.of(".env.example");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)");

    private final JsonNode compose = YAML.readTree(COMPOSE.toFile());
    private final JsonNode neo4j = compose.path("services").path("neo4j");
    private final JsonNode app = compose.path("services").path("app");

    @Test
    void runsTheApplicationAgainstAHealthyNeo4jServerWithItsDataInANamedVolume() {
        assertThat(names(compose.path("services"))).containsExactlyInAnyOrder("neo4j", "app");
        assertThat(neo4j.path("healthcheck").path("test").isMissingNode()).as("neo4j healthcheck").isFalse();
        assertThat(strings(neo4j.path("ports"))).contains("7474:7474", "7687:7687");
        String volume = strings(neo4j.path("volumes")).stream().filter(v -> v.endsWith(":/data")).findFirst().orElseThrow();
        assertThat(names(compose.path("volumes"))).contains(volume.substring(0, volume.indexOf(':')));

        assertThat(app.path("build").asString()).isEqualTo(".");
        assertThat(app.path("depends_on").path("neo4j").path("condition").asString()).isEqualTo("service_healthy");
        assertThat(app.path("environment").path("NEO4J_URI").asString()).isEqualTo("bolt://neo4j:7687");
        assertThat(strings(app.path("ports"))).anyMatch(p -> p.endsWith(":8080"));
    }

    @Test
    void neo4jIsTheCommunityServerOfTheEmbeddedDatabasesVersion() throws Exception {
        String image = neo4j.path("image").asString();
        assertThat(image).isIn("neo4j:" + pomProperty("neo4j-embedded.version"),
                "neo4j:" + pomProperty("neo4j-embedded.version") + "-community");
        assertThat(image).as("the image the integration tests use where Docker runs").startsWith(IntegrationTest.NEO4J_IMAGE);
        assertThat(neo4j.path("environment").path("NEO4J_AUTH").asString()).startsWith("neo4j/${NEO4J_PASSWORD");
    }

    @Test
    void everyNeo4jSettingPassedIsOneNeo4jKnowsAndBrowserGetsTheStyle() {
        Set<String> known = Config.newBuilder().build().getDeclaredSettings().keySet();
        for (String variable : names(neo4j.path("environment"))) {
            if (!variable.equals("NEO4J_AUTH")) {
                // The image's naming: NEO4J_ + the setting, with . written _ and _ written __.
                String setting = variable.substring("NEO4J_".length()).replace("__", "\u0000").replace('_', '.').replace('\u0000', '_');
                assertThat(known).as("Neo4j setting %s (from %s)", setting, variable).contains(setting);
            }
        }
        assertThat(neo4j.path("environment").path("NEO4J_browser_post__connect__cmd").asString())
                .matches("style http://localhost:\\$\\{CITEGRAPH_HTTP_PORT:-8080}/guide/citegraph\\.grass");
    }

    @Test
    void theApplicationIsGivenOnlyVariablesItReads() throws IOException {
        Set<String> read = variables(Files.readString(Path.of("src", "main", "resources", "application.yaml")));
        assertThat(read).contains("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD");
        assertThat(names(app.path("environment"))).isSubsetOf(read);
    }

    @Test
    void envExampleDefinesEveryVariableTheComposeFileUses() throws IOException {
        Set<String> used = variables(Files.readString(COMPOSE));
        assertThat(used).contains("NEO4J_PASSWORD");
        assertThat(envExample().keySet()).containsAll(used);
        assertThat(envExample().get("NEO4J_PASSWORD")).as("Neo4j refuses shorter passwords").hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void theImageRunsTheBootJarOnJava25WithTheJvmFlagsOfThePom() throws Exception {
        List<String> dockerfile = Files.readAllLines(Path.of("Dockerfile"));
        assertThat(dockerfile.stream().filter(l -> l.startsWith("FROM ")))
                .allMatch(l -> l.startsWith("FROM eclipse-temurin:25-")).hasSize(2);
        assertThat(dockerfile).contains("COPY corpus/ corpus/", "COPY cypher/ cypher/");
        String entrypoint = dockerfile.stream().filter(l -> l.startsWith("ENTRYPOINT ")).findFirst().orElseThrow();
        List<String> command = strings(YAML.readTree(entrypoint.substring("ENTRYPOINT ".length())));
        List<String> flags = Arrays.asList(pomProperty("neo4j.jvm.flags").trim().split("\\s+"));
        assertThat(command.getFirst()).isEqualTo("java");
        assertThat(command.subList(command.size() - 3, command.size())).containsExactly("-XX:AOTCache=app.aot", "-jar", "app.jar");
        assertThat(command.subList(1, command.size() - 3)).containsExactlyElementsOf(flags);
    }

    /**
     * The image's AOT cache is trained on the jar and the flags the entry point runs (a cache made
     * otherwise is refused), on a temporary database, without generating an admin token into the image.
     */
    @Test
    void theAotCacheIsTrainedWithTheEntryPointsFlagsOnATemporaryDatabase() throws Exception {
        String dockerfile = Files.readString(Path.of("Dockerfile")).replace("\\\n", " ");
        String training = dockerfile.lines().filter(l -> l.startsWith("RUN ") && l.contains("-XX:AOTCacheOutput="))
                .findFirst().orElseThrow();
        List<String> words = Arrays.asList(training.trim().split("\\s+"));
        List<String> flags = Arrays.asList(pomProperty("neo4j.jvm.flags").trim().split("\\s+"));
        int first = words.indexOf(flags.getFirst());
        assertThat(words.subList(first, first + flags.size())).containsExactlyElementsOf(flags);
        assertThat(words).contains("-XX:AOTCacheOutput=app.aot", "-Dspring.context.exit=onRefresh", "app.jar",
                "--citegraph.embedded.ephemeral=true", "--citegraph.admin.token-file=none");
        assertThat(dockerfile.indexOf(training)).as("trained after the jar is in place")
                .isGreaterThan(dockerfile.indexOf("COPY --from=build /extracted/citegraph.jar app.jar"));
    }

    /** {@code docker compose config} checks the file as Compose itself reads it; it needs no engine. */
    @Test
    void composeAcceptsTheFileWithTheExampleSettings() throws Exception {
        List<String> compose = composeCommand();
        List<String> command = new ArrayList<>(compose);
        command.addAll(List.of("--env-file", ENV_EXAMPLE.toString(), "-f", COMPOSE.toString(), "config"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // Only the example's values: a password exported in the shell would override them.
        variables(Files.readString(COMPOSE)).forEach(builder.environment()::remove);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();

        JsonNode resolved = YAML.readTree(output).path("services");
        String password = envExample().get("NEO4J_PASSWORD");
        assertThat(resolved.path("neo4j").path("environment").path("NEO4J_AUTH").asString()).isEqualTo("neo4j/" + password);
        assertThat(resolved.path("app").path("environment").path("NEO4J_PASSWORD").asString()).isEqualTo(password);
    }

    /** Compose v2 ({@code docker compose}) or v1 ({@code docker-compose}, Debian's package), whichever is installed. */
    private static List<String> composeCommand() throws InterruptedException {
        for (List<String> candidate : List.of(List.of("docker", "compose"), List.of("docker-compose"))) {
            List<String> version = new ArrayList<>(candidate);
            version.add("version");
            try {
                Process process = new ProcessBuilder(version).redirectErrorStream(true).start();
                process.getInputStream().readAllBytes();
                if (process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException notInstalled) {
                // try the next one
            }
        }
        return abort("no docker compose CLI installed ('docker compose' or 'docker-compose')");
    }

    private static Map<String, String> envExample() throws IOException {
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(ENV_EXAMPLE)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                values.put(line.substring(0, line.indexOf('=')).strip(), line.substring(line.indexOf('=') + 1).strip());
            }
        }
        return values;
    }

    private static Set<String> variables(String text) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = VARIABLE.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String pomProperty(String name) throws Exception {
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        return pom.getElementsByTagName(name).item(0).getTextContent();
    }

    private static Set<String> names(JsonNode object) {
        return object.propertyNames().stream().collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
