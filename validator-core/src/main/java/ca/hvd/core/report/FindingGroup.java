package ca.hvd.core.report;

import ca.hvd.core.i18n.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * All findings of one {@link FindingKey} in a dataset: their exact count and the first few as
 * examples, in file order.
 *
 * @param key      what the findings are
 * @param severity their severity in this run
 * @param message  what they mean, rendered in the report's language
 * @param count    how many there are (exact)
 * @param examples the first occurrences, in file order, at most the run's example limit
 */
public record FindingGroup(FindingKey key, Severity severity, Message message, long count, List<Example> examples) {

    public FindingGroup {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (count < examples.size()) {
            throw new IllegalArgumentException("a group has at least as many findings as examples");
        }
        examples = List.copyOf(examples);
    }

    /** The group of two reports' findings of the same key, the other's examples after this one's. */
    FindingGroup combine(FindingGroup other, int exampleLimit) {
        if (!key.equals(other.key)) {
            throw new IllegalArgumentException("only groups of the same key combine");
        }
        List<Example> merged = new ArrayList<>(Math.min(exampleLimit, examples.size() + other.examples.size()));
        for (List<Example> part : List.of(examples, other.examples)) {
            for (Example example : part) {
                if (merged.size() < exampleLimit) {
                    merged.add(example);
                }
            }
        }
        return new FindingGroup(key, severity, message, count + other.count, merged);
    }
}
