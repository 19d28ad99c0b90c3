package ca.hvd.cli;

import ca.hvd.core.HvdException;
import ca.hvd.core.i18n.Message;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * A report file written whole or not at all: the text goes to a temporary file beside the target,
 * which is then moved into place. An input is never the target: not a file being validated, by any
 * name (a symbolic or hard link to it is the same file), nor a file in a standards directory. A
 * target that is a symbolic link to a regular file is replaced by the report, never written through.
 *
 * A target that is a device or a pipe ({@code /dev/stdout}, {@code /dev/null}) is written to, not replaced.
 *
 * <p>The file gets the permissions of the file it replaces, else those a new file gets (read and
 * write for everyone the process's umask lets), as if it had been written in place. A target that
 * cannot be written is refused before anything is written, with the reason in the user's language.
 */
final class OutputFile {

    /** Writes text to a writer. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private OutputFile() {
    }

    /** Writes the text of several files at once, one writer per file in the given order. */
    @FunctionalInterface
    interface Contents {
        void writeTo(List<Writer> out) throws IOException;
    }

    /**
     * Writes a file atomically.
     *
     * @param target  the file to write
     * @param inputs  the files being read, which must not be overwritten
     * @param folders folders whose files are inputs too (the standards directories)
     * @throws HvdException when the target is an input or cannot be written
     */
    static void write(Path target, List<Path> inputs, List<Path> folders, Content content) {
        writeTogether(List.of(target), inputs, folders, out -> content.writeTo(out.get(0)));
    }

    /**
     * Writes several files, each whole or not at all: all go to temporary files beside their
     * targets, and are moved into place only once all are written. (Should a move fail after
     * another succeeded, the files moved stay.) A target that exists and is neither a regular file
     * nor a folder (a device such as {@code /dev/null} or {@code /dev/stdout}, a named pipe, a
     * process substitution's {@code /dev/fd/63}) is written to directly: it cannot be replaced, and
     * whoever reads it reads a stream.
     *
     * @param targets the files to write
     * @param inputs  the files being read, which must not be overwritten
     * @param folders folders whose files are inputs too (the standards directories)
     * @throws HvdException when a target is an input or cannot be written
     */
    static void writeTogether(List<Path> targets, List<Path> inputs, List<Path> folders, Contents contents) {
        check(targets, inputs, folders);
        List<Path> temporaries = new ArrayList<>();
        Path current = targets.get(0);
        try {
            List<Writer> writers = new ArrayList<>();
            try {
                for (Path target : targets) {
                    current = target;
                    if (isStream(target)) {
                        temporaries.add(null);
                        writers.add(Files.newBufferedWriter(target, StandardCharsets.UTF_8, StandardOpenOption.WRITE));
                    } else {
                        Path temporary = temporaryBeside(target.toAbsolutePath());
                        temporaries.add(temporary);
                        writers.add(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8));
                    }
                }
                current = targets.get(0);
                contents.writeTo(writers);
            } finally {
                for (Writer writer : writers) {
                    writer.close();
                }
            }
            for (int i = 0; i < targets.size(); i++) {
                if (temporaries.get(i) == null) {
                    continue;
                }
                current = targets.get(i);
                Path absolute = current.toAbsolutePath();
                keepPermissions(absolute, temporaries.get(i));
                try {
                    Files.move(temporaries.get(i), absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporaries.get(i), absolute, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new HvdException(Message.of("output.unwritable", current.toString(), reason(current, e)), e);
        } finally {
            for (Path temporary : temporaries) {
                try {
                    if (temporary != null) {
                        Files.deleteIfExists(temporary);
                    }
                } catch (IOException ignored) {
                    // the failure being reported matters more than a leftover temporary file
                }
            }
        }
    }

    /**
     * Refuses, before anything is read or written, targets that are inputs, in a standards
     * directory, folders or in a missing folder: a command checks every file it will write before
     * it starts, so that a run that fails leaves none of them written.
     *
     * @throws HvdException naming the first target refused and why
     */
    static void check(List<Path> targets, List<Path> inputs, List<Path> folders) {
        for (Path target : targets) {
            refuseInputs(target, inputs);
            refuseFolders(target, folders);
            refuseUnwritablePlace(target);
        }
    }

    /** Whether a target is written as a stream: it exists (through links) and is neither a regular file nor a folder. */
    private static boolean isStream(Path target) {
        return Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target);
    }

    /** A new temporary file beside the target, with the permissions a new file gets where the file system has them. */
    private static Path temporaryBeside(Path target) throws IOException {
        Path folder = target.getParent();
        String prefix = "." + target.getFileName() + ".";
        if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            // created rw-rw-rw- less the umask, as the JDK creates any new file (createTempFile alone gives rw-------)
            return Files.createTempFile(folder, prefix, ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-")));
        }
        return Files.createTempFile(folder, prefix, ".tmp");
    }

    /** Gives the written file the permissions of the regular file it replaces, if any (not those of a link's target). */
    private static void keepPermissions(Path target, Path written) throws IOException {
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                && target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(written, Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS));
        }
    }

    /** Refuses a target that is a folder, or whose folder does not exist, before anything is read or written. */
    private static void refuseUnwritablePlace(Path target) {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute) || !Files.isDirectory(absolute.getParent())) {
            throw new HvdException(Message.of("output.unwritable", target.toString(), reason(target, null)));
        }
    }

    /** Why a target cannot be written, in words: a folder, a missing folder, no permission, else the system's reason. */
    private static Message reason(Path target, IOException e) {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return Message.of("output.reason.directory");
        }
        if (!Files.isDirectory(absolute.getParent())) {
            return Message.of("output.reason.no-folder", absolute.getParent().toString());
        }
        if (e instanceof AccessDeniedException) {
            return Message.of("output.reason.denied");
        }
        // the system's words without the paths a FileSystemException's message adds (a temporary file's)
        String why = e == null ? null : e instanceof FileSystemException system ? system.getReason() : e.getMessage();
        if (why == null) {
            why = e == null ? "?" : e.getClass().getSimpleName();
        }
        return Message.of("output.reason.other", why);
    }

    private static void refuseFolders(Path target, List<Path> folders) {
        Path place = realPlace(target);
        for (Path folder : folders) {
            Path root = realPlace(folder);
            if (place.startsWith(root)) {
                throw new HvdException(Message.of("output.in-standards-dir", target.toString(), folder.toString()));
            }
        }
    }

    /** A path with its existing part resolved through links: where a file there really is or would be. */
    private static Path realPlace(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }

    private static void refuseInputs(Path target, List<Path> inputs) {
        Path normal = target.toAbsolutePath().normalize();
        for (Path input : inputs) {
            boolean same;
            try {
                same = normal.equals(input.toAbsolutePath().normalize())
                        || Files.exists(target) && Files.exists(input) && Files.isSameFile(target, input);
            } catch (IOException e) {
                same = false;
            }
            if (same) {
                throw new HvdException(Message.of("output.is-input", target.toString()));
            }
        }
    }
}
