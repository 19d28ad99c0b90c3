package ca.hvd.core.standard;

import ca.hvd.core.i18n.Message;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What changed from one version of a standard to another, each change classified as breaking or
 * not (see {@code docs/standard-lifecycle.md}): a change is <em>breaking</em> when a file that
 * conforms to the older version can fail the newer one, or when a program that reads files by the
 * standard's canonical field names, or runs hvd with one of its profiles, must change. A new
 * required field, a removed code, a tightened range are breaking; a new optional field, an added
 * code, a loosened range are not.
 *
 * <p>Semantic versioning allows breaking changes only in a new major version (from 1.0.0 on: a
 * major version 0 may change anything); {@link #semverViolation()} says when a diff breaks that
 * promise.
 *
 * @param from    the older version
 * @param to      the newer version
 * @param changes every change, table-level first, then fields in the newer canonical order, code
 *                lists, rules, unique keys and profiles
 */
public record StandardDiff(StandardRef from, StandardRef to, List<Change> changes) {

    public StandardDiff {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        changes = List.copyOf(changes);
    }

    /** The changes from {@code older} to {@code newer}. */
    public static StandardDiff between(Standard older, Standard newer) {
        return new StandardDiffer(older, newer).diff();
    }

    /** Whether any change is breaking. */
    public boolean breaking() {
        return changes.stream().anyMatch(Change::breaking);
    }

    /** The breaking changes, in order. */
    public List<Change> breakingChanges() {
        return changes.stream().filter(Change::breaking).toList();
    }

    /** Which part of the version number the newer version raised. */
    public Bump bump() {
        return Bump.of(from, to);
    }

    /**
     * Whether a breaking change comes in a version that semantic versioning reserves for compatible
     * changes: a newer minor or patch version of the same standard, whose major version is 1 or
     * more.
     */
    public boolean semverViolation() {
        Bump bump = bump();
        return breaking() && (bump == Bump.MINOR || bump == Bump.PATCH) && from.version().major() > 0;
    }

    /** How the newer version's number relates to the older one's. */
    public enum Bump {
        /** A higher major version. */
        MAJOR,
        /** The same major version, a higher minor version. */
        MINOR,
        /** The same major and minor versions, a higher patch version. */
        PATCH,
        /** The same version. */
        NONE,
        /** The "newer" version is in fact older. */
        DOWNGRADE,
        /** Two different standards: versions do not compare. */
        UNRELATED;

        /** The lower-case name used in JSON. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Bump of(StandardRef from, StandardRef to) {
            if (!from.id().equals(to.id())) {
                return UNRELATED;
            }
            SemVer a = from.version();
            SemVer b = to.version();
            int order = b.compareTo(a);
            if (order == 0) {
                return NONE;
            }
            if (order < 0) {
                return DOWNGRADE;
            }
            if (b.major() != a.major()) {
                return MAJOR;
            }
            return b.minor() != a.minor() ? MINOR : PATCH;
        }
    }

    /**
     * One change.
     *
     * @param kind     what kind of change
     * @param subject  what it is about: a field, code list, rule id, unique key or profile name;
     *                 {@code null} for the table as a whole
     * @param breaking whether it is breaking
     * @param before   the older value in a language-neutral form (a type, a pattern, a range such
     *                 as {@code ≥ 0, ≤ 10}, a code), or {@code null}
     * @param after    the newer value, likewise, or {@code null}
     * @param text     the change in words
     */
    public record Change(Kind kind, String subject, boolean breaking, String before, String after, Message text) {

        public Change {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(text, "text");
        }
    }

    /** The kinds of change; each has a stable kebab-case id in JSON. */
    public enum Kind {
        STATUS_CHANGED,
        COLUMN_ORDER_CHANGED,
        FIELD_ORDER_CHANGED,
        FIELD_ADDED,
        FIELD_REMOVED,
        FIELD_RENAMED,
        TYPE_CHANGED,
        REQUIRED_CHANGED,
        SEPARATOR_CHANGED,
        PATTERN_CHANGED,
        RANGE_CHANGED,
        LENGTH_CHANGED,
        FIELD_CODELIST_CHANGED,
        ALIAS_ADDED,
        ALIAS_REMOVED,
        SUPPRESSION_CHANGED,
        TEXT_CHECK_ADDED,
        TEXT_CHECK_REMOVED,
        CODELIST_ADDED,
        CODELIST_REMOVED,
        CODE_ADDED,
        CODE_REMOVED,
        CODE_LABEL_CHANGED,
        CODE_ATTRIBUTE_CHANGED,
        RULE_ADDED,
        RULE_REMOVED,
        RULE_CHANGED,
        UNIQUE_KEY_ADDED,
        UNIQUE_KEY_REMOVED,
        PROFILE_ADDED,
        PROFILE_REMOVED,
        PROFILE_CHANGED;

        /** The kebab-case id, e.g. {@code field-added}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
