package dev.citegraph.scale;

import java.util.List;

/**
 * An entity a synthetic article can name: its registry id and type, the name an English article
 * writes and the name a Chinese one writes (both are listed in the registry, so both are found).
 *
 * @param synthetic made by the generator (and appended to entities.yaml), not one of the real corpus
 */
record SyntheticEntity(String id, String type, String kind, String name, String zh, List<String> aliases,
        boolean synthetic) {

    String name(boolean chinese) {
        return chinese ? zh : name;
    }

    /** Its entry in entities.yaml, in the format of the curated entries above it. */
    String yaml() {
        StringBuilder out = new StringBuilder();
        out.append("- id: ").append(id).append('\n');
        out.append("  type: ").append(type).append('\n');
        if (kind != null) {
            out.append("  kind: ").append(kind).append('\n');
        }
        out.append("  name: ").append(Yaml.quoted(name)).append('\n');
        // Which of its names the generated articles use is left to chance: none is promised as an alias.
        out.append("  aliases: []\n");
        if (!aliases.isEmpty()) {
            out.append("  otherNames:\n");
            aliases.forEach(a -> out.append("    - {name: ").append(Yaml.quoted(a))
                    .append(", form: external, basis: \"generated for scale tests\"}\n"));
        }
        out.append("  description: Synthetic ").append(type.toLowerCase()).append(" generated for scale tests.\n");
        return out.toString();
    }
}
