package dev.citegraph.scale;

import java.util.List;

/** One generated article: its entry in sources.yaml, its text and its claims file. */
record SyntheticArticle(String id, boolean chinese, String title, String site, String publishedOn, boolean retracted,
        String text, List<Claim> claims) {

    /** A claim: the fact, the sentence quoted, which occurrence of it (null when it occurs once). */
    record Claim(Fact fact, String quote, Integer occurrence, boolean reported, boolean disputes) {
    }

    String sourceYaml() {
        StringBuilder out = new StringBuilder();
        out.append("- id: ").append(id).append('\n');
        out.append("  file: sources/").append(id).append(".txt\n");
        out.append("  title: ").append(Yaml.quoted(title)).append('\n');
        out.append("  site: ").append(Yaml.quoted(site)).append('\n');
        out.append("  language: ").append(chinese ? "zh" : "en").append('\n');
        out.append("  publishedOn: \"").append(publishedOn).append("\"\n");
        out.append("  dateBasis: stated\n");
        if (retracted) {
            out.append("  retracted: {on: \"2026-10-01\", reason: \"synthetic\"}\n");
        }
        return out.toString();
    }

    String claimsYaml() {
        StringBuilder out = new StringBuilder("source: " + id + "\nclaims:\n");
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            Fact f = c.fact();
            out.append("  - id: ").append(id).append("-%03d".formatted(i + 1)).append('\n');
            out.append("    subject: ").append(f.subject().id()).append('\n');
            out.append("    type: ").append(f.type()).append('\n');
            out.append("    object: ").append(f.object().id()).append('\n');
            if (f.title() != null) {
                out.append("    title: ").append(Yaml.quoted(f.title())).append('\n');
            }
            out.append("    quote: ").append(Yaml.quoted(c.quote())).append('\n');
            if (c.occurrence() != null) {
                out.append("    occurrence: ").append(c.occurrence()).append('\n');
            }
            if (!c.disputes() && f.validFrom() != null) {
                out.append("    validFrom: \"").append(f.validFrom()).append("\"\n");
                out.append("    dateBasis: stated\n");
            }
            if (c.reported()) {
                out.append("    modality: reported\n");
            }
            if (c.disputes()) {
                out.append("    stance: disputes\n");
            }
        }
        return out.toString();
    }
}
