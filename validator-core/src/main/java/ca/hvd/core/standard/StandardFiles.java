package ca.hvd.core.standard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files of one standard version's folder, bundled on the class path or in a directory. */
interface StandardFiles {

    /**
     * Opens a file of the folder.
     *
     * @param relativePath a path inside the folder, with {@code /} separators
     * @throws NoSuchFileException when the folder has no such file
     * @throws IOException         when it cannot be read
     */
    InputStream open(String relativePath) throws IOException;

    /** How a file of the folder is named in messages. */
    String describe(String relativePath);

    /** The names of the profiles in the folder's {@code profiles/}, sorted. */
    List<String> profiles() throws IOException;

    /**
     * Files bundled in a jar under {@code hvd-standards/ID/VERSION/}.
     *
     * @param profiles the names of its profiles, as the bundled catalogue lists them (a jar's
     *                 folders cannot be listed)
     */
    static StandardFiles bundled(ClassLoader loader, String folder, List<String> profiles) {
        List<String> sorted = profiles.stream().sorted().toList();
        return new StandardFiles() {
            @Override
            public List<String> profiles() {
                return sorted;
            }

            @Override
            public InputStream open(String relativePath) throws IOException {
                InputStream in = loader.getResourceAsStream(folder + "/" + relativePath);
                if (in == null) {
                    throw new NoSuchFileException(describe(relativePath));
                }
                return in;
            }

            @Override
            public String describe(String relativePath) {
                return "classpath:" + folder + "/" + relativePath;
            }
        };
    }

    /**
     * A file that resolves, through {@code ..} or a symbolic link, outside the standards directory:
     * never opened.
     */
    final class OutsideException extends IOException {
        private static final long serialVersionUID = 1L;

        /** Where the path really leads. */
        final String target;

        OutsideException(String path, String target) {
            super(path + " leads outside the standards directory, to " + target);
            this.target = target;
        }
    }

    /**
     * Files in a folder on disk. A path that leaves {@code base} once {@code ..} and symbolic links
     * are resolved is refused with {@link OutsideException}, as is anything but a regular file.
     *
     * @param folder the version's folder
     * @param base   the standards directory it was found in ({@code --standards-dir})
     */
    static StandardFiles directory(Path folder, Path base) {
        Path root = folder.toAbsolutePath().normalize();
        Path limit = base.toAbsolutePath().normalize();
        return new StandardFiles() {
            @Override
            public List<String> profiles() throws IOException {
                Path profiles = root.resolve("profiles");
                if (!Files.isDirectory(profiles)) {
                    return List.of();
                }
                try (Stream<Path> files = Files.list(profiles)) {
                    return files.map(file -> file.getFileName().toString())
                            .filter(name -> name.endsWith(".json"))
                            .map(name -> name.substring(0, name.length() - ".json".length()))
                            .sorted()
                            .toList();
                }
            }

            @Override
            public InputStream open(String relativePath) throws IOException {
                Path file = root.resolve(relativePath).normalize();
                if (!file.startsWith(root)) {
                    throw new OutsideException(describe(relativePath), file.toString());
                }
                if (!Files.exists(file)) {
                    throw new NoSuchFileException(describe(relativePath));
                }
                Path real = file.toRealPath();
                if (!real.startsWith(limit.toRealPath())) {
                    throw new OutsideException(describe(relativePath), real.toString());
                }
                if (!Files.isRegularFile(real)) {
                    throw new NoSuchFileException(describe(relativePath));
                }
                return Files.newInputStream(real);
            }

            @Override
            public String describe(String relativePath) {
                return root.resolve(relativePath).normalize().toString();
            }
        };
    }
}
