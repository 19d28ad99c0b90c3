package ca.hvd.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Cells a spreadsheet would run as formulas are written as text; plain values and numbers are not touched. */
class CsvCellsTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiterString = " ~> ", quoteCharacter = '`', value = {
        "=HYPERLINK(\"http://x\";\"y\") ~> '=HYPERLINK(\"http://x\";\"y\")",
        "=1+1 ~> '=1+1",
        "+cmd|' /C calc'!A0 ~> '+cmd|' /C calc'!A0",
        "-2+3 ~> '-2+3",
        "@SUM(A1:A9) ~> '@SUM(A1:A9)",
        "- ~> '-",
        "+ ~> '+",
        "-1e ~> '-1e",
        "-63.57 ~> -63.57",
        "+1e3 ~> +1e3",
        "-0.5E-2 ~> -0.5E-2",
        "OLIVIA ~> OLIVIA",
        "a=b ~> a=b",
        "2019-01-01 ~> 2019-01-01",
        "'quoted ~> 'quoted",
    })
    void formulaStartsGetAnApostropheAndEverythingElseIsKept(String cell, String written) {
        assertThat(CsvCells.neutralize(cell)).isEqualTo(written);
    }

    @Test
    void aLeadingTabOrCarriageReturnIsNeutralisedToo() {
        assertThat(CsvCells.neutralize("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(CsvCells.neutralize("\r=1+1")).isEqualTo("'\r=1+1");
        assertThat(CsvCells.neutralize("")).isEmpty();
        assertThat(CsvCells.neutralize(null)).isNull();
    }

    @ParameterizedTest(name = "[{0}] in a text field -> [{1}]")
    @CsvSource(delimiterString = " ~> ", quoteCharacter = '`', value = {
        "+1 ~> '+1",
        "-63.57 ~> '-63.57",
        "=1+2 ~> '=1+2",
        "OLIVIA ~> OLIVIA",
    })
    void aTextFieldsNumbersAreNeutralisedToo(String cell, String written) {
        assertThat(CsvCells.neutralize(cell, false)).isEqualTo(written);
    }
}
