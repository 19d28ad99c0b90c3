package ca.hvd.core.standard;

import ca.hvd.core.i18n.Message;
import java.util.Objects;

/**
 * One thing wrong with a standard definition: the file, the place in it, and what is wrong.
 *
 * @param file    the file, as a path or {@code classpath:…}
 * @param pointer a JSON pointer into the file (empty for the whole document), or for CSV files
 *                {@code line N}
 * @param text    what is wrong
 */
public record StandardProblem(String file, String pointer, Message text) {

    public StandardProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(text, "text");
    }
}
