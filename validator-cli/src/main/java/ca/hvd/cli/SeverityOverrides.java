package ca.hvd.cli;

import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.report.Severities;
import ca.hvd.core.report.Severity;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code --severity CODE=LEVEL}, repeatable: the severities of a run. */
final class SeverityOverrides {

    private SeverityOverrides() {
    }

    /**
     * The severities the values ask for, each {@code CODE=error|warning|info|off}.
     *
     * @throws ParameterException for a malformed value or an unknown code, in the user's language
     */
    static Severities parse(List<String> values, Messages texts, CommandSpec spec) {
        Map<FindingCode, Optional<Severity>> overrides = new EnumMap<>(FindingCode.class);
        for (String value : values) {
            int equals = value.indexOf('=');
            if (equals < 0) {
                throw new ParameterException(spec.commandLine(), texts.format("cli.usage.severity", value));
            }
            String id = value.substring(0, equals).strip();
            String level = value.substring(equals + 1).strip();
            FindingCode code = FindingCode.byId(id).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    texts.format("cli.usage.severity.code", id,
                            Arrays.stream(FindingCode.values()).map(FindingCode::id).collect(Collectors.joining(", ")))));
            if ("off".equalsIgnoreCase(level)) {
                overrides.put(code, Optional.empty());
                continue;
            }
            try {
                overrides.put(code, Optional.of(Severity.parse(level)));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), texts.format("cli.usage.severity", value));
            }
        }
        return overrides.isEmpty() ? Severities.defaults() : Severities.of(overrides);
    }
}
