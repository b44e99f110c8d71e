package com.clipdesk.transparency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The export's CSV: RFC 4180 quoting, and no cell a spreadsheet would run as a formula. */
class CsvTest {

    @Test
    void quotesCommasQuotesAndLineBreaks() {
        assertThat(Csv.line(List.of("plain", "a,b", "say \"hi\"", "two\nlines")))
                .isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n");
    }

    @Test
    void cellsAFormulaWouldStartWithAreMadeInert() {
        assertThat(Csv.line(List.of("=HYPERLINK(\"http://x\")", "+1", "-cmd", "@SUM(A1)", "\tx", "ok=fine")))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-cmd,'@SUM(A1),'\tx,ok=fine\r\n");
        assertThat(Csv.line(List.of(""))).isEqualTo("\r\n");
    }
}
