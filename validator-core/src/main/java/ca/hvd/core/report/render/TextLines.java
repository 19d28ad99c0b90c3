package ca.hvd.core.report.render;

import java.util.List;

/** Texts in lines for a terminal, as hvd's text reports write them, for commands that write their own. */
public final class TextLines {

    /** The widest line, in characters. */
    public static final int WIDTH = TextRenderer.WIDTH;

    private TextLines() {
    }

    /**
     * Words of a text in lines of at most {@value #WIDTH} columns, each starting with the indent;
     * French punctuation spaced off its word stays with it.
     */
    public static List<String> wrap(String text, String indent) {
        return TextRenderer.wrap(text, indent);
    }
}
