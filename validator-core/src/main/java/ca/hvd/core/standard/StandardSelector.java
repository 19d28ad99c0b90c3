package ca.hvd.core.standard;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a user asks for on the command line: {@code id}, {@code id@1}, {@code id@1.0} or
 * {@code id@1.0.0}. A selector matches every version that starts with the numbers it gives; the
 * registry picks the newest match.
 *
 * @param id     the standard id
 * @param prefix zero to three version numbers
 */
public record StandardSelector(String id, int[] prefix) {

    public StandardSelector {
        Objects.requireNonNull(id, "id");
        prefix = prefix.clone();
        if (prefix.length > 3) {
            throw new IllegalArgumentException("a version has at most three numbers");
        }
    }

    /**
     * Parses {@code id[@MAJOR[.MINOR[.PATCH]]]}.
     *
     * @throws IllegalArgumentException when the text is not of that form
     */
    public static StandardSelector parse(String text) {
        String spec = text.strip();
        int at = spec.indexOf('@');
        String id = at < 0 ? spec : spec.substring(0, at);
        if (!StandardRef.isValidId(id)) {
            throw new IllegalArgumentException("'" + text + "' does not name a standard: expected ID or ID@VERSION");
        }
        if (at < 0) {
            return new StandardSelector(id, new int[0]);
        }
        String[] parts = spec.substring(at + 1).split("\\.", -1);
        if (parts.length > 3) {
            throw new IllegalArgumentException("'" + text + "': a version has at most three numbers");
        }
        int[] numbers = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].matches("0|[1-9]\\d{0,8}")) {
                throw new IllegalArgumentException("'" + text + "': '" + parts[i] + "' is not a version number");
            }
            numbers[i] = Integer.parseInt(parts[i]);
        }
        return new StandardSelector(id, numbers);
    }

    /** The version numbers given, copied. */
    @Override
    public int[] prefix() {
        return prefix.clone();
    }

    /** Whether a concrete version of a standard is selected by this selector. */
    public boolean matches(StandardRef ref) {
        if (!ref.id().equals(id)) {
            return false;
        }
        int[] numbers = {ref.version().major(), ref.version().minor(), ref.version().patch()};
        for (int i = 0; i < prefix.length; i++) {
            if (numbers[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StandardSelector other && id.equals(other.id) && Arrays.equals(prefix, other.prefix);
    }

    @Override
    public int hashCode() {
        return 31 * id.hashCode() + Arrays.hashCode(prefix);
    }

    @Override
    public String toString() {
        if (prefix.length == 0) {
            return id;
        }
        StringBuilder text = new StringBuilder(id).append('@');
        for (int i = 0; i < prefix.length; i++) {
            text.append(i == 0 ? "" : ".").append(prefix[i]);
        }
        return text.toString();
    }
}
