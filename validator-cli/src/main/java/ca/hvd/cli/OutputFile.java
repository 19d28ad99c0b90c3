package ca.hvd.cli;

import ca.hvd.core.HvdException;
import ca.hvd.core.i18n.Message;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A report file written whole or not at all: the text goes to a temporary file beside the target,
 * which is then moved into place. An input is never the target: not a file being validated, by any
 * name (a symbolic or hard link to it is the same file), nor a file in a standards directory. A
 * target that is a symbolic link is replaced by the report, never written through.
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
     * another succeeded, the files moved stay.)
     *
     * @param targets the files to write
     * @param inputs  the files being read, which must not be overwritten
     * @param folders folders whose files are inputs too (the standards directories)
     * @throws HvdException when a target is an input or cannot be written
     */
    static void writeTogether(List<Path> targets, List<Path> inputs, List<Path> folders, Contents contents) {
        for (Path target : targets) {
            refuseInputs(target, inputs);
            refuseFolders(target, folders);
        }
        List<Path> temporaries = new ArrayList<>();
        Path current = targets.get(0);
        try {
            for (Path target : targets) {
                current = target;
                Path absolute = target.toAbsolutePath();
                temporaries.add(Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp"));
            }
            List<Writer> writers = new ArrayList<>();
            try {
                for (Path temporary : temporaries) {
                    writers.add(Files.newBufferedWriter(temporary, StandardCharsets.UTF_8));
                }
                contents.writeTo(writers);
            } finally {
                for (Writer writer : writers) {
                    writer.close();
                }
            }
            for (int i = 0; i < targets.size(); i++) {
                current = targets.get(i);
                Path absolute = current.toAbsolutePath();
                try {
                    Files.move(temporaries.get(i), absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporaries.get(i), absolute, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new HvdException(Message.of("output.unwritable", current.toString(), String.valueOf(e.getMessage())), e);
        } finally {
            for (Path temporary : temporaries) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the failure being reported matters more than a leftover temporary file
                }
            }
        }
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
