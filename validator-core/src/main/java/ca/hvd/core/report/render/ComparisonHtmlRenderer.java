package ca.hvd.core.report.render;

import static ca.hvd.core.report.render.ComparisonTables.f;

import ca.hvd.core.i18n.ComparisonMessages;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.ComparedDataset;
import ca.hvd.core.report.ComparisonReport;
import ca.hvd.core.report.DimensionResult;
import ca.hvd.core.report.Evidence;
import ca.hvd.core.report.FieldComparison;
import ca.hvd.core.report.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The comparison as one self-contained HTML page: the result, the datasets, per dimension its
 * verdict, reason and figures (a measure's distributions over the common groups drawn side by side
 * as lines, the top shares as bars), then each field per dataset. Nothing is fetched: the same
 * Content-Security-Policy, inline style and SVG as the conformance report. Every text from the data
 * or a standard is escaped ({@link Escape#markup}).
 */
final class ComparisonHtmlRenderer implements ComparisonRenderer {

    private static final String STYLE = HtmlRenderer.STYLE + """
            .caveats{background:#fff4d6;color:#7a5200}
            .informational{background:#e3f0fb;color:#0d47a1}
            .reason{margin:.5rem 0}
            svg .axis{stroke:#999;stroke-width:1}
            svg .series{fill:none;stroke-width:2}
            .s0{stroke:#1565c0;fill:#1565c0}.s1{stroke:#c62828;fill:#c62828}.s2{stroke:#2e7d32;fill:#2e7d32}
            .s3{stroke:#6a1b9a;fill:#6a1b9a}.s4{stroke:#ef6c00;fill:#ef6c00}.s5{stroke:#00838f;fill:#00838f}
            """;

    private static final int SERIES_STYLES = 6;
    private static final int CHART_WIDTH = 720;
    private static final int CHART_HEIGHT = 240;
    private static final int MARGIN = 48;

    @Override
    public void render(ComparisonReport report, RenderOptions options, Writer out) throws IOException {
        Messages m = ComparisonMessages.of(options.language());
        String title = f(m, "compare.title", report.standardTitle().in(options.language()));
        out.write("<!DOCTYPE html>\n<html lang=\"" + options.language().code() + "\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + HtmlRenderer.CONTENT_SECURITY_POLICY + "\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<meta name=\"generator\" content=\"hvd " + h(report.toolVersion()) + "\">\n");
        out.write("<title>" + h(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n<header>\n");
        out.write("<h1>" + h(title) + "</h1>\n<p class=\"meta\">" + h(ComparisonTables.heading(m, report)) + "</p>\n");
        out.write("<p id=\"result\" class=\"result " + css(report.verdict()) + "\">" + h(ComparisonTables.result(m, report))
                + "</p>\n</header>\n<main>\n");
        out.write("<section class=\"datasets\">\n<h2>" + h(f(m, "compare.section.datasets")) + "</h2>\n");
        table(ComparisonTables.datasets(m, report), out);
        out.write("</section>\n<section class=\"dimensions\">\n<h2>" + h(f(m, "compare.section.dimensions")) + "</h2>\n");
        if (report.dimensions().isEmpty()) {
            out.write("<p>" + h(f(m, "compare.no-dimensions")) + "</p>\n");
        }
        List<String> labels = report.datasets().stream().map(ComparedDataset::label).toList();
        for (DimensionResult result : report.dimensions()) {
            dimension(m, report, labels, result, out);
        }
        out.write("</section>\n<section class=\"fields\">\n<h2>" + h(f(m, "compare.section.fields")) + "</h2>\n");
        for (FieldComparison field : report.fields()) {
            out.write("<h3>" + h(field.field()) + "</h3>\n");
            table(ComparisonTables.field(m, report, field), out);
        }
        out.write("</section>\n");
        for (String note : ComparisonTables.notes(m, report)) {
            out.write("<p class=\"meta\">" + h(note) + "</p>\n");
        }
        out.write("</main>\n</body>\n</html>\n");
    }

    private static void dimension(Messages m, ComparisonReport report, List<String> labels, DimensionResult result,
                                  Writer out) throws IOException {
        out.write("<article class=\"dimension\" id=\"dimension-" + h(result.dimension().id()) + "\">\n<h3>"
                + h(ComparisonTables.title(m, result)) + "</h3>\n");
        out.write("<p><span class=\"verdict " + css(result.verdict()) + "\">" + h(ComparisonTables.verdict(m, result.verdict()))
                + "</span></p>\n<p class=\"reason\">" + h(m.format(result.reason())) + "</p>\n");
        if (result.dimension().description() != null) {
            out.write("<p class=\"meta\">" + h(result.dimension().description().in(m.language())) + "</p>\n");
        }
        if (result.evidence() instanceof Evidence.Measure measure) {
            if (measure.common() > 1 && result.verdict() != Verdict.INFORMATIONAL) {
                out.write(shares(m, labels, result, measure));
            }
            if (!measure.distances().isEmpty()) {
                table(ComparisonTables.distances(m, measure), out);
            }
            table(ComparisonTables.cells(m, labels, result, measure, Integer.MAX_VALUE), out);
        } else {
            if (result.evidence() instanceof Evidence.Top top) {
                List<SvgBars.Bar> bars = new ArrayList<>();
                for (int i = 0; i < labels.size(); i++) {
                    double share = top.datasets().get(i).share();
                    bars.add(new SvgBars.Bar(labels.get(i), Math.round(share * 1000), "value", f(m, "compare.share", share)));
                }
                out.write(SvgBars.chart(m, f(m, "compare.column.top-share", top.n()), bars));
            }
            table(ComparisonTables.evidence(m, report, result), out);
        }
        out.write("</article>\n");
    }

    /**
     * Each dataset's share of every common group, as one line per dataset over the groups in order:
     * the shapes the total variation distance compares.
     */
    private static String shares(Messages m, List<String> labels, DimensionResult result, Evidence.Measure measure) {
        List<Evidence.Cell> common = measure.cells().stream().filter(cell -> !cell.values().contains(null)).toList();
        double[] totals = new double[labels.size()];
        for (Evidence.Cell cell : common) {
            for (int i = 0; i < labels.size(); i++) {
                totals[i] += cell.values().get(i);
            }
        }
        double max = 0;
        for (Evidence.Cell cell : common) {
            for (int i = 0; i < labels.size(); i++) {
                max = Math.max(max, totals[i] == 0 ? 0 : cell.values().get(i) / totals[i]);
            }
        }
        String groups = String.join(", ", ((ca.hvd.core.standard.Dimension.Measure) result.dimension()).by());
        String title = f(m, "compare.chart.shares", groups);
        int legend = 20 * labels.size();
        int height = CHART_HEIGHT + legend;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(CHART_WIDTH)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ')
                .append(height).append("\">\n<title>").append(h(title)).append("</title>\n");
        int left = MARGIN;
        int right = CHART_WIDTH - 16;
        int top = 12;
        int bottom = CHART_HEIGHT - 28;
        svg.append("<line class=\"axis\" x1=\"").append(left).append("\" y1=\"").append(bottom).append("\" x2=\"").append(right)
                .append("\" y2=\"").append(bottom).append("\"/>\n<line class=\"axis\" x1=\"").append(left).append("\" y1=\"")
                .append(top).append("\" x2=\"").append(left).append("\" y2=\"").append(bottom).append("\"/>\n");
        svg.append("<text class=\"label\" x=\"").append(left - 4).append("\" y=\"").append(top + 10)
                .append("\" text-anchor=\"end\">").append(h(f(m, "compare.share", max))).append("</text>\n");
        svg.append("<text class=\"label\" x=\"").append(left).append("\" y=\"").append(bottom + 16).append("\">")
                .append(h(String.join(" · ", common.get(0).key()))).append("</text>\n");
        svg.append("<text class=\"label\" x=\"").append(right).append("\" y=\"").append(bottom + 16)
                .append("\" text-anchor=\"end\">").append(h(String.join(" · ", common.get(common.size() - 1).key())))
                .append("</text>\n");
        for (int i = 0; i < labels.size(); i++) {
            StringBuilder points = new StringBuilder();
            for (int c = 0; c < common.size(); c++) {
                double share = totals[i] == 0 ? 0 : common.get(c).values().get(i) / totals[i];
                double x = left + (right - left) * (double) c / (common.size() - 1);
                double y = bottom - (max == 0 ? 0 : (bottom - top) * share / max);
                points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            String series = "s" + (i % SERIES_STYLES);
            svg.append("<polyline class=\"series ").append(series).append("\" points=\"").append(points.toString().strip())
                    .append("\"><title>").append(h(labels.get(i))).append("</title></polyline>\n");
            int y = CHART_HEIGHT + 20 * i + 4;
            svg.append("<rect class=\"").append(series).append("\" x=\"").append(left).append("\" y=\"").append(y)
                    .append("\" width=\"14\" height=\"10\"/><text class=\"label\" x=\"").append(left + 20).append("\" y=\"")
                    .append(y + 10).append("\">").append(h(labels.get(i))).append("</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static void table(ComparisonTables.Table table, Writer out) throws IOException {
        out.write("<table>\n<tr>");
        for (String cell : table.header()) {
            out.write("<th>" + h(cell) + "</th>");
        }
        out.write("</tr>\n");
        for (List<String> row : table.rows()) {
            out.write("<tr>");
            for (int c = 0; c < row.size(); c++) {
                out.write((table.numeric().get(c) ? "<td class=\"n\">" : "<td class=\"value\">") + h(row.get(c)) + "</td>");
            }
            out.write("</tr>\n");
        }
        out.write("</table>\n");
    }

    private static String css(Verdict verdict) {
        return switch (verdict) {
            case COMPARABLE -> "ok";
            case CAVEATS -> "caveats";
            case NOT_COMPARABLE -> "fail";
            case INFORMATIONAL -> "informational";
        };
    }

    private static String h(String text) {
        return Escape.markup(text);
    }
}
