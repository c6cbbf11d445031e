package dev.citegraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void precisionIsTheWrittenForm() {
        assertThat(PartialDate.parse("2026").precision()).isEqualTo(PartialDate.Precision.YEAR);
        assertThat(PartialDate.parse("2026-04").precision()).isEqualTo(PartialDate.Precision.MONTH);
        assertThat(PartialDate.parse("2026-04-08").precision()).isEqualTo(PartialDate.Precision.DAY);
    }

    @Test
    void aPartialDateCoversEveryDayItCouldMean() {
        assertThat(PartialDate.parse("2023").firstDay()).isEqualTo(LocalDate.of(2023, 1, 1));
        assertThat(PartialDate.parse("2023").lastDay()).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(PartialDate.parse("2024-02").lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(PartialDate.parse("2026-04-08").lastDay()).isEqualTo(LocalDate.of(2026, 4, 8));
    }

    @Test
    void malformedOrImpossibleDatesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> PartialDate.parse("April 2026")).hasMessageContaining("YYYY, YYYY-MM or YYYY-MM-DD");
        assertThatThrownBy(() -> PartialDate.parse("2026-4")).hasMessageContaining("YYYY, YYYY-MM or YYYY-MM-DD");
        assertThatThrownBy(() -> PartialDate.parse("2026-02-30")).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> PartialDate.parse("2026-13")).hasMessageContaining("does not exist");
    }
}
