package ca.hvd.core.standard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assumptions.assumeThat;

import ca.hvd.core.SmallHeapTest;
import ca.hvd.core.StandardFolders;
import ca.hvd.core.engine.DatasetInput;
import ca.hvd.core.engine.ValidationRequest;
import ca.hvd.core.engine.Validator;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Message;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.report.FindingGroup;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Standards and profiles from anyone ({@code --standards-dir} in CI) cannot make hvd fetch, read
 * outside their directory, hang or exhaust memory: references are refused by name, files leading
 * outside the directory are never opened, patterns run in linear time and those that would need
 * backtracking are refused, and oversized JSON is refused with the limit it broke.
 */
@Tag(SmallHeapTest.TAG)
class HostileStandardTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path root;

    private Path folder;
    private ObjectNode definition;

    @BeforeEach
    void setUp() {
        folder = StandardFolders.copy("cells", root, "1.0.0");
        definition = StandardFolders.definition("cells");
    }

    private ObjectNode node(String pointer) {
        return (ObjectNode) definition.at(pointer);
    }

    private StandardException refused() {
        StandardFolders.write(folder, definition);
        return refusedAsIs();
    }

    private StandardException refusedAsIs() {
        StandardRegistry registry = StandardRegistry.builder().includeBundled(false).directory(root).build();
        StandardException refused = catchThrowableOfType(StandardException.class, () -> registry.resolve("cells"));
        assertThat(refused).as("the definition is refused").isNotNull();
        return refused;
    }

    /** Each problem as (pointer, message key). */
    private List<Tuple> problems() {
        return refused().problems().stream().map(p -> tuple(p.pointer(), p.text().key())).toList();
    }

    private String file(String relative) {
        return folder.resolve(relative).toAbsolutePath().normalize().toString();
    }

    // ---- references -------------------------------------------------------------------------------

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aRefToARemoteUrlIsRefusedByNameAndNothingIsFetched() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/row.schema.json";
            definition.put("$ref", url);

            StandardException refused = refused();

            assertThat(refused.problems()).extracting(StandardProblem::file, StandardProblem::pointer)
                    .containsExactly(tuple(file("standard.json"), "/$ref"));
            assertThat(refused.problems().get(0).text()).isEqualTo(Message.of("standard.ref.refused", "$ref", url));
            assertThat(Messages.of(Language.EN).format(refused.problems().get(0).text()))
                    .startsWith("$ref is not part of the format: hvd never follows a reference");
            server.setSoTimeout(200);
            assertThatThrownBy(server::accept).as("no connection was made").isInstanceOf(SocketTimeoutException.class);
        }
    }

    @Test
    void refsNestedInPropertiesAndInTheVocabularyAreEachRefused() {
        node("/properties/code").put("$ref", "../../other/1.0.0/standard.json#/properties/code");
        node("/properties/code/hvd").put("$dynamicRef", "#meta");
        node("/hvd").putObject("extra").put("$ref", "file:///etc/passwd");

        assertThat(problems()).containsExactly(
                tuple("/hvd/extra/$ref", "standard.ref.refused"),
                tuple("/properties/code/$ref", "standard.ref.refused"),
                tuple("/properties/code/hvd/$dynamicRef", "standard.ref.refused"));
    }

    @Test
    void aRefInAProfileIsRefusedWithTheProfilesFileAndPointer() throws IOException {
        StandardFolders.write(folder, definition);
        Path profile = folder.resolve("profiles/remote.json");
        Files.createDirectories(profile.getParent());
        Files.writeString(profile, """
                { "formatVersion": 1, "name": "remote", "title": { "en": "R", "fr": "R" },
                  "basedOn": [{ "title": { "en": "T", "fr": "T" }, "publisher": "hvd" }],
                  "fields": { "code": { "$ref": "https://example.org/code.json" } } }
                """);

        StandardException refused = refusedAsIs();

        assertThat(refused.problems()).extracting(StandardProblem::file, StandardProblem::pointer, p -> p.text().key())
                .containsExactly(tuple(file("profiles/remote.json"), "/fields/code/$ref", "standard.ref.refused"));
    }

    @Test
    void aPublishersValueSpelledRefInATranslationMapIsAValueNotAReference() throws IOException {
        StandardFolders.write(folder, definition);
        Path profile = folder.resolve("profiles/odd.json");
        Files.createDirectories(profile.getParent());
        Files.writeString(profile, """
                { "formatVersion": 1, "name": "odd", "title": { "en": "O", "fr": "O" },
                  "basedOn": [{ "title": { "en": "T", "fr": "T" }, "publisher": "hvd" }],
                  "fields": { "colour": { "column": ["Colour"], "translate": { "map": { "$ref": "RED" } } } } }
                """);

        Standard standard = StandardRegistry.builder().includeBundled(false).directory(root).build().resolve("cells");

        assertThat(standard.profiles()).containsKey("odd");
    }

    // ---- files outside the standards directory ---------------------------------------------------------

    @Test
    void aCodeListPathClimbingOutOfTheFolderIsRefusedAndTheFileIsNotRead() throws IOException {
        Files.writeString(root.resolve("x.csv"), "code,label_en,label_fr\nSECRET,Secret,Secret\n");
        node("/hvd/codeLists/colours").put("file", "codelists/../../x.csv");

        StandardException refused = refused();

        assertThat(refused.problems()).extracting(StandardProblem::pointer)
                .containsExactly("/hvd/codeLists/colours/file");
        assertThat(refused.problems().toString()).doesNotContain("SECRET");
    }

    @Test
    void aCodeListThatIsALinkToAFileOutsideTheStandardsDirectoryIsRefused(@TempDir Path elsewhere) throws IOException {
        Path outside = Files.writeString(elsewhere.resolve("colours.csv"), "code,label_en,label_fr\nRED,Red,Rouge\n");
        Path codeList = folder.resolve("codelists/colours.csv");
        Files.delete(codeList);
        Files.createSymbolicLink(codeList, outside);

        StandardException refused = refused();

        assertThat(refused.problems()).extracting(StandardProblem::file, StandardProblem::pointer)
                .containsExactly(tuple(file("standard.json"), "/hvd/codeLists/colours/file"));
        assertThat(refused.problems().get(0).text())
                .isEqualTo(Message.of("standard.file.outside", outside.toRealPath().toString()));
    }

    @Test
    void aDefinitionThatIsALinkToAFileOutsideTheStandardsDirectoryIsRefused(@TempDir Path elsewhere) throws IOException {
        StandardFolders.write(folder, definition);
        Path outside = elsewhere.resolve("standard.json");
        Files.move(folder.resolve("standard.json"), outside);
        Files.createSymbolicLink(folder.resolve("standard.json"), outside);

        StandardException refused = refusedAsIs();

        assertThat(refused.problems()).extracting(StandardProblem::file, p -> p.text().key())
                .containsExactly(tuple(file("standard.json"), "standard.file.outside"));
    }

    @Test
    void aLinkToACodeListInsideTheStandardsDirectoryIsFollowed() throws IOException {
        Path shared = root.resolve("shared-colours.csv");
        Path codeList = folder.resolve("codelists/colours.csv");
        Files.move(codeList, shared);
        Files.createSymbolicLink(codeList, shared);
        StandardFolders.write(folder, definition);

        Standard standard = StandardRegistry.builder().includeBundled(false).directory(root).build().resolve("cells");

        assertThat(standard.codeLists().get("colours").codes()).isNotEmpty();
    }

    // ---- files that are not regular files, or may not be read ------------------------------------------

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aNamedPipeForACodeListIsSaidToBeOneAndNeverOpened() throws IOException {
        Path codeList = folder.resolve("codelists/colours.csv");
        Files.delete(codeList);
        mkfifo(codeList);

        StandardException refused = refused();

        assertThat(refused.problems()).extracting(StandardProblem::file, p -> p.text().key())
                .containsExactly(tuple(file("codelists/colours.csv"), "standard.file.not-regular"));
        assertThat(Messages.of(Language.EN).format(refused.problems().get(0).text()))
                .isEqualTo("this is not a regular file but a named pipe, a device or a socket; hvd reads standards from "
                        + "regular files only, and never opened it");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aNamedPipeForTheDefinitionIsSaidToBeOneAndNeverOpened() throws IOException {
        Files.delete(folder.resolve("standard.json"));
        mkfifo(folder.resolve("standard.json"));

        assertThat(refusedAsIs().problems()).extracting(StandardProblem::file, p -> p.text().key())
                .containsExactly(tuple(file("standard.json"), "standard.file.not-regular"));
    }

    @Test
    void aFolderWhereACodeListShouldBeIsSaidToBeAFolder() throws IOException {
        Path codeList = folder.resolve("codelists/colours.csv");
        Files.delete(codeList);
        Files.createDirectory(codeList);

        assertThat(refused().problems()).extracting(StandardProblem::file, p -> p.text())
                .containsExactly(tuple(file("codelists/colours.csv"), Message.of("standard.file.folder")));
    }

    @Test
    void aFileOrFolderPermissionsForbidToReadIsSaidToBeSoNotMissing() {
        Message denied = StandardLoader.unreadable(new AccessDeniedException(file("codelists")));

        assertThat(denied).isEqualTo(Message.of("standard.file.denied"));
        assertThat(Messages.of(Language.FR).format(denied))
                .isEqualTo("le fichier, ou un dossier sur son chemin, est illisible : permission refusée");
    }

    @Test
    void aCodeListInAFolderThatMayNotBeReadIsSaidToBeForbidden() throws IOException {
        Path codeLists = folder.resolve("codelists");
        StandardFolders.write(folder, definition);
        Files.setPosixFilePermissions(codeLists, PosixFilePermissions.fromString("---------"));
        try {
            assumeThat(Files.isReadable(codeLists.resolve("colours.csv"))).as("permissions are enforced (not root)").isFalse();

            assertThat(refusedAsIs().problems()).extracting(StandardProblem::file, p -> p.text().key())
                    .containsExactly(tuple(file("codelists/colours.csv"), "standard.file.denied"));
        } finally {
            Files.setPosixFilePermissions(codeLists, PosixFilePermissions.fromString("rwx------"));
        }
    }

    private static void mkfifo(Path path) {
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
            assumeThat(mkfifo.waitFor()).as("mkfifo is available").isZero();
        } catch (IOException | InterruptedException e) {
            assumeThat(e).as("mkfifo is available").isNull();
        }
    }

    // ---- oversized JSON and code lists ------------------------------------------------------------

    @Test
    void jsonNestedDeeperThanTheLimitIsRefusedWithTheLimit() {
        ObjectNode deep = node("/properties/code/hvd");
        for (int i = 0; i < StandardJson.MAX_DEPTH; i++) {
            deep = deep.putObject("n");
        }

        StandardException refused = refused();

        assertThat(refused.problems()).extracting(StandardProblem::pointer).containsExactly("");
        Message text = refused.problems().get(0).text();
        assertThat(text.key()).isEqualTo("standard.json.limit");
        assertThat(text.args().get(2)).isEqualTo(Message.of("standard.json.limit.depth", (long) StandardJson.MAX_DEPTH));
        assertLocated(text);
    }

    /** A broken limit is said with the line and column where the parser was, which Jackson leaves out. */
    private static void assertLocated(Message text) {
        assertThat(((Number) text.args().get(0)).intValue()).as("line").isPositive();
        assertThat(((Number) text.args().get(1)).intValue()).as("column").isPositive();
    }

    @Test
    void aStringLongerThanTheLimitIsRefused() {
        node("/properties/code/hvd").put("example", "x".repeat(StandardJson.MAX_STRING + 1));

        Message text = refused().problems().get(0).text();

        assertThat(text.args().get(2)).isEqualTo(Message.of("standard.json.limit.string", (long) StandardJson.MAX_STRING));
        assertLocated(text);
    }

    @Test
    void aNumberLongerThanTheLimitIsRefused() throws IOException {
        StandardFolders.write(folder, definition);
        Path file = folder.resolve("standard.json");
        Files.writeString(file, Files.readString(file).replace("\"maximum\" : 10", "\"maximum\" : 1" + "0".repeat(StandardJson.MAX_NUMBER)));

        Message text = refusedAsIs().problems().get(0).text();

        assertThat(text.args().get(2)).isEqualTo(Message.of("standard.json.limit.number", (long) StandardJson.MAX_NUMBER));
        assertThat(((Number) text.args().get(0)).intValue()).as("line of the number").isGreaterThan(1);
    }

    @Test
    void aPropertyNameLongerThanTheLimitIsRefused() {
        node("/properties").putObject("n".repeat(StandardJson.MAX_NAME + 1));

        Message text = refused().problems().get(0).text();

        assertThat(text.args().get(2)).isEqualTo(Message.of("standard.json.limit.name", (long) StandardJson.MAX_NAME));
    }

    @Test
    void aDefinitionLargerThanTheLimitIsRefusedBeforeItIsParsed() throws IOException {
        StandardFolders.write(folder, definition);
        Path file = folder.resolve("standard.json");
        Files.writeString(file, Files.readString(file) + " ".repeat(StandardJson.MAX_DOCUMENT_BYTES));

        assertThat(refusedAsIs().problems()).extracting(p -> p.text())
                .containsExactly(Message.of("standard.file.too-large", StandardJson.MAX_DOCUMENT_BYTES));
    }

    @Test
    void aCodeListOfMoreCodesThanTheLimitIsRefusedAtTheFirstCodeTooMany() throws IOException {
        StringBuilder list = new StringBuilder("code,label_en,label_fr\n");
        for (int i = 0; i <= StandardLoader.MAX_CODES; i++) {
            list.append('C').append(i).append(",c,c\n");
        }
        Files.writeString(folder.resolve("codelists/colours.csv"), list);

        StandardException refused = refused();

        assertThat(refused.problems()).extracting(StandardProblem::pointer, p -> p.text())
                .containsExactly(tuple("line " + (StandardLoader.MAX_CODES + 2),
                        Message.of("standard.codelist.too-large", StandardLoader.MAX_CODES)));
    }

    // ---- patterns ---------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "^(?=A)[A-Z]{2}[0-9]$     | standard.pattern.lookaround",
        "^(?!A)[A-Z]{2}[0-9]$     | standard.pattern.lookaround",
        "(?<=A)[0-9]$             | standard.pattern.lookaround",
        "(?<!A)[0-9]$             | standard.pattern.lookaround",
        "^([A-Z])\\1[0-9]$        | standard.pattern.backreference",
        "^(?<l>[A-Z])\\k<l>[0-9]$ | standard.pattern.backreference",
        "^[A-Z]++[0-9]$           | standard.pattern.possessive",
        "^(?>[A-Z]+)[0-9]$        | standard.pattern.possessive",
        "^((a{100}){100}){10}$    | standard.pattern.too-large",
        "^[A-Z                    | standard.pattern.invalid",
    })
    void aFieldPatternRE2CannotMatchInLinearTimeIsRefusedWithItsPointer(String pattern, String key) {
        node("/properties/code").put("pattern", pattern.strip());

        assertThat(problems()).containsExactly(tuple("/properties/code/pattern", key));
    }

    @Test
    void patternsNestedTooDeepAreRefusedBeforeTheyCanOverflowTheStack() {
        node("/properties/code").put("pattern", "(".repeat(50_000) + "a" + ")".repeat(50_000));

        assertThat(problems()).containsExactly(tuple("/properties/code/pattern", "standard.pattern.nested"));
    }

    @Test
    void profilePatternsAreHeldToTheSameRulesWithTheirPointers() throws Exception {
        Path source = Path.of(getClass().getResource("/profiles-test/tally/1.0.0").toURI());
        Path tally = root.resolve("tally/1.0.0");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path from : files.toList()) {
                Path to = tally.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path wide = tally.resolve("profiles/wide.json");
        ObjectNode profile = (ObjectNode) JSON.readTree(wide.toFile());
        ((ObjectNode) profile.get("wide")).put("columns", "^(\\d{4})(?!x)$");
        ((ObjectNode) profile.at("/wide/totalsRow")).put("pattern", "^(S)\\1omme$");
        ((ObjectNode) profile.at("/fields/name")).putObject("extract").put("pattern", "^(?<=x)(.+)$");
        Files.writeString(wide, JSON.writeValueAsString(profile));

        StandardException refused = catchThrowableOfType(StandardException.class,
                () -> StandardRegistry.builder().includeBundled(false).directory(root).build().resolve("tally"));

        assertThat(refused.problems()).extracting(StandardProblem::file, StandardProblem::pointer, p -> p.text().key())
                .containsExactlyInAnyOrder(
                        tuple(wide.toAbsolutePath().normalize().toString(), "/fields/name/extract/pattern", "standard.pattern.lookaround"),
                        tuple(wide.toAbsolutePath().normalize().toString(), "/wide/columns", "standard.pattern.lookaround"),
                        tuple(wide.toAbsolutePath().normalize().toString(), "/wide/totalsRow/pattern", "standard.pattern.backreference"));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aCatastrophicPatternOnALongValueIsMatchedInLinearTime() throws IOException {
        node("/properties/code").put("pattern", "^(a+)+$");
        // java.util.regex takes minutes on 40 characters of this one
        node("/properties/label").put("pattern", "^(.*a){12}$");
        node("/properties/label").remove("maxLength");
        StandardFolders.write(folder, definition);
        Standard standard = StandardRegistry.builder().includeBundled(false).directory(root).build().resolve("cells");
        String evil = "a".repeat(200_000) + "!";
        Path csv = Files.writeString(root.resolve("evil.csv"), "code,label\n" + evil + "," + evil + "\n"
                + "aaaa," + "a".repeat(12) + "\n", StandardCharsets.UTF_8);

        DatasetReport report = Validator.validate(ValidationRequest.builder(standard).dataset(DatasetInput.of(csv)).build())
                .datasets().get(0);

        assertThat(report.findings()).filteredOn(group -> group.key().code() == FindingCode.PATTERN_MISMATCH)
                .extracting(group -> group.key().field(), FindingGroup::count)
                .containsExactlyInAnyOrder(tuple("code", 1L), tuple("label", 1L));
    }

    @Test
    void ecmaEscapesAreReadAsTheCodePointsTheyName() {
        LinearPattern accented = LinearPattern.compile("^\\u00c9t\\u00e9$");
        LinearPattern escaped = LinearPattern.compile("^\\\\u00e9$");

        assertThat(accented.find("Été")).isTrue();
        assertThat(escaped.find("\\u00e9")).isTrue();
        assertThat(escaped.find("é")).isFalse();
        assertThat(LinearPattern.compile("^\\u{1F600}$").find("\uD83D\uDE00")).isTrue();
    }

    @Test
    void everyPatternOfTheBundledStandardsAndProfilesIsAccepted() {
        StandardRegistry bundled = StandardRegistry.bundled();
        for (StandardRef ref : bundled.available()) {
            assertThat(bundled.load(ref)).isNotNull();
        }
    }

    @Test
    void aRefusedPatternCannotBeCompiledByMistake() {
        assertThatThrownBy(() -> LinearPattern.compile("(?=a)")).isInstanceOf(IllegalArgumentException.class);
    }
}
