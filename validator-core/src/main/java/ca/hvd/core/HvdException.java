package ca.hvd.core;

import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Message;
import java.util.MissingResourceException;
import java.util.Objects;

/**
 * A failure hvd explains to its user: the input, a standard or an option cannot be used. Its text is
 * a {@link Message}, rendered in the user's language by whoever reports it; {@link #getMessage()}
 * gives the English text for logs.
 */
public class HvdException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Message text;

    public HvdException(Message text) {
        this(text, null);
    }

    public HvdException(Message text, Throwable cause) {
        super(cause);
        this.text = Objects.requireNonNull(text, "text");
    }

    /** What went wrong, to be rendered in the user's language. */
    public Message text() {
        return text;
    }

    /**
     * The English text when the library's messages have it, else the key and arguments: texts of
     * programs built on the library live in their own bundles, and this method must never throw.
     */
    @Override
    public String getMessage() {
        try {
            return text.in(Language.EN);
        } catch (MissingResourceException | IllegalArgumentException e) {
            return text.key() + " " + text.args();
        }
    }
}
