package ca.hvd.core.check;

import ca.hvd.core.i18n.Message;
import ca.hvd.core.report.FindingKey;
import ca.hvd.core.report.Severity;

/**
 * A place in a {@link Tally} for the findings of one key, decided when checks are compiled.
 *
 * @param index    the slot's position in the tally's arrays
 * @param key      the finding key
 * @param severity the severity in this run, or {@code null} when the code is turned off
 * @param message  the group message
 */
record Slot(int index, FindingKey key, Severity severity, Message message) {

    boolean enabled() {
        return severity != null;
    }
}
