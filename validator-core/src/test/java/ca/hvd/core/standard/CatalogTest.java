package ca.hvd.core.standard;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.CsvFixture;
import ca.hvd.core.report.DatasetReport;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled catalogue: {@code hvd-standards/catalog.json} lists exactly the {@code ID/VERSION}
 * folders of the standards module, and every bundled standard loads, gives a plain JSON Schema
 * that compiles, and accepts a record made of its own examples.
 */
class CatalogTest {

    /** The bundled standards as sources, read from the file system beside this module. */
    private static final Path FOLDERS = Path.of("../standards/src/main/resources/hvd-standards");

    static List<StandardRef> bundled() {
        return StandardRegistry.bundled().available();
    }

    @Test
    void theCatalogueListsExactlyTheStandardFoldersBesideIt() throws IOException {
        List<String> listed = new ArrayList<>();
        try (InputStream in = CatalogTest.class.getClassLoader().getResourceAsStream("hvd-standards/catalog.json")) {
            assertThat(in).as("catalog.json is on the class path").isNotNull();
            JsonMapper.builder().build().readTree(in).get("standards").values().forEach(entry -> listed.add(entry.asString()));
        }
        List<String> folders;
        try (Stream<Path> files = Files.walk(FOLDERS, 3)) {
            folders = files.filter(file -> file.getFileName().toString().equals("standard.json"))
                    .map(file -> FOLDERS.relativize(file.getParent()).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }

        assertThat(folders).isNotEmpty();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(folders).doesNotHaveDuplicates();
        assertThat(bundled()).extracting(ref -> ref.id() + "/" + ref.version()).containsExactlyInAnyOrderElementsOf(folders);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundled")
    void everyBundledStandardLoadsWithoutProblems(StandardRef ref) {
        Standard standard = StandardRegistry.bundled().load(ref);

        assertThat(standard.ref()).isEqualTo(ref);
        assertThat(standard.origin()).isEqualTo("classpath:hvd-standards/" + ref.id() + "/" + ref.version() + "/standard.json");
        assertThat(standard.fields()).isNotEmpty();
        assertThat(standard.basedOn()).isNotEmpty();
        for (Field field : standard.fields()) {
            field.codeListName().ifPresent(name -> assertThat(standard.codeLists()).as(field.name()).containsKey(name));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundled")
    void everyBundledStandardGivesAPlainJsonSchemaThatCompiles(StandardRef ref) {
        Standard standard = StandardRegistry.bundled().load(ref);

        JsonNode schema = StandardJsonSchema.of(standard);
        Schema compiled = JsonSchemas.compile("urn:hvd:test:" + ref.id(), schema);

        assertThat(schema.has("hvd")).isFalse();
        assertThat(schema.get("properties").propertyNames()).containsExactlyElementsOf(
                standard.fields().stream().map(Field::name).toList());
        assertThat(compiled).isNotNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundled")
    void aRecordMadeOfEveryFieldsExampleIsConformantWithoutFindings(StandardRef ref, @TempDir Path dir) {
        Standard standard = StandardRegistry.bundled().load(ref);
        List<String> header = standard.fields().stream().map(Field::name).toList();
        List<String> examples = standard.fields().stream()
                .map(field -> field.example() == null ? "" : "\"" + field.example().replace("\"", "\"\"") + "\"")
                .toList();

        DatasetReport report = new CsvFixture(dir, standard).validate(String.join(",", header) + "\n" + String.join(",", examples) + "\n");

        assertThat(CsvFixture.keys(report)).isEmpty();
        assertThat(report.records()).isEqualTo(1);
    }

    @Test
    void theCatalogueListsExactlyTheProfilesOfEachStandard() throws IOException {
        JsonNode listed;
        try (InputStream in = CatalogTest.class.getClassLoader().getResourceAsStream("hvd-standards/catalog.json")) {
            listed = JsonMapper.builder().build().readTree(in).path("profiles");
        }
        java.util.Map<String, List<String>> folders = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.walk(FOLDERS, 4)) {
            files.filter(file -> file.getParent().getFileName().toString().equals("profiles") && file.toString().endsWith(".json"))
                    .forEach(file -> folders.computeIfAbsent(
                                    FOLDERS.relativize(file.getParent().getParent()).toString().replace('\\', '/'),
                                    version -> new ArrayList<>())
                            .add(file.getFileName().toString().replaceFirst("\\.json$", "")));
        }
        java.util.Map<String, List<String>> catalogued = new java.util.TreeMap<>();
        listed.properties().forEach(entry -> catalogued.put(entry.getKey(),
                entry.getValue().values().stream().map(JsonNode::asString).sorted().toList()));
        folders.replaceAll((version, names) -> names.stream().sorted().toList());

        assertThat(catalogued).isEqualTo(folders);
        for (StandardRef ref : bundled()) {
            assertThat(StandardRegistry.bundled().load(ref).profiles().keySet())
                    .containsExactlyElementsOf(folders.getOrDefault(ref.id() + "/" + ref.version(), List.of()));
        }
    }

    /**
     * Loading skips the meta-schema for a bundled file whose checksum the catalogue records, so the
     * build holds every bundled definition and profile to its meta-schema here, and the catalogue's
     * checksums to exactly those files.
     */
    @Test
    void everyBundledDefinitionAndProfilePassesItsMetaSchemaAndTheCatalogueHasItsChecksum() throws IOException {
        java.util.Map<String, java.util.Map<String, String>> files = new java.util.TreeMap<>();
        List<String> problems = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        try (Stream<Path> walk = Files.walk(FOLDERS, 4)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                boolean definition = name.equals(StandardLoader.DEFINITION);
                boolean profile = name.endsWith(".json") && file.getParent().getFileName().toString().equals("profiles");
                if (!definition && !profile) {
                    continue;
                }
                Path folder = definition ? file.getParent() : file.getParent().getParent();
                String version = FOLDERS.relativize(folder).toString().replace('\\', '/');
                String relative = folder.relativize(file).toString().replace('\\', '/');
                byte[] bytes = Files.readAllBytes(file);
                files.computeIfAbsent(version, v -> new java.util.TreeMap<>()).put(relative, StandardFiles.checksum(bytes));
                MetaSchema schema = definition ? MetaSchema.STANDARD : MetaSchema.PROFILE;
                schema.check(version + "/" + relative, json.readTree(bytes))
                        .forEach(problem -> problems.add(problem.file() + " " + problem.pointer()));
            }
        }
        java.util.Map<String, java.util.Map<String, String>> catalogued = new java.util.TreeMap<>();
        try (InputStream in = CatalogTest.class.getClassLoader().getResourceAsStream("hvd-standards/catalog.json")) {
            json.readTree(in).path("checked").properties().forEach(version -> {
                java.util.Map<String, String> checksums = new java.util.TreeMap<>();
                version.getValue().properties().forEach(file -> checksums.put(file.getKey(), file.getValue().asString()));
                catalogued.put(version.getKey(), checksums);
            });
        }

        assertThat(problems).as("meta-schema problems of bundled files").isEmpty();
        assertThat(catalogued).as("the catalogue's checksums (under \"checked\") of the files the build checks").isEqualTo(files);
    }

    @Test
    void aBundledDefinitionThatIsNotTheOneTheBuildCheckedIsValidatedInFull(@TempDir Path dir) throws IOException {
        Path folder = dir.resolve("hvd-standards/tiny/1.0.0");
        Files.createDirectories(folder);
        String broken = "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"type\": \"object\"}";
        Files.writeString(folder.resolve("standard.json"), broken);
        Files.writeString(dir.resolve("hvd-standards/catalog.json"), "{\"standards\": [\"tiny/1.0.0\"], \"profiles\": {},"
                + " \"checked\": {\"tiny/1.0.0\": {\"standard.json\": \"1:00000000\"}}}");

        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()}, null)) {
            StandardRegistry registry = StandardRegistry.builder().classLoader(loader).build();

            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(() -> registry.resolve("tiny"),
                    StandardException.class).problems())
                    .as("the meta-schema's problems").isNotEmpty()
                    .allSatisfy(problem -> assertThat(problem.file()).endsWith("tiny/1.0.0/standard.json"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundled")
    void noHeaderNameOfABundledStandardStandsForTwoFields(StandardRef ref) {
        Standard standard = StandardRegistry.bundled().load(ref);
        java.util.Map<String, String> fieldByName = new java.util.HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Field field : standard.fields()) {
            List<String> names = new ArrayList<>(field.aliases().all());
            names.add(field.name());
            for (String name : names) {
                String other = fieldByName.putIfAbsent(ca.hvd.core.source.HeaderNames.normalize(name), field.name());
                if (other != null && !other.equals(field.name())) {
                    clashes.add(name + " names both " + other + " and " + field.name());
                }
            }
        }

        assertThat(clashes).isEmpty();
    }
}
