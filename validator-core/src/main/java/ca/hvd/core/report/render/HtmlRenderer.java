package ca.hvd.core.report.render;

import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.FieldStats;
import ca.hvd.core.report.FindingGroup;
import ca.hvd.core.report.Severity;
import ca.hvd.core.report.ValidationReport;
import ca.hvd.core.report.ValueProfile;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report as one self-contained HTML page for a data steward: the result, then per file its
 * verdict and counts, the findings with examples, a chart of findings by field, the fill rate and
 * values of each field, and charts of records per value for fields with few values (code lists,
 * yes/no, and whole numbers or dates such as years whose values repeat).
 *
 * <p>The page fetches nothing: no script, no external style, font or image; the charts are inline
 * SVG and a Content-Security-Policy forbids any fetch. Every text from the data or a standard is
 * escaped ({@link Escape#markup}).
 */
final class HtmlRenderer implements Renderer {

    /** What the page may load: nothing but its own inline style. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

    /** Fields with more distinct values than this get their chart of values as columns, not rows of bars. */
    static final int CHART_ROWS = 40;

    static final String STYLE = """
            body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1b1b1b;background:#fafafa}
            header,main{max-width:70rem;margin:0 auto;padding:1rem 1.5rem}
            header{border-bottom:1px solid #ddd}
            h1{font-size:1.5rem;margin:.5rem 0}
            h2{font-size:1.2rem;margin:2rem 0 .5rem;word-break:break-all}
            h3{font-size:1rem;margin:1.5rem 0 .5rem}
            .meta,.source{color:#555;margin:.25rem 0}
            .result,.verdict{font-weight:700;padding:.15rem .5rem;border-radius:.25rem;display:inline-block}
            .ok{background:#e3f4e6;color:#1b5e20}
            .fail{background:#fde7e7;color:#b71c1c}
            section{background:#fff;border:1px solid #ddd;border-radius:.5rem;padding:.5rem 1.25rem 1.25rem;margin:1.5rem 0}
            table{border-collapse:collapse;width:100%;margin:.5rem 0}
            th,td{border-bottom:1px solid #e5e5e5;padding:.35rem .5rem;text-align:left;vertical-align:top}
            th{background:#f3f3f3}
            td.n{text-align:right;white-space:nowrap}
            td ul{margin:0;padding-left:1.1rem}
            td code{white-space:nowrap}
            .value{overflow-wrap:anywhere}
            tr.error td:first-child{color:#b71c1c;font-weight:700}
            tr.warning td:first-child{color:#8a5a00;font-weight:700}
            tr.info td:first-child{color:#0d5c8c}
            .gauge{display:inline-block;width:6rem;height:.6rem;background:#eee;border-radius:.3rem;margin-right:.4rem;vertical-align:middle}
            .gauge span{display:block;height:100%;background:#2e7d32;border-radius:.3rem}
            svg.chart{max-width:100%;height:auto;font-size:12px}
            svg .label,svg .value{fill:#333}
            svg .axis{stroke:#999}
            .bar-error{fill:#c62828}.bar-warning{fill:#e0a100}.bar-info{fill:#1e88e5}.bar-value{fill:#546e7a}.bar-other{fill:#b0bec5}
            """;

    @Override
    public void render(ValidationReport report, RenderOptions options, Writer out) throws IOException {
        Messages m = Messages.of(options.language());
        String title = m.format("report.title", report.standardTitle().in(options.language()));
        out.write("<!DOCTYPE html>\n<html lang=\"" + options.language().code() + "\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CONTENT_SECURITY_POLICY + "\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<meta name=\"generator\" content=\"hvd " + h(report.toolVersion()) + "\">\n");
        out.write("<title>" + h(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<header>\n");
        out.write("<h1>" + h(title) + "</h1>\n<p class=\"meta\">" + h(Texts.heading(m, report)) + "</p>\n");
        out.write("<p id=\"result\" class=\"result " + (report.conformant() ? "ok" : "fail") + "\">"
                + h(Texts.result(m, report)) + "</p>\n</header>\n<main>\n");
        for (DatasetReport dataset : report.datasets()) {
            dataset(m, report, dataset, out);
        }
        out.write("</main>\n</body>\n</html>\n");
    }

    private static void dataset(Messages m, ValidationReport report, DatasetReport dataset, Writer out) throws IOException {
        boolean conformant = dataset.conformant(report.failOn());
        out.write("<section class=\"dataset\">\n<h2>" + h(dataset.source()) + "</h2>\n");
        out.write("<p><span class=\"verdict " + (conformant ? "ok" : "fail") + "\">" + h(Texts.verdict(m, report, dataset))
                + "</span> " + h(Texts.counts(m, report, dataset)) + "</p>\n");
        out.write("<p class=\"source\">" + h(Texts.source(m, dataset)) + "</p>\n");
        out.write("<h3>" + h(m.format("report.findings")) + "</h3>\n");
        if (dataset.findings().isEmpty()) {
            out.write("<p class=\"none\">" + h(m.format("report.no-findings")) + "</p>\n");
        } else {
            findings(m, dataset, out);
            List<SvgBars.Bar> problems = findingsByField(m, dataset);
            if (!problems.isEmpty()) {
                out.write("<h3>" + h(m.format("report.chart.findings")) + "</h3>\n");
                out.write(SvgBars.chart(m, m.format("report.chart.findings"), problems));
            }
        }
        if (!dataset.fields().isEmpty()) {
            fields(m, dataset, out);
            for (Map.Entry<String, FieldStats> field : dataset.fields().entrySet()) {
                ValueProfile profile = field.getValue().profile();
                if (charted(profile)) {
                    String chartTitle = m.format("report.chart.values", field.getKey());
                    out.write("<h3>" + h(chartTitle) + "</h3>\n");
                    List<SvgBars.Bar> bars = valueBars(m, profile);
                    out.write(bars.size() > CHART_ROWS ? SvgBars.columns(m, chartTitle, bars) : SvgBars.chart(m, chartTitle, bars));
                }
            }
        }
        out.write("</section>\n");
    }

    private static void findings(Messages m, DatasetReport dataset, Writer out) throws IOException {
        out.write("<table class=\"findings\">\n");
        header(Tables.findingHeader(m), out);
        for (Tables.FindingRow row : Tables.findings(m, dataset)) {
            out.write("<tr class=\"" + row.severity().label() + "\"><td>" + h(row.label()) + "</td><td><code>"
                    + h(row.code()) + "</code><br>" + h(row.title()) + "</td><td>" + h(row.subject())
                    + "</td><td class=\"n\">" + h(row.count()) + "</td><td>" + h(row.message()) + "</td><td>");
            if (!row.examples().isEmpty()) {
                out.write("<ul>");
                for (String example : row.examples()) {
                    out.write("<li class=\"value\">" + h(example) + "</li>");
                }
                out.write("</ul>");
            }
            out.write("</td></tr>\n");
        }
        out.write("</table>\n");
    }

    private static void fields(Messages m, DatasetReport dataset, Writer out) throws IOException {
        out.write("<h3>" + h(m.format("report.fields")) + "</h3>\n<table class=\"fields\">\n");
        header(Tables.fieldHeader(m), out);
        for (Tables.FieldRow row : Tables.fields(m, dataset)) {
            out.write("<tr><td>" + h(row.field()) + "</td><td class=\"value\">" + h(row.column()) + "</td><td class=\"n\">"
                    + h(row.filled()) + "</td><td>");
            if (row.percent() >= 0) {
                out.write("<span class=\"gauge\"><span style=\"width:" + row.percent() + "%\"></span></span>"
                        + m.format("report.percent", row.percent()));
            }
            out.write("</td><td>" + h(row.values()) + "</td></tr>\n");
        }
        out.write("</table>\n");
    }

    private static void header(List<String> cells, Writer out) throws IOException {
        out.write("<tr>");
        for (String cell : cells) {
            out.write("<th>" + h(cell) + "</th>");
        }
        out.write("</tr>\n");
    }

    /**
     * One bar per field (or column, or the whole file) with its number of errors and warnings,
     * coloured by the worst: information (a wide file's thousands of expected suppressed cells) would
     * dwarf the problems on the same scale, and the findings table lists it.
     */
    private static List<SvgBars.Bar> findingsByField(Messages m, DatasetReport dataset) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, Severity> worst = new LinkedHashMap<>();
        for (String field : dataset.fields().keySet()) {
            counts.put(field, new long[1]);
        }
        for (FindingGroup group : dataset.findings()) {
            if (!group.severity().atLeast(Severity.WARNING)) {
                continue;
            }
            String label = group.key().field() != null ? group.key().field()
                    : group.key().column() != null ? "[" + group.key().column() + "]"
                    : m.format("report.chart.file");
            counts.computeIfAbsent(label, l -> new long[1])[0] += group.count();
            worst.merge(label, group.severity(), (a, b) -> a.atLeast(b) ? a : b);
        }
        List<SvgBars.Bar> bars = new ArrayList<>();
        counts.forEach((label, count) -> {
            if (count[0] > 0) {
                bars.add(new SvgBars.Bar(label, count[0], worst.get(label).label(), m.format("text.count", count[0])));
            }
        });
        return bars;
    }

    /**
     * Whether a field's values make a readable chart: codes and yes/no always (as many as are
     * counted); whole numbers and dates (years, months) when every value is counted and they
     * repeat, the records of each value in a column when there are many.
     */
    static boolean charted(ValueProfile profile) {
        int distinct = profile.counts().size();
        return switch (profile.kind()) {
            case CODE, BOOLEAN -> distinct > 0;
            case INTEGER, DATE -> profile.complete() && distinct > 0 && distinct < profile.total();
            default -> false;
        };
    }

    /** The records of each value, in the order of their kind (years in time order), then of other values. */
    private static List<SvgBars.Bar> valueBars(Messages m, ValueProfile profile) {
        List<SvgBars.Bar> bars = new ArrayList<>();
        for (String value : profile.counts().keySet()) {
            long count = profile.counts().get(value);
            bars.add(new SvgBars.Bar(value, count, "value", m.format("text.count", count)));
        }
        if (profile.otherCount() > 0) {
            bars.add(new SvgBars.Bar(m.format("report.chart.other"), profile.otherCount(), "other",
                    m.format("text.count", profile.otherCount())));
        }
        return bars;
    }

    private static String h(String text) {
        return Escape.markup(text);
    }
}
