package ca.hvd.cli;

import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Messages;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/** Explains a wrong command line in the user's language, then exits with {@link ExitCode#USAGE}. */
final class UsageErrors {

    private UsageErrors() {
    }

    static int report(ParameterException e, Language language) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        Messages texts = HvdCommand.texts(language);
        err.println(texts.format("cli.usage", detail(e, texts)));
        err.println(texts.format("cli.usage.help-hint", commandLine.getCommandSpec().qualifiedName()));
        return ExitCode.USAGE.code();
    }

    private static String detail(ParameterException e, Messages texts) {
        if (e instanceof CommandLine.MissingParameterException missing) {
            List<String> names = new ArrayList<>();
            for (ArgSpec arg : missing.getMissing()) {
                names.add(name(arg));
            }
            return texts.format("cli.usage.missing", String.join(", ", names));
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            String suggestions = String.join(", ", unmatched.getSuggestions());
            return texts.format("cli.usage.unknown", String.join(" ", unmatched.getUnmatched()),
                    suggestions.isEmpty() ? 0 : 1, suggestions);
        }
        if (e instanceof CommandLine.OverwrittenOptionException overwritten) {
            return texts.format("cli.usage.repeated", name(overwritten.getOverwritten()));
        }
        ArgSpec arg = e.getArgSpec();
        if (arg != null && e.getValue() != null) {
            List<String> expected = new ArrayList<>();
            if (arg.completionCandidates() != null) {
                arg.completionCandidates().forEach(candidate -> expected.add(candidate.toLowerCase(Locale.ROOT)));
            }
            return texts.format("cli.usage.value", e.getValue(), name(arg), expected.isEmpty() ? 0 : 1,
                    String.join(", ", expected));
        }
        return texts.format("cli.usage.other", String.valueOf(e.getMessage()));
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName();
        }
        return arg.paramLabel();
    }
}
