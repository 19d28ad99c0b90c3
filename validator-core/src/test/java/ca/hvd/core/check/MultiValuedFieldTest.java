package ca.hvd.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.engine.DatasetInput;
import ca.hvd.core.engine.ValidationRequest;
import ca.hvd.core.engine.Validator;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.Example;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.report.FindingGroup;
import ca.hvd.core.report.FindingKey;
import ca.hvd.core.standard.Standard;
import ca.hvd.core.standard.TinyStandards;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A field with {@code hvd.separator}: each part of a cell, trimmed, is checked on its own. */
class MultiValuedFieldTest {

    @TempDir
    Path dir;

    private DatasetReport validate(String csv) throws IOException {
        TinyStandards.write(dir.resolve("standards"), "tags", TinyStandards.TAGS, "agreements", TinyStandards.AGREEMENTS);
        Standard standard = TinyStandards.load(dir.resolve("standards"), "tags");
        Path file = dir.resolve("tags.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return Validator.validate(ValidationRequest.builder(standard).dataset(DatasetInput.of(file)).exampleLimit(10).build())
                .datasets().get(0);
    }

    /** Every finding as "code field", mapped to its examples as "line:value". */
    private static Map<String, List<String>> findings(DatasetReport report) {
        Map<String, List<String>> findings = new TreeMap<>();
        for (FindingGroup group : report.findings()) {
            assertThat(group.count()).isEqualTo(group.examples().size());
            findings.put(group.key().code().id() + " " + group.key().field(),
                    group.examples().stream().map(e -> e.line() + ":" + e.value()).toList());
        }
        return findings;
    }

    @Test
    void everyPartOfAValidCellIsAccepted() throws IOException {
        DatasetReport report = validate("""
                id,agreements,labels,single
                1,"CA, EU",ab;cd,CA
                2,CA,abc,EU
                3,"XX",,
                """);

        assertThat(report.findings()).isEmpty();
        assertThat(report.fields().get("agreements").filled()).isEqualTo(3);
    }

    @Test
    void aPartNotInTheCodeListIsReportedOncePerCellWithTheFirstFailingPart() throws IOException {
        DatasetReport report = validate("""
                id,agreements,labels,single
                1,"CA,XY,ZZ",,
                2,"CA,,EU",,
                3,CA;EU,,
                4,CA,,
                """);

        assertThat(findings(report)).containsExactly(
                Map.entry("not-in-codelist agreements", List.of("2:XY", "3:", "4:CA;EU")));
    }

    @Test
    void patternAndLengthAreCheckedOnEachPartSeparately() throws IOException {
        DatasetReport report = validate("""
                id,agreements,labels,single
                1,,ab;ABCD;x,
                2,,Q;abcd,
                3,,ab ; cd,
                """);

        assertThat(findings(report)).containsExactly(
                Map.entry("length-out-of-range labels", List.of("2:ABCD", "3:abcd")),
                Map.entry("pattern-mismatch labels", List.of("2:ABCD", "3:Q")));
        FindingGroup length = report.finding(new FindingKey(FindingCode.LENGTH_OUT_OF_RANGE, "labels", "labels", null)).orElseThrow();
        assertThat(length.examples()).extracting(Example::args).containsExactly(List.of(4), List.of(4));
    }

    @Test
    void spacesAroundPartsAreAllowedButSpacesAroundTheCellAreStillReported() throws IOException {
        DatasetReport report = validate("""
                id,agreements,labels,single
                1," CA , EU ",,
                """);

        assertThat(findings(report)).containsExactly(
                Map.entry("leading-trailing-space agreements", List.of("2: CA , EU ")));
    }

    @Test
    void aFieldWithoutSeparatorChecksTheWholeCell() throws IOException {
        DatasetReport report = validate("""
                id,agreements,labels,single
                1,"CA,EU",,"CA,EU"
                """);

        assertThat(findings(report)).containsExactly(
                Map.entry("not-in-codelist single", List.of("2:CA,EU")));
    }

    @Test
    void anEmptyMultiValuedCellIsOnlyARequiredQuestion() throws IOException {
        DatasetReport report = validate("""
                id,agreements,labels,single
                1,,,
                2," ",,
                """);

        assertThat(report.findings()).isEmpty();
        assertThat(report.fields().get("agreements").filled()).isZero();
    }
}
