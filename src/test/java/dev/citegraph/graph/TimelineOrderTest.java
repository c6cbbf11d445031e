package dev.citegraph.graph;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.citegraph.corpus.PartialDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A timeline's order respects precision: a date sorts as the whole span it can mean. */
class TimelineOrderTest {

    /** The dates sorted as the reader sorts entries dated so (alike in everything else). */
    private static List<String> sorted(String... dates) {
        List<TimelineReader.Dated> list = new ArrayList<>(List.of(dates).stream().map(PartialDate::parse)
                .map(d -> TimelineReader.Dated.of(d, new TimelineEntryView(d.value(), d.precisionName(), "EVENT",
                        "an event", null, null, List.of())))
                .toList());
        list.sort(TimelineReader.Dated.ORDER);
        return list.stream().map(d -> d.entry().date()).toList();
    }

    @Test
    void aYearFollowsItsMonthsAndDaysAndPrecedesTheNextYear() {
        assertThat(sorted("2026", "2027-01", "2026-03", "2025-12", "2026-04-08"))
                .containsExactly("2025-12", "2026-03", "2026-04-08", "2026", "2027-01");
    }

    @Test
    void onTheSameLastDayTheMorePreciseComesFirst() {
        assertThat(sorted("2026", "2026-12", "2026-12-31")).containsExactly("2026-12-31", "2026-12", "2026");
    }
}
