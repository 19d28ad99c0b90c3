package ca.hvd.core.standard;

import ca.hvd.core.HvdException;
import ca.hvd.core.i18n.Message;
import java.util.List;

/**
 * A standard cannot be found, or its definition is broken. When broken, {@link #problems()} names
 * each file and place.
 */
public final class StandardException extends HvdException {

    private static final long serialVersionUID = 1L;

    private final transient List<StandardProblem> problems;

    public StandardException(Message text) {
        this(text, List.of(), null);
    }

    public StandardException(Message text, List<StandardProblem> problems, Throwable cause) {
        super(text, cause);
        this.problems = List.copyOf(problems);
    }

    /** The problems found in the definition, in document order; empty when none apply. */
    public List<StandardProblem> problems() {
        return problems;
    }
}
