package ca.hvd.core.report.render;

import ca.hvd.core.i18n.Message;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.Example;
import ca.hvd.core.report.FindingGroup;
import java.util.Optional;

/** The wording shared by every renderer: titles, messages and example details of findings. */
final class Texts {

    private Texts() {
    }

    /** The short title of a finding's code. */
    static String title(Messages messages, FindingGroup group) {
        return messages.format(group.key().code().titleKey());
    }

    /** The message of a group of findings. */
    static String message(Messages messages, FindingGroup group) {
        return messages.format(group.message());
    }

    /** The detail of one example (e.g. "first seen on line 3"), when its code has one. */
    static Optional<String> detail(Messages messages, FindingGroup group, Example example) {
        String key = "finding." + group.key().code().id() + ".example";
        if (example.args().isEmpty() || !messages.has(key)) {
            return Optional.empty();
        }
        return Optional.of(messages.format(new Message(key, example.args())));
    }
}
