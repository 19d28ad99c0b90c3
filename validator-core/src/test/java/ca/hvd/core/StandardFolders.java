package ca.hvd.core;

import ca.hvd.core.standard.Standard;
import ca.hvd.core.standard.StandardRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Standards for tests, in the {@code --standards-dir} layout {@code DIR/ID/VERSION/standard.json}:
 * the bundled ones, the test standards kept under {@code src/test/resources/standards}, and copies of
 * those written to a temporary folder, changed where a test needs it.
 */
public final class StandardFolders {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final StandardRegistry BUNDLED = StandardRegistry.bundled();
    private static final StandardRegistry TEST = StandardRegistry.builder().includeBundled(false).directory(root()).build();

    private StandardFolders() {
    }

    /** The folder of the test standards: {@code cells} (one field per cell check) and {@code ordered}. */
    public static Path root() {
        try {
            return Path.of(StandardFolders.class.getResource("/standards").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The test standard {@code tally} (test resources {@code profiles-test/}), with a long profile
     * (translations, extraction, a fallback column, an ignored column, a filter) and a wide one
     * (a constant, a parameter, suppression tokens, a row total, a totals row).
     */
    public static Standard tally() {
        try {
            Path root = Path.of(StandardFolders.class.getResource("/profiles-test").toURI());
            return StandardRegistry.builder().includeBundled(false).directory(root).build().resolve("tally");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The newest bundled version of a standard. */
    public static Standard bundled(String id) {
        return BUNDLED.resolve(id);
    }

    /** The newest version of a test standard. */
    public static Standard test(String id) {
        return TEST.resolve(id);
    }

    /** The {@code standard.json} of a test standard's version 1.0.0, to be changed and written. */
    public static ObjectNode definition(String id) {
        return (ObjectNode) JSON.readTree(root().resolve(id).resolve("1.0.0").resolve("standard.json").toFile());
    }

    /**
     * Copies a test standard's folder (definition and code lists) to {@code target/ID/VERSION}.
     *
     * @return the version folder
     */
    public static Path copy(String id, Path target, String version) {
        return copyTree(root().resolve(id).resolve("1.0.0"), target.resolve(id).resolve(version));
    }

    /** The bundled standards' sources, {@code ID/VERSION} folders, from a module's folder (where tests run). */
    public static final Path BUNDLED_SOURCES = Path.of("../standards/src/main/resources/hvd-standards");

    /**
     * Copies a released bundled version (definition, code lists, profiles) to {@code target/ID/AS}
     * with its identity set to version {@code as}, to be changed there: the bundled folders
     * themselves never change.
     *
     * @return the version folder
     */
    public static Path copyBundled(String id, String version, Path target, String as) {
        Path folder = copyTree(BUNDLED_SOURCES.resolve(id).resolve(version), target.resolve(id).resolve(as));
        edit(folder.resolve("standard.json"), definition -> {
            definition.put("$id", "urn:hvd:standard:" + id + ":" + as);
            ((ObjectNode) definition.get("hvd")).put("version", as);
        });
        return folder;
    }

    /** Reads a JSON file of a standard's folder, lets an edit change it, and writes it back. */
    public static void edit(Path file, Consumer<ObjectNode> edit) {
        ObjectNode node = (ObjectNode) JSON.readTree(file.toFile());
        edit.accept(node);
        writeJson(file, node);
    }

    private static void writeJson(Path file, ObjectNode node) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /** Writes a definition as {@code folder/standard.json}. */
    public static void write(Path folder, ObjectNode definition) {
        writeJson(folder.resolve("standard.json"), definition);
    }

    /** Writes a definition as the standard {@code id@version} under a standards folder, with its identity set to match. */
    public static Path write(Path root, String id, String version, ObjectNode definition) {
        ObjectNode copy = definition.deepCopy();
        copy.put("$id", "urn:hvd:standard:" + id + ":" + version);
        ((ObjectNode) copy.get("hvd")).put("id", id).put("version", version);
        Path folder = root.resolve(id).resolve(version);
        write(folder, copy);
        return folder;
    }
}
