package ca.hvd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled {@code federal-contracts} standard, as the command shows and uses it. */
class FederalContractsTest {

    @TempDir
    Path dir;

    @Test
    void standardsShowInFrenchPrintsFrenchTitlesConstraintsAndCodeLabels() {
        Cli.Result fr = Cli.run("standards", "show", "federal-contracts", "--lang", "fr");

        assertThat(fr.exitCode()).isZero();
        assertThat(fr.err()).isEmpty();
        assertThat(fr.out()).contains(
                "federal-contracts@1.0.0 — Marchés fédéraux de plus de 10 000 $ (ébauche)",
                "Fondée sur :",
                "reference_number — Numéro de référence",
                "contract_date — Date du contrat",
                "      obligatoire ; une date AAAA-MM-JJ",
                "trade_agreement — Accords commerciaux",
                "      facultatif ; un texte ; plusieurs valeurs séparées par « , », vérifiées une à une ; "
                        + "liste de codes « Accords commerciaux » (trade-agreements)",
                "number_of_bids — Nombre de soumissions",
                "  - clé unique : owner_org+reference_number",
                "Liste de codes « Accords commerciaux » (trade-agreements), 14 codes :",
                "  EU       Accord économique et commercial global",
                "  Y        Oui");
        assertThat(fr.out()).doesNotContain("Federal contracts over", "Trade agreements", "several values");
    }

    @Test
    void standardsShowInEnglishPrintsTheSameStandardInEnglish() {
        Cli.Result en = Cli.run("standards", "show", "federal-contracts@1", "--lang", "en");

        assertThat(en.exitCode()).isZero();
        assertThat(en.out()).contains(
                "federal-contracts@1.0.0 — Federal contracts over $10,000 (draft)",
                "trade_agreement — Trade agreements",
                "optional; a text; several values separated by \",\", each checked on its own; "
                        + "code list \"Trade agreements\" (trade-agreements)",
                "  EU       Comprehensive Economic Free Trade Agreement");
    }

    @Test
    void standardsListIncludesFederalContracts() {
        assertThat(Cli.run("standards", "list", "--lang", "fr").out())
                .contains("federal-contracts  [1.0.0]  Marchés fédéraux de plus de 10 000 $ (ébauche)");
    }

    @Test
    void aFileHeadedWithTheTemplatesFrenchLabelsIsRead() throws IOException {
        Path file = dir.resolve("marches.csv");
        Files.writeString(file, """
                Numéro de référence,Date du contrat,Accord commercial,Valeur totale du contrat,Pays du fournisseur
                C-2023-2024-Q1-00001,2023-05-12,"CA, EU",125430.50,CA
                C-2023-2024-Q1-00002,2023-05-13,"CA, XY",-1200.00,FR
                """, StandardCharsets.UTF_8);

        Cli.Result result = Cli.run("validate", file.toString(), "-s", "federal-contracts", "--format", "json");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).doesNotContain("\"extra-column\"", "\"missing-column\"")
                .contains("\"error\" : 1,", "\"code\" : \"not-in-codelist\"", "\"field\" : \"trade_agreement\"",
                        "\"column\" : \"Accord commercial\"", "\"value\" : \"XY\"");
    }
}
