package ca.hvd.core.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken profile makes its standard unusable, and each of its problems names the file and the place. */
class ProfileDefinitionTest {

    @TempDir
    Path dir;

    /** A copy of the test standard {@code tally} with one profile file {@code broken.json} added. */
    private Path standardWith(String profile) throws IOException, URISyntaxException {
        Path source = Path.of(getClass().getResource("/profiles-test/tally/1.0.0").toURI());
        Path target = dir.resolve("tally/1.0.0");
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(file -> {
                try {
                    Path copy = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        Path file = target.resolve("profiles/broken.json");
        Files.writeString(file, profile, StandardCharsets.UTF_8);
        return file;
    }

    private List<String> problems(String profile) throws IOException, URISyntaxException {
        Path file = standardWith(profile);
        StandardRegistry registry = StandardRegistry.builder().includeBundled(false).directory(dir).build();
        StandardException e = catchThrowableOfType(StandardException.class, () -> registry.resolve("tally"));
        assertThat(e).as("the broken profile is refused").isNotNull();
        return e.problems().stream()
                .peek(problem -> assertThat(problem.file()).isEqualTo(file.toAbsolutePath().normalize().toString()))
                .map(problem -> problem.pointer() + " " + problem.text().key())
                .toList();
    }

    private static String profile(String body) {
        return """
                {
                  "formatVersion": 1, "name": "broken",
                  "title": { "en": "Broken", "fr": "Cassé" },
                  "basedOn": [{ "title": { "en": "Tests", "fr": "Tests" }, "publisher": "hvd" }],
                """ + body + "\n}\n";
    }

    @Test
    void referencesToTheStandardAreChecked() throws Exception {
        assertThat(problems(profile("""
                  "fields": {
                    "colour": { "column": ["Colour"] },
                    "region": { "column": ["Area"], "translate": { "codeList": "nations", "by": "label_en" } },
                    "sex": { "column": ["Gender"], "translate": { "codeList": "sex", "by": "iso" } },
                    "year": { "column": ["When"], "extract": { "pattern": "^(\\\\d{4})$", "group": 2 } },
                    "name": { "absent": true },
                    "code": { "column": ["Code"], "extract": { "pattern": "([a-z" } }
                  },
                  "severities": { "no-such-finding": "off" }""")))
                .containsExactly(
                        "/fields/colour standard.field.unknown",
                        "/fields/region/translate/codeList standard.codelist.undeclared",
                        "/fields/sex/translate/by standard.codelist.no-attribute",
                        "/fields/year/extract/group profile.extract.group",
                        "/fields/name/absent profile.absent.required",
                        "/fields/code/extract/pattern standard.pattern.invalid",
                        "/severities/no-such-finding profile.code.unknown");
    }

    @Test
    void theMetaSchemaRefusesAFieldWithTwoSourcesAndUnknownKeys() throws Exception {
        assertThat(problems(profile("""
                  "fields": { "region": { "column": ["Area"], "value": "EA" } },
                  "colour": "blue\"""")))
                .containsExactlyInAnyOrder("/colour standard.schema.additionalProperties", "/fields/region standard.schema.oneOf");
    }

    @Test
    void aWideLayoutCannotMapItsOwnFieldsAndNeedsAColumnForItsTotalsRowMarker() throws Exception {
        assertThat(problems(profile("""
                  "fields": { "year": { "column": ["Year"] }, "region": { "value": "EA" } },
                  "wide": { "columns": "^(\\\\d{4})$", "key": "year", "value": "count",
                            "totalsRow": { "field": "region", "pattern": "^Sum$" } }""")))
                .containsExactly("/wide/key profile.wide.mapped", "/wide/totalsRow/field profile.wide.totals-field");
    }

    @Test
    void theProfileIsNamedAsItsFile() throws Exception {
        assertThat(problems(profile("\"fields\": {}").replace("\"name\": \"broken\"", "\"name\": \"other\"")))
                .containsExactly("/name profile.name.file");
    }
}
