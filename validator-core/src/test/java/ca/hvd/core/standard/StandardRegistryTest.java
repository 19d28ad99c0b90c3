package ca.hvd.core.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.hvd.core.StandardFolders;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finding standards in a {@code --standards-dir} and among the bundled ones: the newest matching
 * version, what an unknown id or version says, and a directory standard replacing a bundled one.
 */
class StandardRegistryTest {

    @TempDir
    Path root;

    private StandardRegistry registry;

    @BeforeEach
    void setUp() {
        ObjectNode definition = StandardFolders.definition("ordered");
        for (String version : List.of("1.0.0", "1.2.0", "1.10.0", "2.0.0")) {
            StandardFolders.write(root, "x", version, definition);
        }
        registry = StandardRegistry.builder().includeBundled(false).directory(root).build();
    }

    private static StandardRef ref(String text) {
        String[] parts = text.split("@");
        return new StandardRef(parts[0], SemVer.parse(parts[1]));
    }

    @Test
    void everyVersionFolderIsAvailableInVersionOrder() {
        assertThat(registry.available()).containsExactly(ref("x@1.0.0"), ref("x@1.2.0"), ref("x@1.10.0"), ref("x@2.0.0"));
    }

    @ParameterizedTest(name = "{0} resolves to {1}")
    @CsvSource({
        "x,        x@2.0.0",
        "x@2,      x@2.0.0",
        "x@1,      x@1.10.0",
        "x@1.2,    x@1.2.0",
        "x@1.0,    x@1.0.0",
        "x@1.2.0,  x@1.2.0",
    })
    void aSelectorResolvesToTheNewestVersionItMatches(String selector, String resolved) {
        Standard standard = registry.resolve(selector);

        assertThat(standard.ref()).isEqualTo(ref(resolved));
        assertThat(standard.origin()).isEqualTo(root.resolve("x").resolve(resolved.substring(2)).resolve("standard.json")
                .toAbsolutePath().normalize().toString());
    }

    @Test
    void anUnknownIdIsRefusedListingTheIdsThatExist() {
        StandardRegistry withBundled = StandardRegistry.builder().directory(root).build();

        assertThatThrownBy(() -> withBundled.resolve("street-names"))
                .isInstanceOfSatisfying(StandardException.class, e -> {
                    assertThat(e.text()).isEqualTo(Message.of("standard.id.unknown", "street-names", "civic-addresses, federal-contracts, newborn-names, x"));
                    assertThat(e.text().in(Language.EN))
                            .isEqualTo("No standard is named street-names; available: civic-addresses, federal-contracts, newborn-names, x.");
                    assertThat(e.problems()).isEmpty();
                });
    }

    @Test
    void anUnknownVersionIsRefusedListingTheVersionsThatExist() {
        assertThatThrownBy(() -> registry.resolve("x@1.1"))
                .isInstanceOfSatisfying(StandardException.class, e -> {
                    assertThat(e.text()).isEqualTo(Message.of("standard.version.unknown", "x@1.1", "x", "1.0.0, 1.2.0, 1.10.0, 2.0.0"));
                    assertThat(e.text().in(Language.FR))
                            .isEqualTo("Aucune version de x ne correspond à x@1.1 ; disponibles : 1.0.0, 1.2.0, 1.10.0, 2.0.0.");
                });
    }

    @Test
    void anEmptyRegistrySaysThatNoStandardExists() {
        StandardRegistry empty = StandardRegistry.builder().includeBundled(false).build();

        assertThat(empty.available()).isEmpty();
        assertThatThrownBy(() -> empty.resolve("x")).isInstanceOfSatisfying(StandardException.class,
                e -> assertThat(e.text()).isEqualTo(Message.of("standard.id.unknown", "x", "-")));
    }

    @Test
    void aDirectoryStandardReplacesTheBundledOneOfTheSameIdAndVersion() {
        StandardFolders.write(root, "newborn-names", "1.0.0", StandardFolders.definition("ordered"));
        StandardRegistry withBundled = StandardRegistry.builder().directory(root).build();

        Standard standard = withBundled.resolve("newborn-names");

        assertThat(standard.title().en()).isEqualTo("Ordered columns");
        assertThat(standard.origin()).startsWith(root.toAbsolutePath().normalize().toString());
        assertThat(StandardRegistry.bundled().resolve("newborn-names").title().en()).isEqualTo("Newborn names");
        assertThat(withBundled.available()).filteredOn(ref -> ref.id().equals("newborn-names")).containsExactly(ref("newborn-names@1.0.0"));
    }

    @Test
    void aLaterDirectoryReplacesAnEarlierOne(@TempDir Path later) {
        ObjectNode retitled = StandardFolders.definition("ordered");
        ((ObjectNode) retitled.at("/hvd/title")).put("en", "Later");
        StandardFolders.write(later, "x", "2.0.0", retitled);

        StandardRegistry both = StandardRegistry.builder().includeBundled(false).directory(root).directory(later).build();

        assertThat(both.resolve("x").title().en()).isEqualTo("Later");
        assertThat(both.resolve("x@1").title().en()).isEqualTo("Ordered columns");
    }

    @Test
    void foldersThatAreNotAnIdAndAVersionAreIgnored() throws IOException {
        StandardFolders.write(root.resolve("Not_An_Id"), StandardFolders.definition("ordered"));
        Files.createDirectories(root.resolve("x").resolve("latest"));
        Files.createDirectories(root.resolve("x").resolve("3.0"));
        Files.writeString(root.resolve("README.txt"), "standards");

        StandardRegistry again = StandardRegistry.builder().includeBundled(false).directory(root).build();

        assertThat(again.available()).containsExactlyElementsOf(registry.available());
    }

    @Test
    void aStandardNotFoundNamesTheFoldersLeftOutForTheirNames() {
        Path dir = root.resolve("drafts");
        StandardFolders.write(dir.resolve("toy").resolve("1.0"), StandardFolders.definition("ordered"));
        StandardFolders.write(dir.resolve("Toy").resolve("1.0.0"), StandardFolders.definition("ordered"));
        StandardFolders.write(dir.resolve("toy-draft"), StandardFolders.definition("ordered"));
        StandardRegistry drafts = StandardRegistry.builder().includeBundled(false).directory(dir).build();

        assertThat(drafts.available()).isEmpty();
        assertThatThrownBy(() -> drafts.resolve("toy"))
                .isInstanceOfSatisfying(StandardException.class, e -> {
                    assertThat(e.text()).isEqualTo(Message.of("standard.not-found.ignored",
                            Message.of("standard.id.unknown", "toy", "-"), 3));
                    assertThat(e.problems()).containsExactly(
                            new StandardProblem(dir.resolve("Toy").resolve("1.0.0").toString(), "", Message.of("standard.ignored.id", "Toy")),
                            new StandardProblem(dir.resolve("toy").resolve("1.0").toString(), "", Message.of("standard.ignored.version", "1.0")),
                            new StandardProblem(dir.resolve("toy-draft").toString(), "", Message.of("standard.ignored.no-version")));
                    assertThat(e.getMessage()).isEqualTo("No standard is named toy; available: -. "
                            + "3 folders holding a standard.json were left out, their names not being ID/VERSION:");
                });
    }

    @Test
    void aMissingStandardsDirectoryIsRefused() {
        Path missing = root.resolve("missing");

        assertThatThrownBy(() -> StandardRegistry.builder().directory(missing).build())
                .isInstanceOfSatisfying(StandardException.class,
                        e -> assertThat(e.text()).isEqualTo(Message.of("standard.dir.missing", missing.toString())));
    }

    @Test
    void aFileGivenAsTheStandardsDirectoryIsRefusedAsAFile() throws IOException {
        Path file = Files.writeString(root.resolve("names.csv"), "year\n");

        assertThatThrownBy(() -> StandardRegistry.builder().directory(file).build())
                .isInstanceOfSatisfying(StandardException.class,
                        e -> assertThat(e.text()).isEqualTo(Message.of("standard.dir.not-folder", file.toString())));
    }

    @Test
    void aBrokenVersionDoesNotKeepTheOthersFromLoading() throws IOException {
        Files.writeString(root.resolve("x").resolve("2.0.0").resolve("standard.json"), "{");

        assertThat(registry.available()).contains(ref("x@2.0.0"));
        assertThatThrownBy(() -> registry.resolve("x")).isInstanceOf(StandardException.class);
        assertThat(registry.resolve("x@1").ref()).isEqualTo(ref("x@1.10.0"));
    }

    @Test
    void aStandardIsLoadedOnceAndThenShared() {
        assertThat(registry.resolve("x@1.0")).isSameAs(registry.resolve("x@1.0.0"));
    }
}
