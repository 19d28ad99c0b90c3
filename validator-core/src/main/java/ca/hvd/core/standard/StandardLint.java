package ca.hvd.core.standard;

import ca.hvd.core.HvdException;
import ca.hvd.core.SourceException;
import ca.hvd.core.engine.DatasetInput;
import ca.hvd.core.engine.ValidationRequest;
import ca.hvd.core.engine.Validator;
import ca.hvd.core.i18n.Message;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.FindingGroup;
import ca.hvd.core.standard.LintReport.Checked;
import ca.hvd.core.standard.LintReport.Code;
import ca.hvd.core.standard.LintReport.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Checks standards being written ({@code hvd standards lint}): each version folder is loaded as hvd
 * loads any standard (meta-schema, code list files, profiles, patterns, references), then its
 * fields' examples are put in a row that must pass the standard's own checks without a finding, in
 * its own layout and in each profile's ({@link StandardTemplate}), and a minor or patch version
 * must not break files of the version before it ({@link StandardDiff#semverViolation()}), whether
 * that version is in the folder or already known (the bundled standards).
 *
 * <p>The examples are checked by the engine itself, on a temporary file deleted afterwards: this is
 * the one place the standard package runs the validator, so that an example is held to exactly the
 * checks files get.
 */
public final class StandardLint {

    private StandardLint() {
    }

    /** Lints a folder against the bundled standards as the versions already known. */
    public static LintReport lint(Path directory) {
        return lint(directory, StandardRegistry.bundled());
    }

    /**
     * Lints a folder: one version folder ({@code standard.json} in it), an id folder (version
     * folders in it) or a folder of {@code ID/VERSION} folders.
     *
     * @param known the standards whose versions count as earlier versions of those in the folder
     * @throws HvdException when the folder does not exist or holds no standard
     */
    public static LintReport lint(Path directory, StandardRegistry known) {
        if (!Files.isDirectory(directory)) {
            throw new HvdException(Message.of("lint.dir.missing", directory.toString()));
        }
        List<Path> folders = versionFolders(directory);
        if (folders.isEmpty()) {
            throw new HvdException(Message.of("lint.dir.empty", directory.toString()));
        }
        Map<Path, Checked> results = new LinkedHashMap<>();
        Map<StandardRef, Standard> loaded = new LinkedHashMap<>();
        for (Path folder : folders) {
            List<Problem> problems = new ArrayList<>();
            StandardRef ref = identity(folder);
            if (ref == null) {
                problems.add(new Problem(Code.FOLDER_LAYOUT, Code.FOLDER_LAYOUT.severity(), folder.resolve(StandardLoader.DEFINITION).toString(),
                        "", null, null, null, Message.of("lint.folder-layout")));
            } else {
                if (!ref.equals(named(folder))) {
                    problems.add(new Problem(Code.FOLDER_NAME, Code.FOLDER_NAME.severity(), folder.toString(), "", null, null, null,
                            Message.of("lint.folder-name", ref.id() + "/" + ref.version())));
                }
                load(folder, ref, problems).ifPresent(standard -> {
                    loaded.put(ref, standard);
                    problems.addAll(portability(standard));
                    problems.addAll(examples(standard));
                });
            }
            results.put(folder, new Checked(ref, folder.toString(), problems));
        }
        List<Checked> checked = new ArrayList<>();
        for (Checked result : results.values()) {
            Standard standard = result.ref() == null ? null : loaded.get(result.ref());
            if (standard == null) {
                checked.add(result);
                continue;
            }
            List<Problem> problems = new ArrayList<>(result.problems());
            problems.addAll(versioning(standard, loaded, known));
            checked.add(new Checked(result.ref(), result.folder(), problems));
        }
        return new LintReport(directory.toString(), checked);
    }

    /** The version folders of a folder, in path order. */
    private static List<Path> versionFolders(Path directory) {
        if (Files.isRegularFile(directory.resolve(StandardLoader.DEFINITION))) {
            return List.of(directory);
        }
        List<Path> folders = new ArrayList<>();
        for (Path child : children(directory)) {
            if (Files.isRegularFile(child.resolve(StandardLoader.DEFINITION))) {
                folders.add(child);
            } else {
                children(child).stream().filter(g -> Files.isRegularFile(g.resolve(StandardLoader.DEFINITION))).forEach(folders::add);
            }
        }
        return folders;
    }

    private static List<Path> children(Path directory) {
        try (Stream<Path> children = Files.list(directory)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new HvdException(Message.of("standard.dir.unreadable", directory.toString(), String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * The id and version a folder stands for: its parent's and its own names when they are an id and
     * a version, else what its definition says; {@code null} when neither does.
     */
    private static StandardRef identity(Path folder) {
        StandardRef named = named(folder);
        if (named != null) {
            return named;
        }
        try {
            JsonNode table = StandardJson.mapper().readTree(folder.resolve(StandardLoader.DEFINITION).toFile()).path("hvd");
            String declaredId = table.path("id").asString("");
            String declaredVersion = table.path("version").asString("");
            if (StandardRef.isValidId(declaredId) && SemVer.isValid(declaredVersion)) {
                return new StandardRef(declaredId, SemVer.parse(declaredVersion));
            }
        } catch (RuntimeException e) {
            // an unreadable definition gets its own problem when the folder's names say what it is
        }
        return null;
    }

    /** The id and version a folder's names say, as {@code --standards-dir} reads them, or {@code null}. */
    private static StandardRef named(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        String version = absolute.getFileName() == null ? "" : absolute.getFileName().toString();
        Path parent = absolute.getParent();
        String id = parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString();
        return StandardRef.isValidId(id) && SemVer.isValid(version) ? new StandardRef(id, SemVer.parse(version)) : null;
    }

    private static Optional<Standard> load(Path folder, StandardRef ref, List<Problem> problems) {
        StandardFiles files = StandardFiles.directory(folder, folder);
        try {
            return Optional.of(StandardLoader.load(files, ref, files.profiles()));
        } catch (StandardException e) {
            e.problems().forEach(problem -> problems.add(classify(problem)));
            if (e.problems().isEmpty()) {
                problems.add(new Problem(Code.DEFINITION_INVALID, Code.DEFINITION_INVALID.severity(),
                        files.describe(StandardLoader.DEFINITION), "", null, null, null, e.text()));
            }
            return Optional.empty();
        } catch (IOException e) {
            problems.add(new Problem(Code.PROFILE_INVALID, Code.PROFILE_INVALID.severity(), files.describe("profiles"), "", null, null,
                    null, StandardLoader.unreadable(e)));
            return Optional.empty();
        }
    }

    /** A problem of the loader as a lint problem: its kind from its message and file, its field from its pointer. */
    private static Problem classify(StandardProblem problem) {
        String key = problem.text().key();
        boolean profile = problem.file().replace('\\', '/').contains("/profiles/");
        // a pattern refused for what RE2 cannot match in linear time does not compile for hvd either
        Code code = key.startsWith("standard.pattern.") ? Code.PATTERN_INVALID
                : profile ? Code.PROFILE_INVALID
                : key.startsWith("standard.codelist.") || problem.file().endsWith(".csv") ? Code.CODELIST_INVALID
                : Code.DEFINITION_INVALID;
        String field = null;
        String pointer = problem.pointer();
        if (!profile && pointer.startsWith("/properties/")) {
            String rest = pointer.substring("/properties/".length());
            field = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        }
        String profileName = null;
        if (profile) {
            String file = Path.of(problem.file()).getFileName().toString();
            profileName = file.endsWith(".json") ? file.substring(0, file.length() - ".json".length()) : null;
        }
        return new Problem(code, code.severity(), problem.file(), pointer, field, profileName, null, problem.text());
    }

    /** The fields whose pattern other tools would read otherwise, so that the exports leave it out. */
    private static List<Problem> portability(Standard standard) {
        List<Problem> problems = new ArrayList<>();
        for (Field field : standard.fields()) {
            String pattern = field.constraints().pattern();
            if (pattern != null) {
                LinearPattern.notEcmaScript(pattern).ifPresent(construct -> problems.add(new Problem(Code.PATTERN_NOT_PORTABLE,
                        Code.PATTERN_NOT_PORTABLE.severity(), standard.origin(), "/properties/" + field.name() + "/pattern", field.name(),
                        null, pattern, Message.of("lint.pattern-not-portable", construct))));
            }
        }
        return problems;
    }

    /** Fields without examples, then the findings of the example row in the standard's layout and each profile's. */
    private static List<Problem> examples(Standard standard) {
        List<Problem> problems = new ArrayList<>();
        for (Field field : standard.fields()) {
            if (field.example() == null) {
                problems.add(new Problem(Code.EXAMPLE_MISSING, Code.EXAMPLE_MISSING.severity(), standard.origin(),
                        "/properties/" + field.name() + "/hvd", field.name(), null, null, Message.of("lint.example-missing")));
            }
        }
        for (FindingGroup group : check(standard, null).findings()) {
            String field = group.key().field();
            problems.add(new Problem(Code.EXAMPLE_INVALID, group.severity(), standard.origin(),
                    field == null ? "" : "/properties/" + field + "/hvd/example", field, null, value(group),
                    Message.of("lint.example-invalid", group.key().code().id(), group.message())));
        }
        for (Profile profile : standard.profiles().values()) {
            for (FindingGroup group : check(standard, profile).findings()) {
                String field = group.key().field();
                problems.add(new Problem(Code.PROFILE_EXAMPLE_INVALID, group.severity(), profile.origin(),
                        field != null && profile.fields().containsKey(field) ? "/fields/" + field : "", field, profile.name(),
                        value(group), Message.of("lint.profile-example-invalid", group.key().code().id(), group.message())));
            }
        }
        return problems;
    }

    private static String value(FindingGroup group) {
        return group.examples().isEmpty() ? null : group.examples().get(0).value();
    }

    /** Validates the template of a layout, with its parameters set to their examples. */
    private static DatasetReport check(Standard standard, Profile profile) {
        StandardTemplate template = StandardTemplate.of(standard, profile);
        Path file = null;
        try {
            file = Files.createTempFile("hvd-lint-", ".csv");
            Files.writeString(file, template.csv(), StandardCharsets.UTF_8);
            ValidationRequest.Builder request = ValidationRequest.builder(standard).profile(profile)
                    .dataset(new DatasetInput(file, "example"));
            template.parameters().forEach(request::constant);
            return Validator.validate(request.build()).datasets().get(0);
        } catch (IOException e) {
            throw new SourceException(Message.of("lint.example-unchecked", String.valueOf(e.getMessage())), e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // the lint's result matters more than a leftover temporary file
                }
            }
        }
    }

    /**
     * The breaking changes of a minor or patch version from the newest earlier version of the same
     * standard, in the folder or among the known standards (the folder's own copy first).
     */
    private static List<Problem> versioning(Standard standard, Map<StandardRef, Standard> loaded, StandardRegistry known) {
        StandardRef ref = standard.ref();
        Optional<StandardRef> previous = Stream.concat(loaded.keySet().stream(), known.available().stream())
                .filter(other -> other.id().equals(ref.id()) && other.version().compareTo(ref.version()) < 0)
                .max(Comparator.naturalOrder());
        if (previous.isEmpty()) {
            return List.of();
        }
        Standard older;
        try {
            older = loaded.containsKey(previous.get()) ? loaded.get(previous.get()) : known.load(previous.get());
        } catch (StandardException e) {
            return List.of();
        }
        StandardDiff diff = StandardDiff.between(older, standard);
        if (!diff.semverViolation()) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        for (StandardDiff.Change change : diff.breakingChanges()) {
            problems.add(new Problem(Code.BREAKING_CHANGE, Code.BREAKING_CHANGE.severity(), standard.origin(), "",
                    standard.field(change.subject() == null ? "" : change.subject()).map(Field::name).orElse(null), null, null,
                    Message.of("lint.breaking-change", ref.version().toString(), older.ref().version().toString(), change.text())));
        }
        return problems;
    }
}
