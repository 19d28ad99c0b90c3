package ca.hvd.core.report.render;

import ca.hvd.core.i18n.Messages;
import java.util.List;
import java.util.Locale;

/**
 * Bar charts as inline SVG: {@linkplain #chart horizontal bars}, one labelled bar per row, for a
 * few bars, and {@linkplain #columns columns} side by side for many (the records of each of a
 * century of years). Lengths are proportional to values; each bar's tooltip says its label and
 * value. Labels are escaped and cut; styling comes from the page's classes {@code chart},
 * {@code bar-*}, {@code label}, {@code value} and {@code axis}.
 */
final class SvgBars {

    /** Columns drawn across the plot, at most: one for each value a profile keeps, and one for the other values. */
    static final int MAX_COLUMNS = ca.hvd.core.report.ValueProfile.MAX_VALUES + 1;
    private static final int PLOT_WIDTH = 640;
    private static final int PLOT_HEIGHT = 160;
    private static final int AXIS_WIDTH = 56;
    private static final int AXIS_LABELS = 10;

    private static final int LABEL_WIDTH = 190;
    private static final int BAR_WIDTH = 380;
    private static final int VALUE_WIDTH = 70;
    private static final int ROW = 22;
    private static final int LABEL_CHARS = 28;

    /**
     * One bar.
     *
     * @param label what the bar stands for (plain text)
     * @param value its length, 0 or more
     * @param style the suffix of its CSS class {@code bar-…}
     * @param shown the value as written beside the bar
     */
    record Bar(String label, long value, String style, String shown) {
    }

    private SvgBars() {
    }

    /** The chart of bars, titled for screen readers, or an empty string when there are no bars. */
    static String chart(Messages m, String title, List<Bar> bars) {
        if (bars.isEmpty()) {
            return "";
        }
        long max = bars.stream().mapToLong(Bar::value).max().orElse(1);
        int width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;
        int height = ROW * bars.size() + 4;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\">\n<title>").append(Escape.markup(title)).append("</title>\n");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int y = i * ROW + 2;
            double length = max == 0 ? 0 : Math.max(bar.value() > 0 ? 1 : 0, (double) BAR_WIDTH * bar.value() / max);
            svg.append("<g><title>").append(Escape.markup(m.labelled(bar.label(), bar.shown()))).append("</title>")
                    .append("<text class=\"label\" x=\"").append(LABEL_WIDTH - 8).append("\" y=\"").append(y + 15)
                    .append("\" text-anchor=\"end\">").append(Escape.markup(Escape.cut(bar.label(), LABEL_CHARS)))
                    .append("</text><rect class=\"bar-").append(bar.style()).append("\" x=\"").append(LABEL_WIDTH)
                    .append("\" y=\"").append(y + 3).append("\" width=\"").append(String.format(Locale.ROOT, "%.1f", length))
                    .append("\" height=\"").append(ROW - 6).append("\"/><text class=\"value\" x=\"")
                    .append(String.format(Locale.ROOT, "%.1f", LABEL_WIDTH + length + 6)).append("\" y=\"").append(y + 15)
                    .append("\">").append(Escape.markup(bar.shown())).append("</text></g>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    /**
     * The chart of bars as columns in their order, left to right, under a scale from 0 to the
     * largest value; some labels are written below, every column says its own in its tooltip.
     * Titled for screen readers; an empty string when there are no bars.
     *
     * @throws IllegalArgumentException when there are more than {@value #MAX_COLUMNS} bars
     */
    static String columns(Messages m, String title, List<Bar> bars) {
        if (bars.isEmpty()) {
            return "";
        }
        if (bars.size() > MAX_COLUMNS) {
            throw new IllegalArgumentException("at most " + MAX_COLUMNS + " columns");
        }
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        double step = (double) PLOT_WIDTH / bars.size();
        int width = AXIS_WIDTH + PLOT_WIDTH + 24;
        int height = PLOT_HEIGHT + 28;
        int every = Math.max(1, (bars.size() + AXIS_LABELS - 1) / AXIS_LABELS);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\">\n<title>").append(Escape.markup(title)).append("</title>\n");
        svg.append("<line class=\"axis\" x1=\"").append(AXIS_WIDTH).append("\" y1=\"").append(PLOT_HEIGHT + 2)
                .append("\" x2=\"").append(AXIS_WIDTH + PLOT_WIDTH).append("\" y2=\"").append(PLOT_HEIGHT + 2).append("\"/>\n");
        svg.append("<text class=\"value\" x=\"").append(AXIS_WIDTH - 6).append("\" y=\"12\" text-anchor=\"end\">")
                .append(Escape.markup(m.format("text.count", max))).append("</text>\n");
        svg.append("<text class=\"value\" x=\"").append(AXIS_WIDTH - 6).append("\" y=\"").append(PLOT_HEIGHT + 2)
                .append("\" text-anchor=\"end\">0</text>\n");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double x = AXIS_WIDTH + i * step;
            double length = Math.max(bar.value() > 0 ? 1 : 0, (double) (PLOT_HEIGHT - 4) * bar.value() / max);
            svg.append("<rect class=\"bar-").append(bar.style()).append("\" x=\"").append(decimal(x + step * 0.1))
                    .append("\" y=\"").append(decimal(PLOT_HEIGHT + 2 - length)).append("\" width=\"")
                    .append(decimal(Math.max(1, step * 0.8))).append("\" height=\"").append(decimal(length)).append("\"><title>")
                    .append(Escape.markup(m.labelled(bar.label(), bar.shown()))).append("</title></rect>\n");
            if (i % every == 0 || i == bars.size() - 1 && i % every > every / 2) {
                svg.append("<text class=\"label\" x=\"").append(decimal(x + step / 2)).append("\" y=\"").append(PLOT_HEIGHT + 20)
                        .append("\" text-anchor=\"middle\">").append(Escape.markup(Escape.cut(bar.label(), 12))).append("</text>\n");
            }
        }
        return svg.append("</svg>\n").toString();
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
