package ca.hvd.core.engine;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file to validate.
 *
 * @param path the file
 * @param name how reports name it (what the user typed)
 */
public record DatasetInput(Path path, String name) {

    public DatasetInput {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
    }

    /** A file named in reports as its path reads. */
    public static DatasetInput of(Path path) {
        return new DatasetInput(path, path.toString());
    }
}
