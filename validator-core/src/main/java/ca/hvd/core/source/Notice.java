package ca.hvd.core.source;

import ca.hvd.core.report.FindingCode;
import java.util.List;

/**
 * Something reading a file noticed that is not about a record's values (an encoding fallback,
 * skipped preamble lines, malformed CSV), to be reported as a finding.
 *
 * @param code  the finding code
 * @param line  the physical line, or 0 for the whole file
 * @param value the text concerned, or {@code null}
 * @param args  the message's arguments
 */
public record Notice(FindingCode code, long line, String value, List<Object> args) {

    public Notice {
        args = List.copyOf(args);
    }
}
