package ca.hvd.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.hvd.core.report.FailOn;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.report.Severity;
import ca.hvd.core.standard.FieldType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The English and French bundles: the same keys, every pattern renders with arguments and keeps
 * its apostrophes, and every key the library uses exists in both.
 */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    /** A word, a doubled apostrophe, a word: {@code l''en-tête}, {@code standard''s}. */
    private static final Pattern ELISION = Pattern.compile("(\\p{L}+)''(\\p{L}+)");
    /** A string literal in the library's sources that looks like a message key. */
    private static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-z0-9-]+)+)\"");

    @Test
    void bothBundlesHaveExactlyTheSameKeys() {
        assertThat(new TreeSet<>(Messages.of(Language.FR).keys())).isEqualTo(new TreeSet<>(Messages.of(Language.EN).keys()));
        assertThat(Messages.of(Language.EN).keys()).hasSizeGreaterThan(100);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyKeyRendersWithArgumentsAndNoPlaceholderLeft(Language language) {
        Messages messages = Messages.of(language);
        List<String> broken = new ArrayList<>();
        for (String key : new TreeSet<>(messages.keys())) {
            String rendered = messages.format(key, arguments(messages.pattern(key)));
            if (rendered.isBlank() || PLACEHOLDER.matcher(rendered).find()) {
                broken.add(key + " = " + rendered);
            }
        }
        assertThat(broken).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyApostropheIsDoubledInPatternsAndSingleOnceRendered(Language language) {
        Messages messages = Messages.of(language);
        List<String> broken = new ArrayList<>();
        for (String key : new TreeSet<>(messages.keys())) {
            String pattern = messages.pattern(key);
            if (pattern.replace("''", "").contains("'")) {
                broken.add(key + ": a single apostrophe quotes the rest of the pattern: " + pattern);
                continue;
            }
            String rendered = messages.format(key, arguments(pattern));
            Matcher elision = ELISION.matcher(pattern);
            while (elision.find()) {
                String expected = elision.group(1) + "'" + elision.group(2);
                if (!rendered.contains(expected)) {
                    broken.add(key + ": \"" + expected + "\" is lost in \"" + rendered + "\"");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void frenchTextsKeepTheirApostrophesOnceRendered() {
        Messages french = Messages.of(Language.FR);

        assertThat(french.format("finding.preamble-skipped.title")).isEqualTo("Lignes avant l'en-tête");
        assertThat(french.format("finding.column-order.message")).isEqualTo("Cette colonne ne suit pas l'ordre de la norme.");
        assertThat(french.format("rule.requires", "latitude", "longitude")).isEqualTo("si latitude est rempli, longitude doit l'être aussi");
        assertThat(Messages.of(Language.EN).format("finding.column-order.message")).isEqualTo("This column is out of the standard's order.");
    }

    @ParameterizedTest
    @EnumSource(FindingCode.class)
    void everyFindingCodeHasATitleDescriptionAndMessageInBothLanguages(FindingCode code) {
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            for (String key : List.of(code.titleKey(), code.descriptionKey(), code.messageKey())) {
                assertThat(messages.has(key)).as(language + " " + key).isTrue();
                assertThat(messages.pattern(key)).as(language + " " + key).isNotBlank();
            }
        }
    }

    @Test
    void everyLabelOfTheReportModelHasATextInBothLanguages() {
        List<String> keys = new ArrayList<>();
        Stream.of(Severity.values()).forEach(severity -> keys.add("severity." + severity.label()));
        Stream.of(FailOn.values()).forEach(level -> keys.add("fail-on." + level.label()));
        Stream.of(FieldType.values()).forEach(type -> keys.add("type." + type.label()));
        for (Language language : Language.values()) {
            assertThat(keys).as(language.code()).allMatch(Messages.of(language)::has);
        }
    }

    @Test
    void everyKeyNamedInTheLibrarysSourcesExistsInBothBundles() throws IOException {
        List<String> named = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(file -> file.toString().endsWith(".java")).toList()) {
                Matcher literal = KEY_LITERAL.matcher(Files.readString(source));
                while (literal.find()) {
                    String text = literal.group(1);
                    if (!text.endsWith(".json") && Messages.of(Language.EN).keys().stream().anyMatch(key -> key.startsWith(text.substring(0, text.indexOf('.') + 1)))) {
                        named.add(text);
                    }
                }
            }
        }
        assertThat(named).contains("source.directory", "csv.unclosed-quote", "standard.codelist.header");
        for (Language language : Language.values()) {
            assertThat(named).as(language.code()).allMatch(Messages.of(language)::has);
        }
    }

    @Test
    void localizedTextsAndNestedMessagesAreRenderedInTheLanguageOfTheMessage() {
        Message message = Message.of("finding.rule-violation.message", Message.of("rule.requires", "latitude", "longitude"));

        assertThat(message.in(Language.EN)).isEqualTo("Rule broken: when latitude is filled, longitude must be filled too.");
        assertThat(message.in(Language.FR)).isEqualTo("Règle enfreinte : si latitude est rempli, longitude doit l'être aussi.");
        assertThat(Message.of("finding.not-in-codelist.message", new LocalizedText("Sex", "Sexe")).in(Language.FR))
                .isEqualTo("La valeur n'est pas un code de la liste « Sexe ».");
    }

    @Test
    void numbersAreFormattedInTheLanguageOfTheMessage() {
        Message counts = Message.of("text.counts", 1234, 1, 0, "error");

        assertThat(counts.in(Language.EN)).startsWith("1,234 errors, 1 warning, 0 info");
        assertThat(counts.in(Language.FR)).startsWith(NumberFormat.getIntegerInstance(Locale.FRENCH).format(1234) + " erreurs, 1 avertissement");
    }

    @Test
    void anUnknownKeyIsAnErrorNotASilentFallback() {
        assertThatThrownBy(() -> Messages.of(Language.FR).format("no.such.key")).isInstanceOf(MissingResourceException.class);
    }

    @Test
    void languagesAreChosenFromLocalesAndCodes() {
        assertThat(Language.of(Locale.CANADA_FRENCH)).isEqualTo(Language.FR);
        assertThat(Language.of(Locale.CANADA)).isEqualTo(Language.EN);
        assertThat(Language.of(Locale.GERMAN)).isEqualTo(Language.EN);
        assertThat(Language.parse(" FR ")).isEqualTo(Language.FR);
        assertThatThrownBy(() -> Language.parse("de")).isInstanceOf(IllegalArgumentException.class);
    }

    /** Placeholder arguments of the types a pattern's formats expect: numbers for number and choice formats. */
    static Object[] arguments(String pattern) {
        Format[] formats = new MessageFormat(pattern).getFormatsByArgumentIndex();
        int count = PLACEHOLDER.matcher(pattern).results().mapToInt(m -> Integer.parseInt(m.group(1)) + 1).max().orElse(0);
        Object[] args = new Object[count];
        for (int i = 0; i < count; i++) {
            args[i] = i < formats.length && formats[i] instanceof NumberFormat ? (Object) 2 : "x" + i;
        }
        return args;
    }
}
