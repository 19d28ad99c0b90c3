package ca.hvd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileOptionsTest {

    @TempDir
    Path dir;

    private Path ontarioGirls() throws IOException {
        Path file = dir.resolve("on-girls.csv");
        Files.writeString(file, "\uFEFFOntario Top Baby Names (Female) / Noms de nouveau-nés les plus répandus en Ontario (Femme) ,,\n"
                + "Year/Année,Name/Nom,Frequency/Fréquence\n2019,OLIVIA,540\n2019,EMMA,498\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aProfileReadsThePublishersLayoutWithTheParameterSet() throws IOException {
        Cli.Result result = Cli.run("validate", ontarioGirls().toString(), "-s", "newborn-names", "--profile", "on",
                "--set", "sex=F", "--lang", "en");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("newborn-names@1.0.0 (Newborn names) · profile on, sex=F", "CONFORMANT",
                "2 records", "header on line 2");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void theJsonReportNamesTheProfileAndTheConstants() throws IOException {
        Cli.Result result = Cli.run("validate", ontarioGirls().toString(), "-s", "newborn-names", "--profile", "on",
                "--set", "sex=F", "--format", "json", "--quiet");

        assertThat(result.out()).contains("\"profile\" : \"on\"", "\"constants\" : {\n    \"sex\" : \"F\"\n  }");
    }

    @Test
    void withoutTheProfileTheSameFileLacksColumns() throws IOException {
        Cli.Result result = Cli.run("validate", ontarioGirls().toString(), "-s", "newborn-names", "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("missing-column  jurisdiction", "missing-column  sex");
    }

    @Test
    void aMissingParameterIsAUsageErrorThatSaysWhatToSet() throws IOException {
        Cli.Result en = Cli.run("validate", ontarioGirls().toString(), "-s", "newborn-names", "-p", "on", "--lang", "en");
        Cli.Result fr = Cli.run("validate", ontarioGirls().toString(), "-s", "newborn-names", "-p", "on", "--lang", "fr");

        assertThat(en.exitCode()).isEqualTo(2);
        assertThat(en.err()).contains("hvd: the profile on needs --set sex=VALUE: the files do not say their Sex (F, M)");
        assertThat(fr.exitCode()).isEqualTo(2);
        assertThat(fr.err()).contains("hvd : le profil on exige --set sex=VALEUR : les fichiers ne disent pas leur Sexe (F, M)");
        assertThat(en.out()).isEmpty();
    }

    @Test
    void setNamingAnUnknownFieldIsAUsageError() throws IOException {
        Cli.Result result = Cli.run("validate", ontarioGirls().toString(), "-s", "newborn-names", "-p", "on",
                "--set", "gender=F", "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--set gender: newborn-names@1.0.0 has no such field; its fields are "
                + "jurisdiction, year, sex, name, count");
    }

    @Test
    void setWithoutAValueIsAUsageError() throws IOException {
        Cli.Result result = Cli.run("validate", ontarioGirls().toString(), "-s", "newborn-names", "-p", "on",
                "--set", "sex=", "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("hvd: --set sex: give a value, e.g. --set sex=...\n");
    }

    @Test
    void anUnknownProfileExitsWithThreeAndListsTheProfiles() throws IOException {
        Cli.Result result = Cli.run("validate", ontarioGirls().toString(), "-s", "newborn-names", "-p", "yk", "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("No profile of newborn-names@1.0.0 is named yk; available: ab, bc, ns, on, qc, statcan.");
    }

    @Test
    void aProfileOfAStandardWithoutProfilesSaysItHasNone() {
        Cli.Result result = Cli.run("template", "federal-contracts", "-p", "x", "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).isEqualTo("hvd: No profile of federal-contracts@1.0.0 is named x: it has no profiles; "
                + "its files are read in its own layout.\n");
    }

    @Test
    void setGivesAFieldToAFileInTheStandardsOwnLayout() throws IOException {
        Path file = dir.resolve("names.csv");
        Files.writeString(file, "year,sex,name,count\n2019,F,OLIVIA,66\n", StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("validate", file.toString(), "-s", "newborn-names", "--set", "jurisdiction=NS", "--lang", "en");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("CONFORMANT", "jurisdiction 100%");
    }

    @Test
    void standardsShowListsTheProfilesAndTheirParametersInBothLanguages() {
        Cli.Result en = Cli.run("standards", "show", "newborn-names", "--lang", "en");
        Cli.Result fr = Cli.run("standards", "show", "newborn-names", "--lang", "fr");

        assertThat(en.out()).contains("Profiles (--profile NAME):",
                "  bc  British Columbia: most popular names of the past 100 years",
                "needs --set sex=…",
                "counts from 1 to 4 (under 5) must be suppressed, not published");
        assertThat(fr.out()).contains("Profils (--profile NOM) :",
                "  bc  Colombie-Britannique : prénoms les plus populaires des 100 dernières années",
                "exige --set sex=…",
                "un seul style de casse par fichier");
    }

    @Test
    void standardsListNamesEachStandardsProfiles() {
        Cli.Result result = Cli.run("standards", "list", "--lang", "en");

        assertThat(result.out()).contains("profiles: bdoa, geonb, nar, nscaf, oda, rqa", "profiles: ab, bc, ns, on, qc, statcan");
    }
}
