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
