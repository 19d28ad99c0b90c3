package ca.hvd.core.check;

import java.util.Collection;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/** What a task run on another thread came to: its value, or its exception thrown again as it was thrown. */
public final class Outcome {

    private Outcome() {
    }

    /**
     * Waits for a task and returns its value; an unchecked exception or error of the task is thrown
     * again unwrapped, so that a {@code SourceException} reading a part reaches the caller as such.
     */
    public static <T> T of(Future<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a task", e);
        }
    }

    /**
     * Waits until every task has finished, handing the value of each that succeeded to {@code done}
     * (to release what it holds); a task that failed is passed over, its failure being the caller's
     * to report. An interrupt does not cut the wait short, and is kept.
     */
    public static <T> void awaitAll(Collection<? extends Future<T>> futures, Consumer<T> done) {
        boolean interrupted = false;
        for (Future<T> future : futures) {
            while (true) {
                try {
                    done.accept(future.get());
                    break;
                } catch (ExecutionException e) {
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
