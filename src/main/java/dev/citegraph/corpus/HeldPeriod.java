package dev.citegraph.corpus;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The period in which the sources show a relationship holding: what "as of" questions ask about.
 *
 * <p>The graph does not extrapolate. A relationship holds
 * <ul>
 * <li>from its {@code validFrom} when a source dates it; otherwise, when a source dates only its
 * end, from that end's period (it is known to have held then, and no earlier); otherwise from the
 * earliest publication date of a source that states it as fact (the graph knows it held then,
 * not before);</li>
 * <li>until its {@code validTo} when a source dates it; for a {@code former} one, until the
 * earliest source that calls it former; otherwise until the latest publication date of a source
 * that states it (after that the sources are silent).</li>
 * </ul>
 * A relationship to a dated {@link Corpus.Entity event} (taking part in it, announcing it) holds
 * on the event's date. A {@code former} relationship no source dates ("former CTO Cheng Li") has
 * no period: the sources only say it ended some time before the article. Nor do forecasts,
 * hypotheticals and disputed-only relationships: no source states them as fact. For those this
 * is null, and they match no "as of" date.
 *
 * @param fromBasis validFrom, validTo (only the end is dated), first reported or event date
 * @param toBasis validTo, last reported or event date
 */
public record HeldPeriod(PartialDate from, PartialDate to, String fromBasis, String toBasis) {

    private static final List<String> FACTUAL = List.of("asserted", "reported");

    /** The earliest day the period can begin, given the precision of its dates. */
    public LocalDate earliestStart() {
        return from.firstDay();
    }

    /** The latest day the period can begin, given the precision of its dates. */
    public LocalDate latestStart() {
        return from.lastDay();
    }

    public LocalDate earliestEnd() {
        return to.firstDay();
    }

    public LocalDate latestEnd() {
        return to.lastDay();
    }

    public static HeldPeriod of(Corpus.Relationship r, Map<String, Corpus.Source> sources,
            Map<String, Corpus.Entity> entities) {
        List<PartialDate> reported = r.citations().stream()
                .filter(c -> "supports".equals(c.stance()) && FACTUAL.contains(c.modality()))
                .map(c -> sources.get(c.sourceId()).publishedOn())
                .filter(Objects::nonNull)
                .sorted(Comparator.comparing(PartialDate::firstDay))
                .toList();
        if (reported.isEmpty()) {
            return null;
        }
        Corpus.Entity object = entities.get(r.to());
        if (r.validFrom() == null && r.validTo() == null && object != null && object.date() != null
                && "Event".equals(object.type())) {
            return new HeldPeriod(object.date(), object.date(), "event date", "event date");
        }
        boolean former = "former".equals(r.status());
        if (former && r.validFrom() == null && r.validTo() == null) {
            return null;
        }
        PartialDate from = r.validFrom() != null ? r.validFrom() : r.validTo() != null ? r.validTo() : reported.getFirst();
        String fromBasis = r.validFrom() != null ? "validFrom" : r.validTo() != null ? "validTo" : "first reported";
        PartialDate to;
        String toBasis;
        if (r.validTo() != null) {
            to = r.validTo();
            toBasis = "validTo";
        } else {
            to = reported.stream().max(Comparator.comparing(PartialDate::lastDay)).orElseThrow();
            toBasis = "last reported";
        }
        if (from != null && from.firstDay().isAfter(to.lastDay())) {
            // Dated to begin after the last source: it holds from its start, as far as anyone has said.
            to = from;
            toBasis = "validFrom";
        }
        return new HeldPeriod(from, to, fromBasis, toBasis);
    }
}
