package ca.hvd.cli;

import ca.hvd.core.i18n.Language;
import ca.hvd.core.report.render.StandardExport;
import ca.hvd.core.standard.Standard;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hvd standards export ID[@VERSION] --to FORMAT}: the standard as a Frictionless Table
 * Schema, CSVW metadata or a plain JSON Schema (see {@code docs/exports.md}).
 */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false)
final class StandardsExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID[@VERSION]", descriptionKey = "option.standard")
    String standard;

    @Option(names = {"-t", "--to"}, required = true, paramLabel = "FORMAT", descriptionKey = "export.to",
            converter = FormatConverter.class, completionCandidates = Formats.class)
    StandardExport to;

    @Mixin
    DocumentOptions options;

    @Override
    public Integer call() {
        Language lang = options.language();
        Standard exported = options.resolve(options.registry(), standard, spec);
        options.write(spec, out -> to.write(exported, lang, out));
        return ExitCode.OK.code();
    }

    /** The formats {@code --to} accepts, as listed in usage errors. */
    static final class Formats implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return java.util.Arrays.stream(StandardExport.values()).map(StandardExport::label).iterator();
        }
    }

    static final class FormatConverter implements ITypeConverter<StandardExport> {
        @Override
        public StandardExport convert(String value) {
            return StandardExport.parse(value);
        }
    }
}
