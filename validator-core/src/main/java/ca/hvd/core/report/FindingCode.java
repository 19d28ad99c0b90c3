package ca.hvd.core.report;

import java.util.Locale;
import java.util.Optional;

/**
 * The stable catalogue of finding codes. A code's kebab-case id is a contract: reports, options
 * ({@code --severity CODE=…}) and pipelines refer to it, so ids are never renamed or reused.
 * Titles and descriptions live in the message bundles under {@code finding.ID.title},
 * {@code finding.ID.description} and {@code finding.ID.message}.
 */
public enum FindingCode {
    // The file as a whole
    ENCODING_FALLBACK(Scope.FILE, Severity.WARNING),
    ENCODING_MISMATCH(Scope.FILE, Severity.WARNING),
    EMPTY_FILE(Scope.FILE, Severity.ERROR),
    NO_RECORDS(Scope.FILE, Severity.WARNING),
    PREAMBLE_SKIPPED(Scope.FILE, Severity.INFO),
    MALFORMED_CSV(Scope.FILE, Severity.ERROR),
    LIMIT_EXCEEDED(Scope.FILE, Severity.ERROR),

    // The header
    MISSING_COLUMN(Scope.HEADER, Severity.ERROR),
    MISSING_OPTIONAL_COLUMN(Scope.HEADER, Severity.INFO),
    EXTRA_COLUMN(Scope.HEADER, Severity.WARNING),
    DUPLICATE_COLUMN(Scope.HEADER, Severity.ERROR),
    BLANK_HEADER(Scope.HEADER, Severity.WARNING),
    COLUMN_ORDER(Scope.HEADER, Severity.ERROR),
    KNOWN_LAYOUT(Scope.HEADER, Severity.INFO),

    // One record
    RAGGED_ROW(Scope.RECORD, Severity.ERROR),
    BLANK_ROW(Scope.RECORD, Severity.WARNING),
    FILTERED_RECORD(Scope.RECORD, Severity.INFO),

    // One cell
    REQUIRED_MISSING(Scope.CELL, Severity.ERROR),
    TYPE_MISMATCH(Scope.CELL, Severity.ERROR),
    PATTERN_MISMATCH(Scope.CELL, Severity.ERROR),
    NOT_IN_CODELIST(Scope.CELL, Severity.ERROR),
    OUT_OF_RANGE(Scope.CELL, Severity.ERROR),
    LENGTH_OUT_OF_RANGE(Scope.CELL, Severity.ERROR),
    LEADING_TRAILING_SPACE(Scope.CELL, Severity.WARNING),
    INVALID_CHARACTER(Scope.CELL, Severity.ERROR),
    SMALL_COUNT(Scope.CELL, Severity.ERROR),
    DIGIT_OR_SYMBOL(Scope.CELL, Severity.ERROR),
    PLACEHOLDER_VALUE(Scope.CELL, Severity.ERROR),
    LIKELY_MOJIBAKE(Scope.CELL, Severity.ERROR),
    SUPPRESSED_VALUE(Scope.CELL, Severity.INFO),

    // Across fields of a record
    RULE_VIOLATION(Scope.RECORD, Severity.ERROR),

    // Across records
    DUPLICATE_KEY(Scope.DATASET, Severity.ERROR),
    INCONSISTENT_CASE(Scope.DATASET, Severity.WARNING),
    TOTAL_MISMATCH(Scope.DATASET, Severity.ERROR);

    /** What a finding of a code is about. */
    public enum Scope {
        FILE, HEADER, RECORD, CELL, DATASET;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Scope scope;
    private final Severity defaultSeverity;
    private final String id;

    FindingCode(Scope scope, Severity defaultSeverity) {
        this.scope = scope;
        this.defaultSeverity = defaultSeverity;
        this.id = name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The stable kebab-case id, e.g. {@code not-in-codelist}. */
    public String id() {
        return id;
    }

    public Scope scope() {
        return scope;
    }

    /** The severity unless a run changes it. */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** The bundle key of the short title. */
    public String titleKey() {
        return "finding." + id + ".title";
    }

    /** The bundle key of the catalogue description. */
    public String descriptionKey() {
        return "finding." + id + ".description";
    }

    /** The bundle key of the message of one group of findings. */
    public String messageKey() {
        return "finding." + id + ".message";
    }

    /** The code of an id. */
    public static Optional<FindingCode> byId(String id) {
        for (FindingCode code : values()) {
            if (code.id.equals(id)) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
