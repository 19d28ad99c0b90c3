package ca.hvd.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A run builds only the subcommand its arguments name (start-up time), and every subcommand when
 * they name none, so that help and usage errors still list them all.
 */
class SubcommandsTest {

    private static java.util.Set<String> built(String... args) {
        return HvdCommand.withSubcommands(new CommandLine(new HvdCommand(Environment.system())), args)
                .getSubcommands().keySet();
    }

    @Test
    void argumentsNamingASubcommandBuildOnlyThatOne() {
        assertThat(built("validate", "x.csv", "-s", "newborn-names")).containsExactly("validate");
        assertThat(built("standards", "list")).containsExactly("standards");
    }

    @Test
    void argumentsNamingNoSubcommandOrHelpBuildThemAll() {
        java.util.List<String> all = java.util.List.of("validate", "compare", "harmonize", "standards", "template",
                "findings", "help");
        assertThat(built()).containsExactlyElementsOf(all);
        assertThat(built("--help")).containsExactlyElementsOf(all);
        assertThat(built("help", "validate")).containsExactlyElementsOf(all);
        assertThat(built("valdate", "x.csv")).containsExactlyElementsOf(all);
    }

    @Test
    void aMistypedSubcommandIsStillAUsageErrorThatSuggestsTheRightOne() {
        Cli.Result result = Cli.run("valdate", "x.csv", "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(result.err()).contains("validate");
    }
}
