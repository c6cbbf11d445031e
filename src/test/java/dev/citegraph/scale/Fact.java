package dev.citegraph.scale;

/**
 * A relationship a synthetic article states or disputes, in the language of the article that
 * first stated it (a title is a word of that language, and the title is part of the relationship).
 */
record Fact(SyntheticEntity subject, String type, SyntheticEntity object, String title, boolean chinese) {

    /** The loader's notion of one relationship: subject, type, object and title. */
    String key() {
        return subject.id() + ":" + type + ":" + object.id() + (title == null ? "" : ":" + title);
    }

    /**
     * When an appointment took effect, derived from the relationship itself: every article that
     * restates it gives the same month, since the loader refuses claims of one relationship that
     * disagree on dates. Before 2023, so it precedes every synthetic article.
     */
    int[] appointed() {
        int h = Math.floorMod(key().hashCode(), 60);
        return new int[] {2018 + h / 12, 1 + h % 12};
    }

    String validFrom() {
        if (!"HOLDS_POSITION".equals(type)) {
            return null;
        }
        int[] ym = appointed();
        return "%d-%02d".formatted(ym[0], ym[1]);
    }
}
