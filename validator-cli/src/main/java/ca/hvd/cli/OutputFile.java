package ca.hvd.cli;

import ca.hvd.core.HvdException;
import ca.hvd.core.i18n.Message;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * A report file written whole or not at all: the text goes to a temporary file beside the target,
 * which is then moved into place. An input is never the target: not a file being validated, by any
 * name (a symbolic or hard link to it is the same file), nor a file in a standards directory. A
 * target that is a symbolic link is replaced by the report, never written through.
 *
 * <p>A target that is a stream ({@link #kind}: standard output or error by any of their names, a
 * character device such as {@code /dev/null}, a named pipe, a process substitution) is written to,
 * not replaced; a block device is refused.
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
     * another succeeded, the files moved stay.) A target that is a stream ({@link #kind}: standard
     * output or error by any of their names, a descriptor such as a process substitution's
     * {@code /dev/fd/63}, a character device such as {@code /dev/null}, a named pipe) is written to
     * directly: it cannot be replaced, and whoever reads it reads a stream.
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
                    Kind kind = kind(target);
                    if (kind != Kind.FILE) {
                        temporaries.add(null);
                        writers.add(streamWriter(target, kind));
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

    /** How a target is written. */
    enum Kind {
        /** A regular file, or a name for one (a link to one is replaced, not written through): via a temporary file. */
        FILE,
        /** The process's standard output ({@code -}, {@code /dev/stdout}, {@code /dev/fd/1}, {@code /proc/self/fd/1}). */
        STDOUT,
        /** The process's standard error ({@code /dev/stderr}, {@code /dev/fd/2}, {@code /proc/self/fd/2}). */
        STDERR,
        /** Another stream: a descriptor, a character device, a named pipe, a socket; opened and written to. */
        STREAM
    }

    /** The names of the process's own descriptors, whose targets are streams whatever they lead to. */
    private static final Path DEV_FD = Path.of("/dev/fd");
    private static final Path PROC_SELF_FD = Path.of("/proc/self/fd");

    /**
     * How a target is written. Standard output and error go to the process's own descriptors, so a
     * redirection ({@code > file}, {@code >> file}) is honoured as the shell made it; another
     * descriptor, a character device or a named pipe is opened and written to; a block device is
     * refused (a report never goes onto a disk's blocks); anything else, a symbolic link included,
     * is a file.
     */
    static Kind kind(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        String name = target.toString();
        if (name.equals("-") || absolute.equals(Path.of("/dev/stdout")) || absolute.equals(DEV_FD.resolve("1"))
                || absolute.equals(PROC_SELF_FD.resolve("1"))) {
            return Kind.STDOUT;
        }
        if (absolute.equals(Path.of("/dev/stderr")) || absolute.equals(DEV_FD.resolve("2"))
                || absolute.equals(PROC_SELF_FD.resolve("2"))) {
            return Kind.STDERR;
        }
        if (absolute.startsWith(DEV_FD) || absolute.startsWith(PROC_SELF_FD)) {
            return Kind.STREAM;
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(absolute, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isOther()) {
                return Kind.FILE;
            }
            if (isBlockDevice(absolute)) {
                throw new HvdException(Message.of("output.unwritable", target.toString(), Message.of("output.reason.block-device")));
            }
            return Kind.STREAM;
        } catch (IOException e) {
            return Kind.FILE;
        }
    }

    private static boolean isBlockDevice(Path path) {
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return (mode & 0170000) == 0060000;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A writer of a stream target; closing it leaves the process's standard output and error open. */
    private static Writer streamWriter(Path target, Kind kind) throws IOException {
        OutputStream stream = switch (kind) {
            case STDOUT -> new FileOutputStream(FileDescriptor.out);
            case STDERR -> new FileOutputStream(FileDescriptor.err);
            default -> Files.newOutputStream(target, StandardOpenOption.WRITE);
        };
        if (kind != Kind.STREAM) {
            stream = new FilterOutputStream(stream) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
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

    /**
     * Gives the written file the permissions of the regular file it replaces, if any (not those of a
     * link's target). Best effort: a file system that refuses them (FAT, some network shares) keeps
     * the written file's own.
     */
    private static void keepPermissions(Path target, Path written) {
        try {
            if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                    && target.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(written, Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS));
            }
        } catch (IOException | UnsupportedOperationException e) {
            // the report matters more than its permissions
        }
    }

    /**
     * Refuses, before anything is read or written, a file target that is a folder, whose folder does
     * not exist or is not writable; a stream target only if it is a block device ({@link #kind}).
     */
    private static void refuseUnwritablePlace(Path target) {
        if (kind(target) != Kind.FILE) {
            return;
        }
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (Files.isDirectory(absolute) || !Files.isDirectory(folder) || !Files.isWritable(folder)) {
            throw new HvdException(Message.of("output.unwritable", target.toString(), reason(target, null)));
        }
    }

    /** Why a target cannot be written, in words: a folder, a missing folder, no permission, else the system's reason. */
    private static Message reason(Path target, IOException e) {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return Message.of("output.reason.directory");
        }
        Path folder = absolute.getParent();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return Message.of("output.reason.folder-is-file", folder.toString());
        }
        if (!Files.isDirectory(folder)) {
            return Message.of("output.reason.no-folder", folder.toString());
        }
        if (e instanceof AccessDeniedException || e == null && !Files.isWritable(folder)) {
            return Message.of("output.reason.denied");
        }
        if (e instanceof NoSuchFileException) {
            return Message.of("output.reason.cannot-create");
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
