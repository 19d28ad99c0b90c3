package ca.hvd.core.report.render;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as inline SVG: one labelled bar per row, its length proportional to its
 * value. Labels are escaped and cut; styling comes from the page's classes {@code chart},
 * {@code bar-*}, {@code label} and {@code value}.
 */
final class SvgBars {

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
    static String chart(String title, List<Bar> bars) {
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
            svg.append("<g><title>").append(Escape.markup(bar.label() + ": " + bar.shown())).append("</title>")
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
}
