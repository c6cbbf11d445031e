package dev.citegraph.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatesStatedTest {

    @ParameterizedTest(name = "\"{0}\" and {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            In 2025 the group changed course.            | 2025       |
            By 20250 units.                              | 2025       | year 2025
            Revenue rose 2025-fold.                      | 2025       |
            On March 4, 2025 it said so.                 | 2025-03-04 |
            On 4 March 2025 it said so.                  | 2025-03-04 |
            On 4th March 2025 it said so.                | 2025-03-04 |
            On March 14, 2025 it said so.                | 2025-03-04 | day 4
            On 14 March 2025 it said so.                 | 2025-03-04 | day 4
            On March 04, 2025 it said so.                | 2025-03-04 | day 4
            In March 2025 it said so.                    | 2025-03    |
            In March 2025 it said so.                    | 2025-03-04 | day 4
            The Mayor spoke in 2025.                     | 2025-05    | month May
            It spoke in May 2025.                        | 2025-05    |
            Marchers met in 2025.                        | 2025-03    | month March
            They met (March) in 2025.                    | 2025-03    |
            2025年3月4日宣布。                             | 2025-03-04 |
            2025年3月14日宣布。                            | 2025-03-04 | day 4
            2025年13月宣布。                               | 2025-03    | month March
            2025年03月宣布。                               | 2025-03    | month March
            2025年3月宣布。                                | 2025-03    |
            On April 4 and on 5 March 2024.              | 2025-03-05 | year 2025
            On April 4 and on 5 March 2024.              | 2024-04-05 | day 5
            Nothing dated here.                          | 2026-12-02 | year 2026, month December, day 2
            """)
    void aDatePartIsStatedOnlyWhereTheArticleWritesItWhole(String text, String date, String unstated) {
        List<String> expected = unstated == null ? List.of() : List.of(unstated.split(", "));
        assertThat(DatesStated.unstated(text.strip(), PartialDate.parseOrNull(date))).isEqualTo(expected);
    }
}
