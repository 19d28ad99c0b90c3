package ca.hvd.core.report.render;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.CsvFixture;
import ca.hvd.core.Hvd;
import ca.hvd.core.StandardFolders;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.FailOn;
import ca.hvd.core.report.FieldStats;
import ca.hvd.core.report.SourceInfo;
import ca.hvd.core.report.ValidationReport;
import ca.hvd.core.report.ValueProfile;
import ca.hvd.core.standard.Standard;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report's charts of values: a field of few values as rows of bars, one of many (a
 * century of years) as columns in the order of their values, each bar saying its value and count
 * in the report's language.
 */
class HtmlChartsTest {

    private static final Standard NEWBORN_NAMES = StandardFolders.bundled("newborn-names");
    private static final Pattern BAR_TITLE = Pattern.compile("<rect class=\"bar-value\"[^>]*><title>([^<]*)</title>");

    @TempDir
    Path dir;

    private String html(DatasetReport dataset, Language language) throws IOException {
        ValidationReport report = new ValidationReport(Hvd.version(), NEWBORN_NAMES.ref(), NEWBORN_NAMES.title(), null,
                Map.of(), FailOn.ERROR, List.of(dataset));
        StringWriter out = new StringWriter();
        ReportFormat.HTML.renderer().render(report, RenderOptions.of(language), out);
        return out.toString();
    }

    /** The tooltips of the columns of the chart of a field's values, in order. */
    private static List<String> columns(String html, String field) {
        int chart = html.indexOf("<title>Records per value: " + field + "</title>");
        int end = html.indexOf("</svg>", chart);
        Matcher bars = BAR_TITLE.matcher(html.substring(chart, end));
        return bars.results().map(match -> match.group(1)).toList();
    }

    /** A code list of hundreds of codes (countries, census subdivisions): the 200 kept, then the other values. */
    @Test
    void aFieldOfEveryKeptCodeAndOtherValuesHasAColumnEach() throws IOException {
        Map<String, Long> codes = new java.util.TreeMap<>();
        for (int i = 0; i < ValueProfile.MAX_VALUES; i++) {
            codes.put(String.format("C%03d", i), 2L);
        }
        ValueProfile profile = new ValueProfile(ValueProfile.Kind.CODE, codes, 5, null, null);
        DatasetReport dataset = new DatasetReport("countries.csv", new SourceInfo("UTF-8", null, ',', 1), 405, List.of(),
                Map.of("country", new FieldStats("country", 405, 0, profile)), 5);

        List<String> columns = columns(html(dataset, Language.EN), "country");

        assertThat(columns).hasSize(ValueProfile.MAX_VALUES).startsWith("C000: 2").endsWith("C199: 2");
        assertThat(html(dataset, Language.FR)).contains("<title>autres valeurs : 5</title>");
    }

    @Test
    void aCenturyOfYearsIsChartedAsColumnsInTimeOrder() throws IOException {
        StringBuilder text = new StringBuilder("jurisdiction,year,sex,name,count\n");
        for (int year = 2019; year >= 1913; year--) {
            text.append("ON,").append(year).append(",F,OLIVIA,").append(year % 7 + 6).append('\n');
            text.append("ON,").append(year).append(",M,LIAM,").append(year % 5 + 6).append('\n');
        }
        DatasetReport dataset = new CsvFixture(dir, NEWBORN_NAMES).validate(text.toString());

        String english = html(dataset, Language.EN);
        String french = html(dataset, Language.FR);

        List<String> years = columns(english, "year");
        assertThat(years).hasSize(107).startsWith("1913: 2", "1914: 2").endsWith("2019: 2");
        assertThat(english).contains("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"720\"");
        assertThat(french).contains("<title>1913 : 2</title>");
        assertThat(columns(english, "sex")).as("a field of few values has rows of bars, not columns").isEmpty();
        assertThat(english).contains("<title>F: 107</title>");
        assertThat(french).contains("<title>F : 107</title>");
    }
}
