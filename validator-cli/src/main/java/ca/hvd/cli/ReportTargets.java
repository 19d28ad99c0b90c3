package ca.hvd.cli;

import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.render.RenderOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The reports a command is asked for with {@code --format FORMAT[=FILE]} (repeatable) and
 * {@code --output FILE}: the one without a file goes to {@code --output} when given, at most one
 * goes to standard output, and no two to the same file.
 */
final class ReportTargets {

    /** One report to write: a format, and its file or {@code null} for standard output. */
    record Target<F>(F format, Path file) {
    }

    private ReportTargets() {
    }

    /**
     * Reads the {@code --format} values.
     *
     * @param formats  the values given, empty for the default
     * @param output   {@code --output}, or {@code null}
     * @param fallback the format when none is given
     * @param parse    a format from its name; throws {@link IllegalArgumentException} for an unknown one
     * @param label    the name of a format
     * @param names    every format's name, for messages
     * @throws ParameterException for a usage error, in the user's language
     */
    static <F> List<Target<F>> parse(List<String> formats, Path output, F fallback, Function<String, F> parse,
                                     Function<F, String> label, List<String> names, Messages texts, CommandSpec spec) {
        List<String> asked = formats.isEmpty() ? List.of(label.apply(fallback)) : formats;
        List<Target<F>> targets = new ArrayList<>();
        for (String value : asked) {
            int equals = value.indexOf('=');
            String name = equals < 0 ? value : value.substring(0, equals);
            F format;
            try {
                format = parse.apply(name);
            } catch (IllegalArgumentException e) {
                throw usage(spec, texts.format("cli.usage.format", value, String.join(", ", names)));
            }
            Path file = null;
            if (equals >= 0) {
                String path = value.substring(equals + 1);
                try {
                    file = path.isBlank() ? null : Path.of(path);
                } catch (InvalidPathException e) {
                    file = null;
                }
                if (file == null) {
                    throw usage(spec, texts.format("cli.usage.format", value, String.join(", ", names)));
                }
            }
            targets.add(new Target<>(format, file));
        }
        List<Target<F>> toStdout = targets.stream().filter(target -> target.file() == null).toList();
        String stdoutLabels = toStdout.stream().map(target -> label.apply(target.format())).collect(Collectors.joining(", "));
        if (output != null) {
            if (toStdout.size() != 1) {
                throw usage(spec, texts.format(toStdout.isEmpty() ? "cli.usage.output-unused" : "cli.usage.output-several",
                        stdoutLabels));
            }
            targets.set(targets.indexOf(toStdout.get(0)), new Target<>(toStdout.get(0).format(), output));
        } else if (toStdout.size() > 1) {
            throw usage(spec, texts.format("cli.usage.stdout", stdoutLabels, label.apply(toStdout.get(1).format())));
        }
        List<Path> files = new ArrayList<>();
        for (Target<F> target : targets) {
            if (target.file() != null) {
                Path absolute = target.file().toAbsolutePath().normalize();
                if (files.contains(absolute)) {
                    throw usage(spec, texts.format("cli.usage.same-file", target.file().toString()));
                }
                files.add(absolute);
            }
        }
        return targets;
    }

    /** Renders the run's report in one format onto a writer. */
    @FunctionalInterface
    interface Render<F> {
        void render(F format, RenderOptions options, Writer out) throws IOException;
    }

    /** The files the reports go to, in order; none for the one on standard output. */
    static <F> List<Path> files(List<Target<F>> targets) {
        return targets.stream().map(Target::file).filter(Objects::nonNull).toList();
    }

    /**
     * Writes the reports: those with a file all together ({@link OutputFile#writeTogether}, checked
     * with {@link OutputFile#check} before the run), then the one without a file to standard output,
     * coloured when it is {@code text} and the environment allows colour.
     *
     * @param text   the text format
     * @param inputs the files read, never written over
     */
    static <F> void write(List<Target<F>> targets, F text, Render<F> render, RenderOptions options, Environment environment,
                          CommandSpec spec, List<Path> inputs, List<Path> folders) throws IOException {
        List<Target<F>> toFiles = targets.stream().filter(target -> target.file() != null).toList();
        if (!toFiles.isEmpty()) {
            OutputFile.writeTogether(files(targets), inputs, folders, writers -> {
                for (int i = 0; i < toFiles.size(); i++) {
                    render.render(toFiles.get(i).format(), options, writers.get(i));
                }
            });
        }
        for (Target<F> target : targets) {
            if (target.file() == null) {
                PrintWriter out = spec.commandLine().getOut();
                render.render(target.format(), options.withColour(target.format() == text && environment.colour()), out);
                out.flush();
            }
        }
    }

    /**
     * Whether the human summary goes to standard error after the reports: not with {@code --quiet},
     * nor when the only report is the text one on standard output, which says it already.
     */
    static <F> boolean summaryWanted(List<Target<F>> targets, F text, boolean quiet) {
        boolean textOnStdout = targets.size() == 1 && targets.get(0).format() == text && targets.get(0).file() == null;
        return !quiet && !textOnStdout;
    }

    /** Says on standard error where each report written to a file went. */
    static <F> void sayWritten(List<Target<F>> targets, Function<F, String> label, Messages texts, PrintWriter err) {
        for (Target<F> target : targets) {
            if (target.file() != null) {
                err.println(texts.format("output.written", label.apply(target.format()), target.file().toString()));
            }
        }
    }

    private static ParameterException usage(CommandSpec spec, String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
