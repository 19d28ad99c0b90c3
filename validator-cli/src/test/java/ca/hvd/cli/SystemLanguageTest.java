package ca.hvd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.i18n.Language;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Without {@code --lang}, hvd speaks the system's language as POSIX picks the language of messages,
 * even when that locale is not installed (the JVM then takes it for {@code en_US}).
 */
class SystemLanguageTest {

    @ParameterizedTest(name = "LC_ALL={0} LC_MESSAGES={1} LANG={2} -> {3}")
    @CsvSource(nullValues = "-", value = {
        "-,     -,           fr_CA.UTF-8, FR",
        "-,     -,           fr,          FR",
        "-,     -,           FR_FR,       FR",
        "-,     -,           en_CA.UTF-8, EN",
        "-,     -,           C,           EN",
        "C,     -,           fr_CA.UTF-8, EN",
        "-,     fr_CA.UTF-8, en_CA.UTF-8, FR",
        "'',    '',          fr_CA.UTF-8, FR",
    })
    void theFirstOfLcAllLcMessagesAndLangThatIsSetDecides(String lcAll, String lcMessages, String lang, Language expected) {
        Map<String, String> variables = new HashMap<>();
        if (lcAll != null) {
            variables.put("LC_ALL", lcAll);
        }
        if (lcMessages != null) {
            variables.put("LC_MESSAGES", lcMessages);
        }
        variables.put("LANG", lang);

        assertThat(new Environment(variables, false).language()).isEqualTo(expected);
    }

    @Test
    void aFrenchSystemGetsFrenchMessagesAndLangStillWins() {
        Environment french = new Environment(Map.of("LANG", "fr_CA.UTF-8"), false);

        Cli.Result byDefault = Cli.run(french, "validate", "no-such-file.csv", "-s", "newborn-names");
        Cli.Result chosen = Cli.run(french, "validate", "no-such-file.csv", "-s", "newborn-names", "--lang", "en");

        assertThat(byDefault.exitCode()).isEqualTo(3);
        assertThat(byDefault.err()).startsWith("hvd : ");
        assertThat(chosen.err()).startsWith("hvd: ");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "standards docs newborn-names | # Prénoms des nouveau-nés",
        "standards show newborn-names | newborn-names@1.0.0 — Prénoms des nouveau-nés",
        "findings                     | Codes de constats",
        "template federal-contracts -p x | hvd : Aucun profil de federal-contracts@1.0.0",
    })
    void commandsWithoutLangTakeTheSystemsLanguageDocumentCommandsIncluded(String command, String start) {
        Environment french = new Environment(Map.of("LANG", "fr_CA.UTF-8"), false);

        Cli.Result result = Cli.run(french, command.split(" "));

        assertThat(result.out() + result.err()).startsWith(start);
    }
}
