package ca.hvd.core.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A message not yet put into words: a bundle key and its arguments, rendered by {@link Messages}
 * in the language chosen at render time.
 *
 * <p>Arguments may be plain values (strings, numbers), {@link LocalizedText} or nested messages.
 *
 * @param key  the bundle key
 * @param args the arguments, in the order of the pattern's {@code {0}}, {@code {1}}, …
 */
public record Message(String key, List<Object> args) {

    public Message {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    /** Renders this message in a language. */
    public String in(Language language) {
        return Messages.of(language).format(this);
    }
}
