package ca.hvd.core.engine;

import ca.hvd.core.check.RowObserver;
import java.util.Objects;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;

/**
 * The {@link RowObserver}s of one file's validation, and how the file may be read for them.
 *
 * <ul>
 *   <li>{@link #inParts}: an observer per part of the file when it is read in parts
 *       ({@link ParallelRead}), each hearing its part on a worker, line and record numbers counted
 *       from the part's start; the parts' observers are combined in file order, like the tallies,
 *       into the observer of the whole. For observers whose state merges: comparability measures.</li>
 *   <li>{@link #inOnePass}: one observer that hears every row of the file in order, on the calling
 *       thread, line and record numbers counted from the top of the file; the file is then never
 *       read in parts. For observers that act on each row as it comes: the harmonized export
 *       writes its rows in file order.</li>
 * </ul>
 *
 * @param <T> the observers' type
 */
final class Observation<T extends RowObserver> {

    private final Supplier<T> create;
    /** Combines an earlier part's observer with the next part's; {@code null} when the file is read in one pass. */
    private final BinaryOperator<T> combine;
    private T whole;

    private Observation(Supplier<T> create, BinaryOperator<T> combine) {
        this.create = create;
        this.combine = combine;
    }

    /** Observers made per part, combined in file order: {@code combine(earlier, later)} must be associative. */
    static <T extends RowObserver> Observation<T> inParts(Supplier<T> create, BinaryOperator<T> combine) {
        return new Observation<>(Objects.requireNonNull(create), Objects.requireNonNull(combine));
    }

    /** One observer hearing the whole file in one pass, in order. */
    static <T extends RowObserver> Observation<T> inOnePass(T observer) {
        Objects.requireNonNull(observer);
        return new Observation<>(() -> observer, null);
    }

    /** Whether the file may be read in parts. */
    boolean allowsParts() {
        return combine != null;
    }

    /** The observer of the first part, or of the whole file read in one pass. */
    T first() {
        whole = create.get();
        return whole;
    }

    /** A new observer for a later part. */
    T newPart() {
        if (combine == null) {
            throw new IllegalStateException("an observer of a file read in one pass has no parts");
        }
        return create.get();
    }

    /** Takes in the observer of the part that follows those combined so far. */
    void append(T later) {
        whole = combine.apply(whole, later);
    }

    /** The observer of the whole file, once it is read. */
    T whole() {
        return whole;
    }
}
