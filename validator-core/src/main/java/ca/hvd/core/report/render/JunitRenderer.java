package ca.hvd.core.report.render;

import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.DatasetReport;
import ca.hvd.core.report.FindingGroup;
import ca.hvd.core.report.ValidationReport;
import java.io.IOException;
import java.io.Writer;

/**
 * The report as JUnit XML, so that CI systems list conformance like tests: one {@code testsuite}
 * per dataset, one {@code testcase} per finding key (code, field, column, rule), named
 * {@code CODE SUBJECT} in the same words in every language so that test history follows a finding
 * across runs.
 *
 * <ul>
 *   <li>A key at or above the {@code --fail-on} level is a failing test case: a {@code failure}
 *       whose {@code type} is the code, whose message says how many findings there are, and whose
 *       text lists the examples.</li>
 *   <li>A key below that level (an info, or a warning when failing on errors) is a <em>passing</em>
 *       test case whose {@code system-out} holds the same text: it is reported but does not fail,
 *       and is not {@code skipped}, since the check did run.</li>
 *   <li>A dataset without findings has one passing test case, {@code no-findings}.</li>
 * </ul>
 *
 * <p>Test cases carry {@code file} (the dataset as named on the command line) and, when the first
 * example has one, {@code line}, which some reporters turn into annotations. Every suite and case
 * has {@code time="0"}: checks are not timed one by one, and reporters that read the attribute as a
 * number (dorny/test-reporter) need it. Texts are XML-escaped
 * and control characters written as {@code \\uXXXX}, so the document is always well-formed XML 1.0.
 */
final class JunitRenderer implements Renderer {

    /** The name of the test case of a dataset without findings. */
    static final String NO_FINDINGS = "no-findings";

    @Override
    public void render(ValidationReport report, RenderOptions options, Writer out) throws IOException {
        Messages m = Messages.of(options.language());
        int tests = 0;
        int failures = 0;
        for (DatasetReport dataset : report.datasets()) {
            tests += Math.max(1, dataset.findings().size());
            failures += failures(report, dataset);
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"" + x("hvd " + report.standard()) + "\" tests=\"" + tests + "\" failures=\""
                + failures + "\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
        for (DatasetReport dataset : report.datasets()) {
            suite(m, report, dataset, out);
        }
        out.write("</testsuites>\n");
    }

    private static int failures(ValidationReport report, DatasetReport dataset) {
        return (int) dataset.findings().stream().filter(group -> report.failOn().fails(group.severity())).count();
    }

    private static void suite(Messages m, ValidationReport report, DatasetReport dataset, Writer out) throws IOException {
        String file = x(dataset.source());
        out.write("  <testsuite name=\"" + file + "\" tests=\"" + Math.max(1, dataset.findings().size())
                + "\" failures=\"" + failures(report, dataset) + "\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
        out.write("    <properties>\n");
        property("standard", report.standard().toString(), out);
        property("failOn", report.failOn().label(), out);
        if (!report.overrides().overrides().isEmpty()) {
            property("severityOverrides", Texts.overridesLine(report), out);
        }
        property("records", String.valueOf(dataset.records()), out);
        property("verdict", Texts.verdict(m, report, dataset), out);
        out.write("    </properties>\n");
        if (dataset.findings().isEmpty()) {
            out.write("    <testcase classname=\"" + file + "\" name=\"" + NO_FINDINGS + "\" file=\"" + file + "\" time=\"0\"/>\n");
        }
        for (FindingGroup group : dataset.findings()) {
            String subject = Texts.subject(group.key());
            String name = group.key().code().id() + (subject.isEmpty() ? "" : " " + subject);
            out.write("    <testcase classname=\"" + file + "\" name=\"" + x(name) + "\" file=\"" + file + "\" time=\"0\"");
            if (!group.examples().isEmpty() && group.examples().get(0).line() > 0) {
                out.write(" line=\"" + group.examples().get(0).line() + "\"");
            }
            out.write(">\n");
            String summary = m.format("report.junit.summary", Texts.title(m, group),
                    m.format("report.findings.count", group.count())) + " " + Texts.message(m, group);
            if (report.failOn().fails(group.severity())) {
                out.write("      <failure type=\"" + group.key().code().id() + "\" message=\"" + x(summary) + "\">"
                        + details(m, group) + "</failure>\n");
            } else {
                out.write("      <system-out>" + x(summary) + "\n"
                        + x(m.format("report.junit.below", m.format("fail-on." + report.failOn().label()))) + "\n"
                        + details(m, group) + "</system-out>\n");
            }
            out.write("    </testcase>\n");
        }
        out.write("  </testsuite>\n");
    }

    /** The severity, then one line per example, then how many more; each line escaped. */
    private static String details(Messages m, FindingGroup group) {
        StringBuilder text = new StringBuilder(x(Texts.severity(m, group.severity()))).append('\n');
        for (String example : Tables.examples(m, group)) {
            text.append(x(example)).append('\n');
        }
        return text.toString();
    }

    private static void property(String name, String value, Writer out) throws IOException {
        out.write("      <property name=\"" + name + "\" value=\"" + x(value) + "\"/>\n");
    }

    /** XML text or attribute value. */
    private static String x(String text) {
        return Escape.markup(text);
    }
}
