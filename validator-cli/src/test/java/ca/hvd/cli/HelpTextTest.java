package ca.hvd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

class HelpTextTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void helpListsEveryExitCodeOfTheEnumWithItsDescription(Language language) {
        Cli.Result result = Cli.run("validate", "--help", "--lang", language.code());

        assertThat(result.exitCode()).isZero();
        ResourceBundle bundle = HvdCommand.helpBundle(language);
        for (ExitCode code : ExitCode.values()) {
            String own = "hvd.validate." + code.helpKey();
            String description = bundle.getString(bundle.containsKey(own) ? own : code.helpKey());
            assertThat(result.out().replaceAll("\\s+", " "))
                    .contains(code.code() + " " + description.substring(0, 20));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void eachCommandListsOnlyTheExitCodesItUsesWithItsOwnMeaning(Language language) {
        assertThat(exitCodes("template", "--help", "--lang", language.code())).containsOnlyKeys(0, 2, 3, 4)
                .containsEntry(0, HvdCommand.helpBundle(language).getString("hvd.template.exit.0"));
        assertThat(exitCodes("standards", "list", "--help", "--lang", language.code())).containsOnlyKeys(0, 2, 3, 4);
        assertThat(exitCodes("standards", "lint", "--help", "--lang", language.code())).containsOnlyKeys(0, 1, 2, 3, 4)
                .containsEntry(1, HvdCommand.helpBundle(language).getString("hvd.standards.lint.exit.1"));
        assertThat(exitCodes("validate", "--help", "--lang", language.code()))
                .containsEntry(1, HvdCommand.helpBundle(language).getString("hvd.validate.exit.1"));
    }

    @Test
    void aCommandsOwnHelpStartsWithItsUsageAndTheHelpCommandTakesALanguage() {
        Cli.Result template = Cli.run("template", "--help");
        Cli.Result help = Cli.run("help", "validate", "--lang", "fr");

        assertThat(template.out()).startsWith("Usage: hvd template");
        assertThat(Cli.run("--help").out()).as("the header, in the list of commands").contains("Writes a CSV template of a standard");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage : hvd validate");
    }

    /** The exit codes a command's help lists, with their descriptions joined on one line. */
    private static Map<Integer, String> exitCodes(String... args) {
        Cli.Result result = Cli.run(args);
        assertThat(result.exitCode()).isZero();
        String section = result.out().split("(Exit codes|Codes de sortie) ?:\\R")[1].split("\\R\\R")[0];
        Map<Integer, String> codes = new LinkedHashMap<>();
        Matcher code = Pattern.compile("^ {4}(\\d) {3}(.*(?:\\R {10}.*)*)", Pattern.MULTILINE)
                .matcher(section);
        while (code.find()) {
            codes.put(Integer.parseInt(code.group(1)), code.group(2).replaceAll("\\R\\s+", " "));
        }
        return codes;
    }

    @Test
    void everyExitCodeHasADistinctNumber() {
        assertThat(java.util.Arrays.stream(ExitCode.values()).map(ExitCode::code))
                .containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void frenchHelpIsInFrench() {
        Cli.Result result = Cli.run("--help", "--lang", "fr");

        assertThat(result.out()).contains("Usage : hvd", "Commandes :", "Codes de sortie :", "Valide des fichiers CSV",
                "Montre l'aide d'une commande.");
    }

    @Test
    void versionPrintsTheToolVersion() {
        Cli.Result result = Cli.run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("hvd " + ca.hvd.core.Hvd.version()).contains("Java ");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyOptionAndParameterOfEveryCommandHasADescriptionInTheBundle(Language language) {
        ResourceBundle bundle = HvdCommand.helpBundle(language);
        CommandLine root = HvdCommand.commandLine(language, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<String> missing = new ArrayList<>();
        for (CommandLine command : all(root)) {
            for (ArgSpec arg : command.getCommandSpec().args()) {
                String key = arg.descriptionKey();
                boolean standardHelp = arg instanceof OptionSpec option && (option.usageHelp() || option.versionHelp());
                if (!standardHelp && (key == null || key.isEmpty() || !bundle.containsKey(key))) {
                    missing.add(command.getCommandName() + " " + arg);
                }
            }
            String description = command.getCommandSpec().qualifiedName(".") + ".usage.description";
            if (!bundle.containsKey(description)) {
                missing.add(description);
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void helpAndTextBundlesHaveTheSameKeysInBothLanguages() {
        assertThat(Collections.list(HvdCommand.helpBundle(Language.FR).getKeys()))
                .containsExactlyInAnyOrderElementsOf(Collections.list(HvdCommand.helpBundle(Language.EN).getKeys()));
        assertThat(HvdCommand.texts(Language.FR).keys())
                .containsExactlyInAnyOrderElementsOf(HvdCommand.texts(Language.EN).keys());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyCommandTextRendersWithArguments(Language language) {
        Messages texts = HvdCommand.texts(language);
        for (String key : texts.keys()) {
            String rendered = texts.format(key, arguments(texts.pattern(key)));
            assertThat(rendered).as(key).isNotBlank().doesNotContain("{0", "{1", "{2");
        }
    }

    /** Placeholder arguments of the types a pattern's formats expect: numbers for number and choice formats. */
    static Object[] arguments(String pattern) {
        java.text.Format[] formats = new java.text.MessageFormat(pattern).getFormatsByArgumentIndex();
        int count = Pattern.compile("\\{(\\d+)").matcher(pattern).results()
                .mapToInt(m -> Integer.parseInt(m.group(1)) + 1).max().orElse(0);
        Object[] args = new Object[count];
        for (int i = 0; i < count; i++) {
            args[i] = i < formats.length && formats[i] instanceof java.text.NumberFormat ? (Object) 2 : "x" + i;
        }
        return args;
    }

    private static List<CommandLine> all(CommandLine command) {
        List<CommandLine> all = new ArrayList<>();
        all.add(command);
        command.getSubcommands().values().forEach(sub -> all.addAll(all(sub)));
        return all;
    }
}
