package ca.hvd.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.standard.FieldType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Values a spreadsheet would run are written as text; numbers of numeric fields stay numbers. */
class FormulasTest {

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "STRING  | =1+2              | '=1+2",
        "STRING  | +1                | '+1",
        "STRING  | -A1               | '-A1",
        "STRING  | @SUM(A1)          | '@SUM(A1)",
        "STRING  | OLIVIA            | OLIVIA",
        "STRING  | a=b               | a=b",
        "NUMBER  | -114.3            | -114.3",
        "NUMBER  | +2.5e3            | +2.5e3",
        "NUMBER  | -1+1              | '-1+1",
        "INTEGER | -5                | -5",
        "INTEGER | +5                | +5",
        "INTEGER | -5.5              | '-5.5",
        "DATE    | -2019-01-01       | '-2019-01-01",
        "BOOLEAN | =TRUE()           | '=TRUE()",
    })
    void aValueStartingLikeAFormulaIsNeutralisedUnlessItIsANumberOfANumericField(FieldType type, String value, String written) {
        assertThat(Formulas.neutralised(value, type)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource({"STRING", "INTEGER"})
    void tabsAndCarriageReturnsAtTheStartAreNeutralisedToo(FieldType type) {
        assertThat(Formulas.neutralised("\t=1", type)).isEqualTo("'\t=1");
        assertThat(Formulas.neutralised("\r=1", type)).isEqualTo("'\r=1");
        assertThat(Formulas.neutralised("", type)).isEmpty();
    }
}
