package dev.citegraph.corpus.llm;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.citegraph.corpus.ClaimProposals;
import dev.citegraph.corpus.Corpus;
import dev.citegraph.corpus.CorpusCopy;
import dev.citegraph.corpus.CorpusLoader;
import dev.citegraph.corpus.NewArticle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The language-model path against a fake OpenAI-compatible endpoint that this test starts: what the
 * model answers passes the checks every proposal passes before anything is written.
 */
class LlmProposalsTest {

    private static final String TEXT = """
            Alibaba Cloud develops Qwen, and unveiled a new inference service on Tuesday.
            Sources say Zhou Jingren will steer Alibaba Cloud's model work, working with Hu Wei of Tongyi.
            """;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path work;

    private HttpServer server;
    private final AtomicReference<String> content = new AtomicReference<>();
    private final AtomicReference<String> asked = new AtomicReference<>();
    private CorpusCopy copy;

    @BeforeEach
    void fakeModelAndANewArticle() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            asked.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            ObjectNode answer = JSON.createObjectNode();
            answer.put("id", "fake-1").put("object", "chat.completion").put("created", 0).put("model", "fake-model");
            ObjectNode choice = answer.putArray("choices").addObject();
            choice.put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", content.get());
            answer.putObject("usage").put("prompt_tokens", 1).put("completion_tokens", 1).put("total_tokens", 2);
            byte[] body = content.get() == null ? "<html>not an API</html>".getBytes(StandardCharsets.UTF_8)
                    : JSON.writeValueAsBytes(answer);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        copy = CorpusCopy.of(work.resolve("corpus"));
        new NewArticle("test", "llm-test", "T", null, null, null, "en", "2026-05",
                TEXT.getBytes(StandardCharsets.UTF_8)).addTo(copy.root());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private LlmExtractor model() {
        return new LlmExtractor(new LlmSettings("http://127.0.0.1:" + server.getAddress().getPort() + "/v1", "fake-model", null));
    }

    private List<Corpus.Claim> claims() {
        return CorpusLoader.load(copy.root()).claims().stream().filter(c -> c.sourceId().equals("llm-test")).toList();
    }

    @Test
    void aClaimWithTheArticlesWordsBecomesAProposalWithOffsetsAndTheModelAsItsRule() throws IOException {
        content.set("""
                {"claims": [{"subject": "Zhou Jingren", "type": "LEADS", "object": "Alibaba Cloud",
                  "quote": "Zhou Jingren will steer Alibaba Cloud", "modality": "forecast"}]}""");

        ClaimProposals.Written written = ClaimProposals.writeFor(copy.root(), "llm-test", model());

        assertThat(written.modelClaims()).isEqualTo(1);
        assertThat(written.rejectedByVerification()).isZero();
        assertThat(asked.get()).contains("fake-model").contains("Zhou Jingren will steer").contains("LEADS");
        Corpus.Claim claim = claims().stream().filter(c -> c.quote().equals("Zhou Jingren will steer Alibaba Cloud"))
                .findFirst().orElseThrow();
        assertThat(List.of(claim.subject(), claim.type(), claim.object(), claim.status(), claim.modality()))
                .containsExactly("zhou-jingren", "LEADS", "alibaba-cloud", "proposed", "forecast");
        int at = TEXT.indexOf("Zhou Jingren will");
        assertThat(claim.start()).isEqualTo(TEXT.codePointCount(0, at));
        assertThat(claim.end()).isEqualTo(claim.start() + "Zhou Jingren will steer Alibaba Cloud".length());
        assertThat(Files.readString(copy.root().resolve("claims/llm-test.yaml"))).contains("proposedBy: \"llm:fake-model\"");
    }

    @Test
    void aQuoteTheArticleDoesNotHaveIsDroppedAndCounted() {
        content.set("""
                [{"subject": "Zhou Jingren", "type": "LEADS", "object": "Alibaba Cloud",
                  "quote": "Zhou Jingren was put in charge of Alibaba Cloud"},
                 {"subject": "Alibaba Cloud", "type": "INVENTED_TYPE", "object": "Qwen", "quote": "Alibaba Cloud"}]""");

        ClaimProposals.Written written = ClaimProposals.writeFor(copy.root(), "llm-test", model());

        assertThat(written.rejectedByVerification()).isEqualTo(2);
        assertThat(written.modelClaims()).isZero();
        assertThat(claims()).noneMatch(c -> c.quote().contains("put in charge"));
    }

    @Test
    void aNameTheRegistryLacksBecomesACandidateNotAClaim() throws IOException {
        content.set("""
                ```json
                {"claims": [{"subject": "Hu Wei", "type": "MEMBER_OF", "object": "Tongyi", "quote": "Hu Wei of Tongyi"}]}
                ```""");

        ClaimProposals.Written written = ClaimProposals.writeFor(copy.root(), "llm-test", model());

        assertThat(written.modelClaims()).isZero();
        assertThat(claims()).noneMatch(c -> c.quote().contains("Hu Wei"));
        String candidates = Files.readString(copy.root().resolve("proposals/llm-test.entities.yaml"));
        assertThat(candidates).contains("name: \"Hu Wei\"").contains("language model fake-model");
    }

    @Test
    void anEndpointThatIsDownOrAnswersGarbageCostsOnlyTheModelsProposals() {
        content.set("this is not JSON at all");
        ClaimProposals.Written garbage = ClaimProposals.writeFor(copy.root(), "llm-test", model());
        assertThat(garbage.modelError()).contains("not JSON");

        server.stop(0);
        ClaimProposals.Written down = ClaimProposals.writeFor(copy.root(), "llm-test", model());
        assertThat(down.modelError()).contains("could not be asked at http://127.0.0.1:");
        // The deterministic proposals were written the first time, and are still the article's only claims.
        assertThat(garbage.claims()).isPositive();
        assertThat(claims()).hasSize(garbage.claims()).allMatch(c -> !c.note().contains("llm:"));
    }

    @Test
    void settingsComeFromTheEnvironmentAndAreOffWithoutABaseUrl() {
        assertThat(LlmSettings.from(name -> null)).isEmpty();
        assertThat(LlmSettings.from(name -> switch (name) {
            case "base-url" -> "http://localhost:11434/v1";
            case "model" -> "qwen2.5:7b";
            default -> null;
        })).contains(new LlmSettings("http://localhost:11434/v1", "qwen2.5:7b", null));
    }
}
