package ca.hvd.cli;

import ca.hvd.core.HvdException;
import ca.hvd.core.Hvd;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.standard.StandardException;
import ca.hvd.core.standard.StandardProblem;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code hvd}: checks open-government CSV files against versioned standards for high-value
 * datasets. The root command only dispatches to its subcommands; {@link #main} only exits with
 * what {@link #run} returns.
 *
 * <p>Picocli builds a command's model (options, mixins, converters, help texts) when the command
 * is added, which costs start-up time: all of them together took about a third of a validation of
 * a small file. So a run adds only the subcommand its arguments name, when they name one, and
 * every subcommand otherwise (no subcommand, {@code help}, {@code --help}, a mistake), so that help
 * and usage errors list them all.
 */
@Command(name = "hvd",
        mixinStandardHelpOptions = true,
        versionProvider = HvdCommand.Version.class)
public final class HvdCommand implements Callable<Integer> {

    /** The subcommands, in the order help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ValidateCommand.class, CompareCommand.class,
            HarmonizeCommand.class, StandardsCommand.class, TemplateCommand.class, FindingsCommand.class, HelpCommand.class);

    @Spec
    CommandSpec spec;

    private final Environment environment;

    HvdCommand(Environment environment) {
        this.environment = environment;
    }

    /** The environment of the command a spec belongs to. */
    static Environment environment(CommandSpec spec) {
        return ((HvdCommand) spec.root().userObject()).environment;
    }

    /** Without a subcommand: the usage on stderr, and a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(TerminalWriter.raw(spec.commandLine().getErr()));
        return ExitCode.USAGE.code();
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs hvd on the process's standard output and error, both UTF-8. */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new StandardOutput(new FileOutputStream(FileDescriptor.out)),
                StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8));
        try {
            return run(out, err, args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Runs hvd with the given streams: what tests call.
     *
     * @return the exit code, one of {@link ExitCode}
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(Environment.system(), out, err, args);
    }

    /**
     * Runs hvd in a given environment (terminal or not, environment variables): for tests. What goes
     * to standard error has its control characters escaped ({@link TerminalWriter}).
     */
    static int run(Environment environment, PrintWriter out, PrintWriter standardError, String... args) {
        PrintWriter err = TerminalWriter.of(standardError);
        Language language = LanguageOption.scan(environment, args);
        CommandLine commandLine = configure(withSubcommands(new CommandLine(new HvdCommand(environment)), args), language,
                out, err);
        int code;
        try {
            code = commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            // the run's data is unreachable once the error has unwound it: there is room to say so
            err.println(outOfMemory(texts(language), commandLine.getParseResult(), Runtime.getRuntime().maxMemory()));
            code = ExitCode.INPUT.code();
        }
        out.flush();
        if (out.checkError()) {
            // a full disk, a closed pipe: what was meant for standard output did not all reach it
            err.println(texts(language).format("cli.error.stdout"));
            code = Math.max(code, ExitCode.INPUT.code());
        }
        err.flush();
        return code;
    }

    /**
     * What running out of memory means: the heap's size and, for {@code validate}, whose options
     * take memory (the examples kept, raised reading limits); other commands have no such option.
     */
    static String outOfMemory(Messages texts, CommandLine.ParseResult parsed, long maxMemory) {
        boolean validate = parsed != null && parsed.hasSubcommand() && "validate".equals(parsed.subcommand().commandSpec().name());
        return texts.format("cli.error.memory", maxMemory >> 20, validate ? 1 : 0);
    }

    /** The command line with every subcommand, in a language: help texts, exit code list and error handling set. */
    static CommandLine commandLine(Language language, PrintWriter out, PrintWriter err) {
        return configure(withSubcommands(new CommandLine(new HvdCommand(Environment.system()))), language, out, err);
    }

    /**
     * Adds the subcommand the arguments name (their first argument that is not an option), or every
     * subcommand when they name none, or {@code help}.
     */
    static CommandLine withSubcommands(CommandLine commandLine, String... args) {
        String named = null;
        for (String arg : args) {
            if (!arg.startsWith("-")) {
                named = arg;
                break;
            }
        }
        boolean one = false;
        for (Class<?> type : SUBCOMMANDS) {
            String name = type.getAnnotation(Command.class).name();
            one |= name.equals(named) && !"help".equals(named);
        }
        for (Class<?> type : SUBCOMMANDS) {
            if (!one || type.getAnnotation(Command.class).name().equals(named)) {
                commandLine.addSubcommand(type);
            }
        }
        return commandLine;
    }

    /** Sets help texts, exit codes, streams and error handling on a command line and its subcommands. */
    static CommandLine configure(CommandLine commandLine, Language language, PrintWriter out, PrintWriter err) {
        ResourceBundle bundle = helpBundle(language);
        commandLine.setResourceBundle(bundle);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> failure(e, cl, language, verbose(parsed)));
        commandLine.setParameterExceptionHandler((e, args) -> UsageErrors.report(e, language));
        applyExitCodes(commandLine, bundle, bundle.getString("usage.exitCodeListHeading"));
        // A command's header is its line in its parent's list of commands; its own help starts
        // with the usage and says the same at length in the description.
        List<String> sections = new ArrayList<>(commandLine.getHelpSectionKeys());
        sections.removeAll(List.of(CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER_HEADING,
                CommandLine.Model.UsageMessageSpec.SECTION_KEY_HEADER));
        commandLine.setHelpSectionKeys(sections);
        return commandLine;
    }

    private static void applyExitCodes(CommandLine commandLine, ResourceBundle bundle, String heading) {
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading(heading)
                .exitCodeList(exitCodes(bundle, commandLine.getCommandSpec().qualifiedName(".")));
        commandLine.getSubcommands().values().forEach(sub -> applyExitCodes(sub, bundle, heading));
    }

    /** The exit codes and their descriptions, from {@link ExitCode}, for help texts. */
    static Map<String, String> exitCodes(Language language) {
        return exitCodes(helpBundle(language), "");
    }

    /**
     * The exit codes and their descriptions for one command: a command whose code means something of
     * its own (1 for {@code standards lint}: problems found) has its description under
     * {@code COMMAND.exit.N} (e.g. {@code hvd.standards.lint.exit.1}), the others {@code exit.N}; an
     * empty description of its own leaves out a code the command never exits with (1 for
     * {@code template}).
     */
    static Map<String, String> exitCodes(ResourceBundle bundle, String command) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            String own = command + "." + code.helpKey();
            String description = bundle.getString(bundle.containsKey(own) ? own : code.helpKey());
            if (!description.isEmpty()) {
                codes.put(String.format("%3d", code.code()), description);
            }
        }
        return codes;
    }

    /** The picocli help texts of a language ({@code help_en.properties}, {@code help_fr.properties}). */
    static ResourceBundle helpBundle(Language language) {
        String name = "help_" + language.code() + ".properties";
        try (InputStream in = HvdCommand.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the build");
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command's own texts in a language ({@code cli_en.properties}, {@code cli_fr.properties}). */
    static Messages texts(Language language) {
        return Messages.load(HvdCommand.class, "cli", language);
    }

    private static boolean verbose(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult leaf = parsed;
        while (leaf.hasSubcommand()) {
            leaf = leaf.subcommand();
        }
        return leaf.hasMatchedOption("--verbose");
    }

    /** Says what went wrong: {@code hvd: message}, and each problem of a broken standard on a line of its own. */
    static void explain(HvdException known, Messages texts, PrintWriter err) {
        err.println(texts.format("cli.error", texts.format(known.text())));
        if (known instanceof StandardException broken) {
            for (StandardProblem problem : broken.problems()) {
                String where = problem.pointer().isEmpty() ? problem.file() : problem.file() + " " + problem.pointer();
                err.println("  " + texts.labelled(where, texts.format(problem.text())));
            }
        }
    }

    private static int failure(Exception e, CommandLine commandLine, Language language, boolean verbose) {
        PrintWriter err = commandLine.getErr();
        Messages texts = texts(language);
        if (e instanceof HvdException known) {
            explain(known, texts, err);
            if (verbose) {
                e.printStackTrace(err);
            }
            return ExitCode.INPUT.code();
        }
        err.println(texts.format("cli.error.internal", e.getClass().getName(), String.valueOf(e.getMessage())));
        if (verbose) {
            e.printStackTrace(err);
        } else {
            err.println(texts.format("cli.error.verbose-hint"));
        }
        return ExitCode.INTERNAL.code();
    }

    /** {@code hvd --version}: the tool's version and the runtime's. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                Hvd.name() + " " + Hvd.version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
            };
        }
    }

    /** Lists values as {@code a, b, c} for messages. */
    static String list(Iterable<?> values) {
        return java.util.stream.StreamSupport.stream(values.spliterator(), false)
                .map(String::valueOf).collect(Collectors.joining(", "));
    }

    /**
     * Standard output that goes quiet once its reader has gone, as command-line tools do
     * ({@code hvd findings | head}: the rest is not wanted); any other failure (a full disk) is
     * thrown, so the run fails with exit 3.
     */
    static final class StandardOutput extends FilterOutputStream {
        private boolean readerGone;

        StandardOutput(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (!readerGone) {
                try {
                    out.write(bytes, offset, length);
                } catch (IOException e) {
                    readerGone = isBrokenPipe(e);
                    if (!readerGone) {
                        throw e;
                    }
                }
            }
        }

        @Override
        public void flush() throws IOException {
            if (!readerGone) {
                try {
                    out.flush();
                } catch (IOException e) {
                    readerGone = isBrokenPipe(e);
                    if (!readerGone) {
                        throw e;
                    }
                }
            }
        }

        private static boolean isBrokenPipe(IOException e) {
            return String.valueOf(e.getMessage()).contains("Broken pipe");
        }
    }
}
