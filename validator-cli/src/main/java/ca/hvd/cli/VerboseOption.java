package ca.hvd.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: stack traces with errors, for reporting bugs. */
final class VerboseOption {

    @Option(names = "--verbose", descriptionKey = "option.verbose")
    boolean verbose;
}
