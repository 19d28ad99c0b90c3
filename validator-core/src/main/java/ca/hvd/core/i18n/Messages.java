package ca.hvd.core.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Message texts of one language, read from {@code messages_en.properties} and
 * {@code messages_fr.properties} (UTF-8) beside this class.
 *
 * <p>Findings and errors carry message keys and arguments; they become English or French text only
 * here, at render time. Patterns follow {@link MessageFormat}: a literal apostrophe is written
 * {@code ''}. There is no fallback from one language to the other: a test holds both bundles to the
 * same keys.
 */
public final class Messages {

    private static final Map<Language, Messages> CACHE = new EnumMap<>(Language.class);

    private final Language language;
    private final ResourceBundle bundle;

    private Messages(Language language, ResourceBundle bundle) {
        this.language = language;
        this.bundle = bundle;
    }

    /** The messages of hvd's library in a language; instances are cached and thread-safe. */
    public static Messages of(Language language) {
        synchronized (CACHE) {
            return CACHE.computeIfAbsent(language, l -> load(Messages.class, "messages", l));
        }
    }

    /**
     * Loads another family of bundles, {@code BASENAME_en.properties} and {@code BASENAME_fr.properties}
     * (UTF-8), found beside a class; for programs built on the library that have texts of their own.
     * A {@link Message} whose key this family lacks is rendered with the library's messages.
     *
     * @param owner    a class in the bundles' package
     * @param baseName the file name before {@code _en.properties}
     * @param language the language to load
     */
    public static Messages load(Class<?> owner, String baseName, Language language) {
        String name = baseName + "_" + language.code() + ".properties";
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("message bundle " + name + " is missing from the build");
            }
            return new Messages(language, new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Language language() {
        return language;
    }

    /**
     * Formats the message {@code key} with its arguments. {@link LocalizedText} and
     * {@link Message} arguments are rendered in this language first.
     *
     * @throws MissingResourceException when the key does not exist
     */
    public String format(String key, Object... args) {
        Object[] rendered = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            rendered[i] = render(args[i]);
        }
        return new MessageFormat(bundle.getString(key), language.locale()).format(rendered);
    }

    /** Renders a deferred message in this language, from this bundle or else the library's. */
    public String format(Message message) {
        Messages source = has(message.key()) ? this : of(language);
        return source.format(message.key(), message.args().toArray());
    }

    /**
     * Items of a list in one line, joined as this language punctuates them ({@code a; b} in English,
     * {@code a ; b} in French).
     */
    public String list(List<String> items) {
        Messages library = of(language);
        return items.stream().reduce((a, b) -> library.format("text.list", a, b)).orElse("");
    }

    /** A text with its label, punctuated as this language does ({@code label: text}, {@code label : text}). */
    public String labelled(String label, String text) {
        return of(language).format("text.labelled", label, text);
    }

    /** The raw {@link MessageFormat} pattern of a key, for tests and tools that check the bundles. */
    public String pattern(String key) {
        return bundle.getString(key);
    }

    /** Whether the bundle defines {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Every key of this language's bundle. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(bundle.keySet());
    }

    private Object render(Object arg) {
        if (arg instanceof LocalizedText text) {
            return text.in(language);
        }
        if (arg instanceof Message message) {
            return format(message);
        }
        return arg;
    }
}
