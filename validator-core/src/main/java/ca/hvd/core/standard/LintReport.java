package ca.hvd.core.standard;

import ca.hvd.core.i18n.Message;
import ca.hvd.core.report.FailOn;
import ca.hvd.core.report.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What {@link StandardLint} found in the standards of a folder: per standard version, its problems.
 * Whether it is clean is derived from the problems and a {@link FailOn} level, as for validation
 * reports.
 *
 * @param directory the folder as the user named it
 * @param standards each standard version found, in folder order
 */
public record LintReport(String directory, List<Checked> standards) {

    public LintReport {
        Objects.requireNonNull(directory, "directory");
        standards = List.copyOf(standards);
    }

    /** Whether no problem of any standard is at or above the level. */
    public boolean clean(FailOn failOn) {
        return standards.stream().allMatch(standard -> standard.clean(failOn));
    }

    /** The number of problems of a severity over all standards. */
    public long count(Severity severity) {
        return standards.stream().mapToLong(standard -> standard.count(severity)).sum();
    }

    /**
     * One standard version of the folder and its problems.
     *
     * @param ref      its id and version, or {@code null} when the folder does not say them
     * @param folder   its folder
     * @param problems its problems, definition first, then examples, then versioning
     */
    public record Checked(StandardRef ref, String folder, List<Problem> problems) {

        public Checked {
            Objects.requireNonNull(folder, "folder");
            problems = List.copyOf(problems);
        }

        /** Whether no problem is at or above the level. */
        public boolean clean(FailOn failOn) {
            return problems.stream().noneMatch(problem -> failOn.fails(problem.severity()));
        }

        /** The number of problems of a severity. */
        public long count(Severity severity) {
            return problems.stream().filter(problem -> problem.severity() == severity).count();
        }
    }

    /**
     * One problem.
     *
     * @param code     what kind of problem
     * @param severity how serious it is
     * @param file     the file it is in
     * @param pointer  a JSON pointer into the file, {@code line N} in a code list, or empty
     * @param field    the field it is about, or {@code null}
     * @param profile  the profile it is about, or {@code null}
     * @param value    the offending value, or {@code null}
     * @param text     what is wrong
     */
    public record Problem(Code code, Severity severity, String file, String pointer, String field, String profile, String value,
                          Message text) {

        public Problem {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(text, "text");
        }
    }

    /** The kinds of problem, each with a stable kebab-case id. */
    public enum Code {
        /** The folder is not laid out as {@code ID/VERSION} and the definition does not say which it is. */
        FOLDER_LAYOUT(Severity.ERROR),
        /**
         * The folder's names are not the id and version of the standard it holds (taken from its
         * definition): {@code --standards-dir} would leave it out.
         */
        FOLDER_NAME(Severity.WARNING),
        /** The definition is not valid JSON, breaks the meta-schema or names what does not exist. */
        DEFINITION_INVALID(Severity.ERROR),
        /** A regular expression of the definition or of a profile does not compile, or needs what RE2 refuses (lookaround, back-references…). */
        PATTERN_INVALID(Severity.ERROR),
        /**
         * A pattern hvd reads (RE2) that JSON Schema's and CSV on the Web's dialect (ECMA-262) reads
         * otherwise, such as {@code (?i)} or {@code \z}: the exports leave it out.
         */
        PATTERN_NOT_PORTABLE(Severity.WARNING),
        /** A code list file is missing or malformed. */
        CODELIST_INVALID(Severity.ERROR),
        /** A profile breaks its meta-schema or names what the standard does not have. */
        PROFILE_INVALID(Severity.ERROR),
        /** A field has no example, so templates and documentation leave it empty. */
        EXAMPLE_MISSING(Severity.WARNING),
        /** The row of the fields' examples gets a finding from the standard's own checks. */
        EXAMPLE_INVALID(Severity.ERROR),
        /** The example row in a profile's layout gets a finding when read through the profile. */
        PROFILE_EXAMPLE_INVALID(Severity.ERROR),
        /** A minor or patch version breaks files of the version before it (semantic versioning). */
        BREAKING_CHANGE(Severity.ERROR);

        private final Severity severity;

        Code(Severity severity) {
            this.severity = severity;
        }

        /** The severity a problem of this kind has unless a finding gives its own. */
        public Severity severity() {
            return severity;
        }

        /** The kebab-case id, e.g. {@code example-invalid}. */
        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }
}
