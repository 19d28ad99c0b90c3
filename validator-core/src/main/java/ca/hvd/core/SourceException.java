package ca.hvd.core;

import ca.hvd.core.i18n.Message;

/** A file cannot be read at all: it does not exist, is a directory, is unreadable or is not text. */
public final class SourceException extends HvdException {

    private static final long serialVersionUID = 1L;

    public SourceException(Message text) {
        super(text);
    }

    public SourceException(Message text, Throwable cause) {
        super(text, cause);
    }
}
