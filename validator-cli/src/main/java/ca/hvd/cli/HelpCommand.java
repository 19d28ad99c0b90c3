package ca.hvd.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hvd help [COMMAND…]}: the help of a command, in the user's language. */
@Command(name = "help", helpCommand = true)
final class HelpCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", descriptionKey = "help.command")
    String[] commands = new String[0];

    /** Accepted so that {@code hvd help validate --lang fr} works: the help is already in that language. */
    @Mixin
    LanguageOption language;

    @Override
    public Integer call() {
        CommandLine target = spec.parent().commandLine();
        for (String name : commands) {
            CommandLine sub = target.getSubcommands().get(name);
            if (sub == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        HvdCommand.texts(LanguageOption.scan(HvdCommand.environment(spec),
                                spec.commandLine().getParseResult().originalArgs().toArray(new String[0])))
                                .format("cli.usage.unknown", name, 0, ""));
            }
            target = sub;
        }
        target.usage(spec.commandLine().getOut());
        return ExitCode.OK.code();
    }
}
