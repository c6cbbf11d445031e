package dev.citegraph.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A new article for the corpus: its text, stored byte for byte as {@code sources/<id>.txt}, and its
 * entry in {@code sources.yaml} with status {@code draft} (it states nothing until claims are
 * written and accepted for it). Everything is checked first; a refused article writes nothing.
 *
 * @param where how the caller names the input in problems (a file name, "the request")
 */
public record NewArticle(String where, String id, String title, String site, String url, String author,
        String language, String publishedOn, byte[] text) {

    /** Larger than any news article; a bigger file is a mistake (a PDF, a whole site). */
    public static final int MAX_BYTES = 1_000_000;
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    /** Adds the article to the corpus folder, or throws a {@link CorpusException} listing every problem. */
    public Path addTo(Path corpus) {
        check(corpus);
        Path textFile = corpus.resolve("sources").resolve(id + ".txt");
        Path sources = corpus.resolve(CorpusLoader.SOURCES);
        try {
            Files.createDirectories(textFile.getParent());
            Files.write(textFile, text);
            try {
                CorpusText.replace(sources, CorpusText.read(sources).stripTrailing() + "\n" + entry() + "\n");
            } catch (RuntimeException e) {
                Files.deleteIfExists(textFile); // nothing half-added
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return textFile;
    }

    /** Every problem at once. */
    private void check(Path corpus) {
        List<CorpusProblem> problems = new ArrayList<>();
        Problems at = new Problems(where, 0, problems);
        if (id == null || !CorpusLoader.ID.matcher(id).matches()) {
            at.add("id must be lower-case letters, digits and hyphens, e.g. scmp-wu-zeming-2026");
        } else if (knownIds(corpus).contains(id) || Files.exists(corpus.resolve("sources").resolve(id + ".txt"))) {
            at.add("a source with id '" + id + "' is already in the corpus");
        }
        if (blank(title)) {
            at.add("title is missing");
        }
        if (blank(language) || !LANGUAGE.matcher(language).matches()) {
            at.add("language must be a language tag such as en or zh-Hans");
        }
        if (blank(publishedOn)) {
            at.add("published is missing (YYYY, YYYY-MM or YYYY-MM-DD, as precisely as known)");
        } else {
            at.date("published", publishedOn);
        }
        if (!blank(url) && !url.matches("https?://\\S+")) {
            at.add("url must be an http or https address");
        }
        checkText(at);
        if (!problems.isEmpty()) {
            throw new CorpusException("the article was refused; nothing was added", problems);
        }
    }

    private void checkText(Problems at) {
        if (text == null || text.length == 0) {
            at.add("the text is empty");
            return;
        }
        if (text.length > MAX_BYTES) {
            at.add("the text is " + text.length + " bytes; an article is at most " + MAX_BYTES);
            return;
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(text)).toString();
        } catch (CharacterCodingException e) {
            at.add("the text is not valid UTF-8 (convert it to UTF-8 first)");
            return;
        }
        if (decoded.codePoints().anyMatch(cp -> cp < 0x20 && cp != '\n' && cp != '\r' && cp != '\t')) {
            at.add("the text holds control characters: a binary file, not an article");
        } else if (decoded.isBlank()) {
            at.add("the text is empty");
        }
    }

    private String entry() {
        StringBuilder yaml = new StringBuilder("- id: ").append(id).append('\n')
                .append("  file: sources/").append(id).append(".txt\n")
                .append("  title: ").append(CorpusText.quoted(title.strip())).append('\n');
        if (!blank(site)) {
            yaml.append("  site: ").append(CorpusText.quoted(site.strip())).append('\n');
        }
        if (!blank(url)) {
            yaml.append("  url: ").append(CorpusText.quoted(URI.create(url.strip()).toString())).append('\n');
        }
        if (!blank(author)) {
            yaml.append("  author: ").append(CorpusText.quoted(author.strip())).append('\n');
        }
        return yaml.append("  language: ").append(language).append('\n')
                .append("  publishedOn: \"").append(publishedOn.strip()).append("\"\n")
                .append("  dateBasis: stated\n")
                .append("  status: draft").toString();
    }

    private static List<String> knownIds(Path corpus) {
        List<CorpusProblem> ignored = new ArrayList<>();
        return YamlDocument.read(corpus, CorpusLoader.SOURCES, null, ignored).items().stream()
                .map(item -> item.node().path("id").asString("")).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
