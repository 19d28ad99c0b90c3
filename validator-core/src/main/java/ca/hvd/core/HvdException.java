package ca.hvd.core;

import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Message;
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

    @Override
    public String getMessage() {
        return text.in(Language.EN);
    }
}
