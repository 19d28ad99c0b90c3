package ca.hvd.cli;

import ca.hvd.core.i18n.Messages;
import ca.hvd.core.standard.Standard;
import ca.hvd.core.standard.StandardRegistry;
import ca.hvd.core.standard.StandardSelector;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Resolves {@code ID[@VERSION]} from the command line, a malformed one being a usage error. */
final class Selectors {

    private Selectors() {
    }

    static Standard resolve(StandardRegistry registry, String text, CommandSpec spec, Messages texts) {
        StandardSelector selector;
        try {
            selector = StandardSelector.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), texts.format("cli.usage.standard", text));
        }
        return registry.load(registry.find(selector));
    }
}
