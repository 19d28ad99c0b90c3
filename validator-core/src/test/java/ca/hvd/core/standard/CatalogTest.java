package ca.hvd.core.standard;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.source.HeaderNames;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** The bundled catalogue: {@code catalog.json} lists exactly the folders beside it, and each one loads. */
class CatalogTest {

    private static final String CATALOG = StandardRegistry.BUNDLED_ROOT + "/catalog.json";

    static List<String> listed() throws IOException {
        try (InputStream in = CatalogTest.class.getClassLoader().getResourceAsStream(CATALOG)) {
            assertThat(in).as(CATALOG + " on the test class path").isNotNull();
            JsonNode root = StandardJson.MAPPER.readTree(in);
            List<String> listed = new ArrayList<>();
            root.get("standards").values().forEach(entry -> listed.add(entry.asString()));
            return listed;
        }
    }

    @Test
    void theCatalogueListsExactlyTheBundledFolders() throws IOException, URISyntaxException {
        URI uri = CatalogTest.class.getClassLoader().getResource(CATALOG).toURI();
        List<String> folders = new ArrayList<>();
        if ("jar".equals(uri.getScheme())) {
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                folders.addAll(versionFolders(jar.getPath("/" + StandardRegistry.BUNDLED_ROOT)));
            }
        } else {
            folders.addAll(versionFolders(Path.of(uri).getParent()));
        }

        assertThat(listed()).isSorted().containsExactlyInAnyOrderElementsOf(folders);
    }

    private static List<String> versionFolders(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root, 3)) {
            return files.filter(file -> file.getFileName() != null && file.getFileName().toString().equals("standard.json"))
                    .map(file -> root.relativize(file.getParent()).toString().replace('\\', '/'))
                    .toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listed")
    void everyBundledVersionLoadsWithoutProblems(String entry) {
        StandardRef ref = new StandardRef(entry.substring(0, entry.indexOf('/')), SemVer.parse(entry.substring(entry.indexOf('/') + 1)));

        Standard standard = StandardRegistry.bundled().load(ref);

        assertThat(standard.ref()).isEqualTo(ref);
        assertThat(standard.fields()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listed")
    void noHeaderNameOfABundledStandardStandsForTwoFields(String entry) {
        Standard standard = StandardRegistry.bundled().resolve(entry.replace('/', '@'));
        Map<String, String> fieldByName = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Field field : standard.fields()) {
            List<String> names = new ArrayList<>(field.aliases().all());
            names.add(field.name());
            for (String name : names) {
                String other = fieldByName.putIfAbsent(HeaderNames.normalize(name), field.name());
                if (other != null && !other.equals(field.name())) {
                    clashes.add(name + " names both " + other + " and " + field.name());
                }
            }
        }

        assertThat(clashes).isEmpty();
    }
}
