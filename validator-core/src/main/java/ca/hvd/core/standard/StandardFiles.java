package ca.hvd.core.standard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The files of one standard version's folder, bundled on the class path or in a directory. */
interface StandardFiles {

    /**
     * Opens a file of the folder.
     *
     * @param relativePath a path inside the folder, with {@code /} separators
     * @throws NoSuchFileException when the folder has no such file
     * @throws NotAFileException   when it is a folder, a named pipe, a device or a socket
     * @throws IOException         when it cannot be read (an {@link java.nio.file.AccessDeniedException}
     *                             when it, or a folder on its way, may not be read)
     */
    InputStream open(String relativePath) throws IOException;

    /** How a file of the folder is named in messages. */
    String describe(String relativePath);

    /** The names of the profiles in the folder's {@code profiles/}, sorted. */
    List<String> profiles() throws IOException;

    /**
     * Whether a file's bytes are those the build held to their meta-schema, so that loading may
     * skip the meta-schema: true only for a bundled file whose checksum the bundled catalogue
     * records ({@link #checksum}); false for every other, which is validated in full.
     */
    default boolean checked(String relativePath, byte[] bytes) {
        return false;
    }

    /**
     * The checksum the bundled catalogue records for a file the build checked: its length and its
     * CRC-32C, as {@code LENGTH:CRC}. It tells a file the build checked from one changed since
     * (the catalogue's test holds each to its file), not a file from a forgery: whoever can change
     * a bundled file can change the catalogue beside it. CRC-32C rather than SHA-256 because the
     * JDK's message digests cost 20 ms of start-up to set up their providers.
     */
    static String checksum(byte[] bytes) {
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(bytes);
        return bytes.length + ":" + String.format("%08x", crc.getValue());
    }

    /**
     * Files bundled in a jar under {@code hvd-standards/ID/VERSION/}.
     *
     * @param profiles  the names of its profiles, as the bundled catalogue lists them (a jar's
     *                  folders cannot be listed)
     * @param checksums per file of the folder the build held to its meta-schema, its
     *                  {@link #checksum}
     */
    static StandardFiles bundled(ClassLoader loader, String folder, List<String> profiles, Map<String, String> checksums) {
        List<String> sorted = profiles.stream().sorted().toList();
        Map<String, String> checked = Map.copyOf(checksums);
        return new StandardFiles() {
            @Override
            public List<String> profiles() {
                return sorted;
            }

            @Override
            public boolean checked(String relativePath, byte[] bytes) {
                return checksum(bytes).equals(checked.get(relativePath));
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

    /** A path of the folder that is there, but is not a regular file: never opened, so a named pipe cannot block. */
    final class NotAFileException extends IOException {
        private static final long serialVersionUID = 1L;

        /** Whether it is a folder (else a named pipe, a device or a socket). */
        final boolean folder;

        NotAFileException(String path, boolean folder) {
            super(path + (folder ? " is a folder" : " is not a regular file"));
            this.folder = folder;
        }
    }

    /**
     * Files in a folder on disk. A path that leaves {@code base} once {@code ..} and symbolic links
     * are resolved is refused with {@link OutsideException}, anything but a regular file with
     * {@link NotAFileException}; a file, or a folder on its way, that may not be read fails with
     * the system's {@link java.nio.file.AccessDeniedException}, not as missing.
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
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(file, BasicFileAttributes.class);
                } catch (NoSuchFileException e) {
                    throw new NoSuchFileException(describe(relativePath));
                }
                Path real = file.toRealPath();
                if (!real.startsWith(limit.toRealPath())) {
                    throw new OutsideException(describe(relativePath), real.toString());
                }
                if (!attributes.isRegularFile()) {
                    throw new NotAFileException(describe(relativePath), attributes.isDirectory());
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
