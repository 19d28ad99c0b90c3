package ca.hvd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hvd compare}: the dataset syntax, reports and their destinations, and exit codes. */
class CompareCommandTest {

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** Two years of girls and boys in the standard's layout, for a jurisdiction. */
    private Path names(String name, String jurisdiction, int firstYear) throws IOException {
        StringBuilder csv = new StringBuilder("jurisdiction,year,sex,name,count\n");
        for (int year = firstYear; year < firstYear + 2; year++) {
            csv.append(jurisdiction).append(',').append(year).append(",F,OLIVIA,").append(60 + year % 7).append('\n')
                    .append(jurisdiction).append(',').append(year).append(",F,EMMA,40\n")
                    .append(jurisdiction).append(',').append(year).append(",F,AVA,5\n")
                    .append(jurisdiction).append(',').append(year).append(",M,LIAM,55\n")
                    .append(jurisdiction).append(',').append(year).append(",M,NOAH,5\n");
        }
        return file(name, csv.toString());
    }

    @Test
    void filesThatPublishTheSameWayAreComparableAndExitWithZero() throws IOException {
        Path ns = names("ns.csv", "NS", 2018);
        Path nb = names("nb.csv", "NB", 2018);

        Cli.Result result = Cli.run("compare", "-s", "newborn-names", ns.toString(), nb.toString(), "--lang", "en");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("  ns  " + ns, "  nb  " + nb, "Every dataset covers 2018 to 2019.",
                "Every dataset uses the same codes: F, M.", "The smallest count published is 5 in every dataset.",
                "Result: COMPARABLE (5 dimensions checked).");
        assertThat(result.err()).as("the text report on standard output already says it").isEmpty();
    }

    @Test
    void aDimensionThatIsNotComparableExitsWithOneAndTheVerdictsGoToStandardError() throws IOException {
        Path ns = names("ns.csv", "NS", 2001);
        Path nb = names("nb.csv", "NB", 2018);
        Path json = dir.resolve("c.json");

        Cli.Result result = Cli.run("compare", "-s", "newborn-names", "NS=" + ns, "NB=" + nb, "-f", "json=" + json, "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).containsExactly("json report written to " + json, "years-covered: NOT COMPARABLE",
                "sex-codes: COMPARABLE", "smallest-count: COMPARABLE", "top-20-share: COMPARABLE",
                "births-by-year-sex: NOT COMPARABLE", "Result: NOT COMPARABLE (2 of 5 dimensions not comparable, 0 with caveats).");
        assertThat(Files.readString(json)).contains("\"comparisonVersion\" : 1", "\"verdict\" : \"not-comparable\"",
                "Covered: NS 2001–2002; NB 2018–2019. No value is covered by every dataset.");
    }

    @Test
    void theReportWithoutAFileGoesToOutputAndOnlyOneMayGoToStandardOutput() throws IOException {
        Path ns = names("ns.csv", "NS", 2018);
        Path md = dir.resolve("c.md");

        Cli.Result toOutput = Cli.run("compare", "-s", "newborn-names", "A=" + ns, "B=" + ns, "-f", "markdown", "-o", md.toString(),
                "--quiet");
        Cli.Result twice = Cli.run("compare", "-s", "newborn-names", "A=" + ns, "B=" + ns, "-f", "text", "-f", "json", "--lang", "en");

        assertThat(toOutput.exitCode()).isZero();
        assertThat(toOutput.err()).isEmpty();
        assertThat(Files.readString(md)).startsWith("# Comparability report: Newborn names");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("several reports would go to standard output (text, json)");
    }

    @Test
    void labelsAndLayoutsAreGivenPerDatasetAfterAHash() throws IOException {
        Path girls = file("on#girls.csv", "\uFEFFOntario Top Baby Names (Female),,\nYear/Année,Name/Nom,Frequency/Fréquence\n"
                + "2018,OLIVIA,100\n2018,EMMA,90\n");
        Path ns = names("ns.csv", "NS", 2018);

        Cli.Result result = Cli.run("compare", "-s", "newborn-names", "ON=" + girls + "#profile=on&sex=F", ns + "#", "-f", "json",
                "--quiet");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("\"label\" : \"ON\"", "\"profile\" : \"on\"", "\"sex\" : \"F\"", "\"label\" : \"ns\"");
    }

    @Test
    void aMalformedDatasetIsAUsageErrorInTheUsersLanguage() throws IOException {
        Path ns = names("ns.csv", "NS", 2018);

        Cli.Result pair = Cli.run("compare", "-s", "newborn-names", ns + "#profile", "Z=" + ns, "--lang", "en");
        Cli.Result same = Cli.run("compare", "-s", "newborn-names", "A=" + ns, "A=" + ns, "--lang", "fr");
        Cli.Result field = Cli.run("compare", "-s", "newborn-names", ns + "#gender=F", "Z=" + ns, "--lang", "en");
        Cli.Result parameter = Cli.run("compare", "-s", "newborn-names", "ON=" + ns + "#profile=on", "Z=" + ns, "--lang", "en");
        Cli.Result empty = Cli.run("compare", "-s", "newborn-names", "ON=#profile=on", "Z=" + ns, "--lang", "en");

        assertThat(pair.exitCode()).isEqualTo(2);
        assertThat(pair.err()).contains("'profile' after # is not KEY=VALUE");
        assertThat(same.exitCode()).isEqualTo(2);
        assertThat(same.err()).contains("deux jeux de données ont l'étiquette A");
        assertThat(field.exitCode()).isEqualTo(2);
        assertThat(field.err()).contains("newborn-names@1.0.0 has no field gender; its fields are jurisdiction, year, sex");
        assertThat(parameter.exitCode()).isEqualTo(2);
        assertThat(parameter.err()).contains("dataset ON: the profile on needs sex=VALUE after # (e.g. #profile=on&sex=...)");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.err()).contains("invalid dataset 'ON=#profile=on'");
    }

    @Test
    void aKeyGivenTwiceOrWithoutAValueIsAUsageError() throws IOException {
        Path ns = names("ns.csv", "NS", 2018);

        Cli.Result twice = Cli.run("compare", "-s", "newborn-names", ns + "#profile=ns&profile=on", "Z=" + ns, "--lang", "en");
        Cli.Result blank = Cli.run("compare", "-s", "newborn-names", "B=" + ns + "#sex=", "Z=" + ns, "--lang", "fr");

        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).startsWith("hvd: invalid dataset '" + ns + "#profile=ns&profile=on': profile is given twice\n");
        assertThat(blank.exitCode()).isEqualTo(2);
        assertThat(blank.err()).startsWith("hvd : jeu de données 'B=" + ns + "#sex=' invalide : sex n'a pas de valeur après =\n");
    }

    @Test
    void aLabelMadeFromAFileNameKeepsOnlyWhatALabelMayHold() throws IOException {
        Path formula = names("=1+2.csv", "NS", 2018);
        Path longName = names("ontario-top-baby-names-female-1917-2019-en.csv", "ON", 2018);
        Path symbols = names("+++.csv", "BC", 2018);
        Path french = names("Québec été.csv", "QC", 2018);

        Cli.Result result = Cli.run("compare", "-s", "newborn-names", formula.toString(), longName.toString(),
                french.toString(), "-f", "json", "-q");
        Cli.Result none = Cli.run("compare", "-s", "newborn-names", symbols.toString(), "Z=" + formula, "--lang", "en");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("\"label\" : \"1_2\"", "\"label\" : \"ontario-top-baby-names-female-19\"",
                "\"label\" : \"Quebec_ete\"");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("its file's name has no letter or digit to make a label; give one, e.g. A=" + symbols);
    }

    @Test
    void aMissingFileExitsWithThreeAndAnInputIsNeverOverwritten() throws IOException {
        Path ns = names("ns.csv", "NS", 2018);
        String before = Files.readString(ns);

        Cli.Result missing = Cli.run("compare", "-s", "newborn-names", dir.resolve("none.csv").toString(), ns.toString(), "--lang", "en");
        Cli.Result overwrite = Cli.run("compare", "-s", "newborn-names", "A=" + ns, "B=" + ns, "-f", "json=" + ns, "--lang", "en");

        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(overwrite.exitCode()).isEqualTo(3);
        assertThat(overwrite.err()).contains("is an input file; hvd never writes over its inputs");
        assertThat(Files.readString(ns)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ns.csv");
        }
    }

    @Test
    void oneDatasetIsNotAComparisonAndAnUnknownProfileNamesItsDataset() throws IOException {
        Path ns = names("ns.csv", "NS", 2018);

        Cli.Result one = Cli.run("compare", "-s", "newborn-names", ns.toString(), "--lang", "fr");
        Cli.Result oneUnknown = Cli.run("compare", "-s", "newborn-names", "A=" + ns + "#profile=nope", "--lang", "en");
        Cli.Result unknown = Cli.run("compare", "-s", "newborn-names", "A=" + ns + "#profile=nope", "B=" + ns, "--lang", "en");

        assertThat(one.exitCode()).isEqualTo(2);
        assertThat(one.err()).startsWith("hvd : compare exige au moins deux jeux de données ; pour vérifier un fichier, utilisez hvd validate");
        assertThat(oneUnknown.exitCode()).as("the count is checked first").isEqualTo(2);
        assertThat(unknown.exitCode()).isEqualTo(3);
        assertThat(unknown.err()).startsWith("hvd: dataset A: No profile of newborn-names@1.0.0 is named nope; available: ab, bc, ns, on, qc, statcan.");
    }

    @Test
    void theHelpOfCompareAndHarmonizeSaysTheirSyntaxAndTheirOwnExitCodesInBothLanguages() {
        Cli.Result english = Cli.run("compare", "--help", "--lang", "en");
        Cli.Result french = Cli.run("harmonize", "--help", "--lang", "fr");

        assertThat(english.out().replaceAll("\\s+", " ")).contains("[LABEL=]FILE", "[#profile=NAME&FIELD=VALUE...]",
                "1 Not comparable: at least one dimension is not comparable.", "2 Usage error");
        assertThat(french.out().replaceAll("\\s+", " ")).contains("[ÉTIQUETTE=]FICHIER", "[#profile=NOM&CHAMP=VALEUR...]",
                "1 Écrit, mais des lignes ont des erreurs", "--keep-invalid");
    }
}
