package ca.hvd.core.check;

import ca.hvd.core.i18n.Message;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.report.FindingKey;
import ca.hvd.core.report.Severities;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hands out one {@link Slot} per finding key while a standard is compiled. */
final class Slots {

    private final Severities severities;
    private final Map<FindingKey, Slot> byKey = new LinkedHashMap<>();

    Slots(Severities severities) {
        this.severities = severities;
    }

    /** The slot of a key, created on first request with its message. */
    Slot of(FindingKey key, Message message) {
        return byKey.computeIfAbsent(key, k -> new Slot(byKey.size(), k, severities.of(k.code()).orElse(null), message));
    }

    Slot of(FindingCode code, String field, String column, String rule, Message message) {
        return of(new FindingKey(code, field, column, rule), message);
    }

    List<Slot> all() {
        return new ArrayList<>(byKey.values());
    }
}
