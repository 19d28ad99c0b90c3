package ca.hvd.core.standard;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The exact identity of one version of a standard, written {@code id@1.0.0}.
 *
 * @param id      the standard's kebab-case identifier, e.g. {@code newborn-names}
 * @param version its version
 */
public record StandardRef(String id, SemVer version) implements Comparable<StandardRef> {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public StandardRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        if (!isValidId(id)) {
            throw new IllegalArgumentException("'" + id + "' is not a standard id (lower-case words joined by '-')");
        }
    }

    /** Whether the text is a valid standard id. */
    public static boolean isValidId(String id) {
        return ID.matcher(id).matches();
    }

    @Override
    public int compareTo(StandardRef other) {
        int byId = id.compareTo(other.id);
        return byId != 0 ? byId : version.compareTo(other.version);
    }

    @Override
    public String toString() {
        return id + "@" + version;
    }
}
