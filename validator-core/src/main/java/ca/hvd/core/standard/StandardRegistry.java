package ca.hvd.core.standard;

import ca.hvd.core.i18n.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Finds standards: those bundled on the class path (the {@code hvd-standards} jar lists them in
 * {@code hvd-standards/catalog.json}) and those in directories laid out as
 * {@code DIR/ID/VERSION/standard.json}. A directory's standard replaces a bundled one of the same id
 * and version. Standards are loaded and checked on first use, then cached.
 *
 * <p>A bundled definition or profile whose checksum the catalogue records ({@code checked}) was held
 * to its meta-schema by the build ({@code CatalogTest}), so loading skips the meta-schema for it
 * (compiling and running it cost about 50 ms of every start); every other file, a bundled one that
 * differs from what the build checked or any file of a directory, is validated in full.
 *
 * <p>Thread-safe.
 */
public final class StandardRegistry {

    static final String BUNDLED_ROOT = "hvd-standards";

    private final Map<StandardRef, StandardFiles> locations;
    /** Folders of the directories that hold a definition but are not named {@code ID/VERSION}: what finding nothing mentions. */
    private final List<StandardProblem> ignored;
    private final Map<StandardRef, Standard> loaded = new ConcurrentHashMap<>();

    private StandardRegistry(Map<StandardRef, StandardFiles> locations, List<StandardProblem> ignored) {
        this.locations = locations;
        this.ignored = List.copyOf(ignored);
    }

    /** The standards bundled with hvd. */
    public static StandardRegistry bundled() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every available standard version, sorted by id then version. */
    public List<StandardRef> available() {
        return List.copyOf(locations.keySet());
    }

    /**
     * The newest version matching a selector such as {@code newborn-names}, {@code newborn-names@1}
     * or {@code newborn-names@1.0.0}, loaded and checked.
     *
     * @throws StandardException when nothing matches (the message lists what exists) or the matching
     *                           definition is broken
     * @throws IllegalArgumentException when the text is not a selector
     */
    public Standard resolve(String selector) {
        return load(find(StandardSelector.parse(selector)));
    }

    /** The newest version matching a selector, without loading it. */
    public StandardRef find(StandardSelector selector) {
        Optional<StandardRef> newest = locations.keySet().stream()
                .filter(selector::matches)
                .max(Comparator.naturalOrder());
        if (newest.isPresent()) {
            return newest.get();
        }
        boolean idKnown = locations.keySet().stream().anyMatch(ref -> ref.id().equals(selector.id()));
        Message notFound;
        if (idKnown) {
            String versions = locations.keySet().stream().filter(ref -> ref.id().equals(selector.id()))
                    .map(ref -> ref.version().toString()).collect(Collectors.joining(", "));
            notFound = Message.of("standard.version.unknown", selector.toString(), selector.id(), versions);
        } else {
            String ids = locations.keySet().stream().map(StandardRef::id).distinct().collect(Collectors.joining(", "));
            notFound = Message.of("standard.id.unknown", selector.id(), ids.isEmpty() ? "-" : ids);
        }
        if (ignored.isEmpty()) {
            throw new StandardException(notFound);
        }
        throw new StandardException(Message.of("standard.not-found.ignored", notFound, ignored.size()), ignored, null);
    }

    /**
     * Loads one exact version.
     *
     * @throws StandardException when it does not exist or its definition is broken
     */
    public Standard load(StandardRef ref) {
        StandardFiles files = locations.get(ref);
        if (files == null) {
            throw new StandardException(Message.of("standard.id.unknown", ref.toString(),
                    locations.keySet().stream().map(StandardRef::toString).collect(Collectors.joining(", "))));
        }
        return loaded.computeIfAbsent(ref, r -> StandardLoader.load(files, r, profilesOf(r, files)));
    }

    private static List<String> profilesOf(StandardRef ref, StandardFiles files) {
        try {
            return files.profiles();
        } catch (IOException e) {
            throw StandardLoader.broken(ref, List.of(new StandardProblem(files.describe("profiles"), "",
                    StandardLoader.unreadable(e))), e);
        }
    }

    /** Chooses where standards are found. */
    public static final class Builder {
        private boolean bundled = true;
        private ClassLoader classLoader = StandardRegistry.class.getClassLoader();
        private final List<Path> directories = new ArrayList<>();

        private Builder() {
        }

        /** Whether the bundled standards are included (default: {@code true}). */
        public Builder includeBundled(boolean include) {
            this.bundled = include;
            return this;
        }

        /** The class loader that sees the bundled standards (default: this class's loader). */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = loader;
            return this;
        }

        /**
         * Adds a directory of standards laid out as {@code DIR/ID/VERSION/standard.json}; folders
         * whose names are not a standard id and a version are ignored, and those of them holding a
         * definition named when a standard is not found ({@link #find}). Later directories replace
         * earlier ones and the bundled standards for the same id and version.
         */
        public Builder directory(Path directory) {
            directories.add(directory);
            return this;
        }

        /**
         * Indexes the standards; nothing is loaded yet.
         *
         * @throws StandardException when a directory does not exist or cannot be listed, or the
         *                           bundled catalogue is broken
         */
        public StandardRegistry build() {
            Map<StandardRef, StandardFiles> locations = new TreeMap<>();
            List<StandardProblem> ignored = new ArrayList<>();
            if (bundled) {
                indexBundled(locations);
            }
            for (Path directory : directories) {
                indexDirectory(directory, locations, ignored);
            }
            return new StandardRegistry(new LinkedHashMap<>(locations), ignored);
        }

        private void indexBundled(Map<StandardRef, StandardFiles> locations) {
            String catalog = BUNDLED_ROOT + "/catalog.json";
            try (InputStream in = classLoader.getResourceAsStream(catalog)) {
                if (in == null) {
                    return;
                }
                JsonNode root = StandardJson.read(in);
                for (JsonNode entry : root.path("standards").values()) {
                    String path = entry.asString();
                    int slash = path.indexOf('/');
                    StandardRef ref = new StandardRef(path.substring(0, slash), SemVer.parse(path.substring(slash + 1)));
                    List<String> profiles = StandardLoader.strings(root.path("profiles").path(path));
                    Map<String, String> checksums = new LinkedHashMap<>();
                    for (Map.Entry<String, JsonNode> file : root.path("checked").path(path).properties()) {
                        checksums.put(file.getKey(), file.getValue().asString());
                    }
                    locations.put(ref, StandardFiles.bundled(classLoader, BUNDLED_ROOT + "/" + path, profiles, checksums));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                throw new StandardException(Message.of("standard.catalog.broken", "classpath:" + catalog, String.valueOf(e.getMessage())), List.of(), e);
            }
        }

        private static void indexDirectory(Path directory, Map<StandardRef, StandardFiles> locations, List<StandardProblem> ignored) {
            if (!Files.isDirectory(directory)) {
                throw new StandardException(Message.of(Files.exists(directory) ? "standard.dir.not-folder" : "standard.dir.missing",
                        directory.toString()));
            }
            try (Stream<Path> ids = Files.list(directory)) {
                for (Path idFolder : ids.filter(Files::isDirectory).sorted().toList()) {
                    String id = idFolder.getFileName().toString();
                    boolean validId = StandardRef.isValidId(id);
                    if (Files.isRegularFile(idFolder.resolve(StandardLoader.DEFINITION))) {
                        ignored.add(new StandardProblem(idFolder.toString(), "", Message.of("standard.ignored.no-version")));
                    }
                    List<Path> versionFolders;
                    try (Stream<Path> versions = Files.list(idFolder)) {
                        versionFolders = versions.filter(Files::isDirectory).sorted().toList();
                    } catch (IOException e) {
                        if (validId) {
                            throw e;
                        }
                        // a folder that is not a standard's (lost+found, someone's own): looked into only if it can be
                        continue;
                    }
                    for (Path versionFolder : versionFolders) {
                        String version = versionFolder.getFileName().toString();
                        if (validId && SemVer.isValid(version)) {
                            locations.put(new StandardRef(id, SemVer.parse(version)),
                                    StandardFiles.directory(versionFolder, directory));
                        } else if (Files.isRegularFile(versionFolder.resolve(StandardLoader.DEFINITION))) {
                            ignored.add(new StandardProblem(versionFolder.toString(), "",
                                    Message.of(validId ? "standard.ignored.version" : "standard.ignored.id", validId ? version : id)));
                        }
                    }
                }
            } catch (IOException e) {
                throw new StandardException(Message.of("standard.dir.unreadable", directory.toString(), String.valueOf(e.getMessage())), List.of(), e);
            }
        }
    }
}
