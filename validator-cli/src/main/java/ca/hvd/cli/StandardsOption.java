package ca.hvd.cli;

import ca.hvd.core.standard.StandardRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --standards-dir DIR}: where standards besides the bundled ones are found. */
final class StandardsOption {

    @Option(names = "--standards-dir", paramLabel = "DIR", descriptionKey = "option.standards-dir")
    List<Path> directories = new ArrayList<>();

    /** The registry of the bundled standards and those of the directories given. */
    StandardRegistry registry() {
        StandardRegistry.Builder builder = StandardRegistry.builder();
        directories.forEach(builder::directory);
        return builder.build();
    }
}
