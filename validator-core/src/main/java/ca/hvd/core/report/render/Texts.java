package ca.hvd.core.report.render;

import ca.hvd.core.i18n.Message;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.Example;
import ca.hvd.core.report.FindingGroup;
import ca.hvd.core.report.FindingKey;
import ca.hvd.core.report.Severity;
import ca.hvd.core.report.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The wording shared by every renderer: titles, messages and example details of findings, verdicts,
 * counts and the result of a run. Every text is plain (not escaped); renderers escape what comes
 * from the data for their format.
 */
final class Texts {

    private Texts() {
    }

    /**
     * A number as reports write it: without an exponent, unless that would write more digits than an
     * example's value holds ({@code 1e999999999} stays {@code 1E+999999999}).
     */
    static String number(java.math.BigDecimal number) {
        return Math.abs((long) number.scale()) <= Example.MAX_VALUE_LENGTH ? number.toPlainString() : number.toString();
    }

    /** The short title of a finding's code. */
    static String title(Messages messages, FindingGroup group) {
        return messages.format(group.key().code().titleKey());
    }

    /** The message of a group of findings. */
    static String message(Messages messages, FindingGroup group) {
        return messages.format(group.message());
    }

    /** The detail of one example (e.g. "first seen on line 3"), when its code has one. */
    static Optional<String> detail(Messages messages, FindingGroup group, Example example) {
        String key = "finding." + group.key().code().id() + ".example";
        if (example.args().isEmpty() || !messages.has(key)) {
            return Optional.empty();
        }
        return Optional.of(messages.format(new Message(key, example.args())));
    }

    /** Where an example is: {@code line 3}, or {@code file} for a finding about the whole file. */
    static String where(Messages messages, Example example) {
        return example.line() > 0 ? messages.format("text.line", example.line()) : messages.format("text.file");
    }

    /**
     * What a finding key is about, language-neutral: the field, then the column as the file names it
     * in brackets when it differs from the field and the rule (and has a name), then the rule in
     * braces when it differs from the field; empty when none. The
     * column comes from the data: escape the result for the output.
     */
    static String subject(FindingKey key) {
        List<String> parts = new ArrayList<>();
        if (key.field() != null) {
            parts.add(key.field());
        }
        // a blank header's column has no name: its examples say which column it is; a unique key
        // whose columns are named as its fields is said once, as the rule
        if (key.column() != null && !key.column().isEmpty() && !key.column().equals(key.field())
                && !key.column().equals(key.rule())) {
            parts.add("[" + key.column() + "]");
        }
        if (key.rule() != null && !key.rule().equals(key.field())) {
            parts.add("{" + key.rule() + "}");
        }
        return String.join(" ", parts);
    }

    /** {@code CONFORMANT} or {@code NOT CONFORMANT}, for a dataset at the run's level. */
    static String verdict(Messages messages, ValidationReport report, DatasetReport dataset) {
        return messages.format(dataset.conformant(report.failOn()) ? "verdict.conformant" : "verdict.not-conformant");
    }

    /** {@code 9 errors, 1 warning, 0 info (fails on: error)}. */
    static String counts(Messages messages, ValidationReport report, DatasetReport dataset) {
        return messages.format("text.counts", dataset.count(Severity.ERROR), dataset.count(Severity.WARNING),
                dataset.count(Severity.INFO), Message.of("fail-on." + report.failOn().label()));
    }

    /** {@code 11 records, UTF-8, delimiter ",", header on line 1}. */
    static String source(Messages messages, DatasetReport dataset) {
        String bom = dataset.format().bom() == null ? "" : messages.format("text.bom", dataset.format().bom());
        return messages.format("text.source", dataset.records(), dataset.format().encoding(), bom,
                dataset.format().delimiterLabel(), dataset.format().headerLine());
    }

    /** {@code Result: NOT CONFORMANT (1 of 2 files not conformant).} */
    static String result(Messages messages, ValidationReport report) {
        long failing = report.datasets().stream().filter(d -> !d.conformant(report.failOn())).count();
        return messages.format(report.conformant() ? "text.result.conformant" : "text.result.not-conformant",
                failing, report.datasets().size());
    }

    /**
     * {@code hvd 0.1.0 · newborn-names@1.0.0 (Newborn names)}, then the layout when the files were
     * read through a profile or with constants: {@code · profile on, sex=F}.
     */
    static String heading(Messages messages, ValidationReport report) {
        String heading = messages.format("text.heading", "hvd", report.toolVersion(), report.standard().toString(),
                report.standardTitle().in(messages.language()));
        java.util.List<String> layout = new java.util.ArrayList<>();
        if (report.profile() != null) {
            layout.add(messages.format("text.profile", report.profile()));
        }
        report.constants().forEach((field, value) -> layout.add(field + "=" + value));
        if (!report.overrides().overrides().isEmpty()) {
            layout.add(messages.format("text.severity-overrides", overridesLine(report)));
        }
        return layout.isEmpty() ? heading : heading + " · " + String.join(", ", layout);
    }

    /** The severities the run changed as on the command line: {@code duplicate-key=off, blank-row=info}. */
    static String overridesLine(ValidationReport report) {
        List<String> changed = new ArrayList<>();
        overrides(report).forEach((code, level) -> changed.add(code + "=" + level));
        return String.join(", ", changed);
    }

    /**
     * The severities the run changed ({@code --severity}), code by code in catalogue order: the
     * level's id, or {@code off}; the same words in every language, as on the command line.
     */
    static java.util.Map<String, String> overrides(ValidationReport report) {
        java.util.Map<String, String> changed = new java.util.LinkedHashMap<>();
        new java.util.TreeMap<>(report.overrides().overrides())
                .forEach((code, level) -> changed.put(code.id(), level.map(Severity::label).orElse("off")));
        return changed;
    }

    /** The label of a severity in the messages' language. */
    static String severity(Messages messages, Severity severity) {
        return messages.format("severity." + severity.label());
    }
}
