package ca.hvd.core.report.render;

import static ca.hvd.core.report.render.JsonRenderer.NODES;
import static ca.hvd.core.report.render.JsonRenderer.putNullable;

import ca.hvd.core.i18n.ComparisonMessages;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.ComparedDataset;
import ca.hvd.core.report.ComparisonReport;
import ca.hvd.core.report.DimensionResult;
import ca.hvd.core.report.Evidence;
import ca.hvd.core.report.FailOn;
import ca.hvd.core.report.FieldComparison;
import ca.hvd.core.report.OtherValues;
import ca.hvd.core.report.FindingGroup;
import ca.hvd.core.report.Severity;
import ca.hvd.core.standard.Dimension;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The machine-readable comparison, {@code comparisonVersion} {@value #COMPARISON_VERSION},
 * documented in {@code docs/compare.md}: every figure of the other formats, structured. Texts
 * ({@code title}, {@code reason}) are in the report's language; everything else is language-neutral.
 */
final class ComparisonJsonRenderer implements ComparisonRenderer {

    /** Bumped only for changes that break readers; new properties may appear within a version. */
    static final int COMPARISON_VERSION = 1;

    @Override
    public void render(ComparisonReport report, RenderOptions options, Writer out) throws IOException {
        JsonRenderer.write(tree(report, options.language()), out);
    }

    static ObjectNode tree(ComparisonReport report, Language language) {
        Messages m = ComparisonMessages.of(language);
        ObjectNode root = NODES.objectNode();
        root.put("comparisonVersion", COMPARISON_VERSION);
        JsonRenderer.identify(root, report.toolVersion(), report.standard(), report.standardTitle(), language);
        root.put("language", language.code());
        root.put("verdict", report.verdict().label());
        root.put("comparable", report.comparable());
        List<String> labels = report.datasets().stream().map(ComparedDataset::label).toList();
        ArrayNode datasets = root.putArray("datasets");
        report.datasets().forEach(dataset -> datasets.add(dataset(dataset)));
        ArrayNode dimensions = root.putArray("dimensions");
        for (DimensionResult result : report.dimensions()) {
            ObjectNode node = dimensions.addObject();
            Dimension dimension = result.dimension();
            node.put("id", dimension.id());
            node.put("kind", dimension.kind());
            node.put("title", dimension.title().in(language));
            putNullable(node, "description", dimension.description() == null ? null : dimension.description().in(language));
            ArrayNode fields = node.putArray("fields");
            dimension.fields().forEach(fields::add);
            node.put("verdict", result.verdict().label());
            node.put("reason", m.format(result.reason()));
            node.set("evidence", evidence(result, labels));
        }
        ObjectNode fields = root.putObject("fields");
        for (FieldComparison field : report.fields()) {
            ArrayNode perDataset = fields.putArray(field.field());
            for (int i = 0; i < labels.size(); i++) {
                perDataset.add(facts(labels.get(i), field.datasets().get(i)));
            }
        }
        return root;
    }

    private static ObjectNode dataset(ComparedDataset dataset) {
        ObjectNode node = NODES.objectNode();
        node.put("label", dataset.label());
        node.put("source", dataset.conformance().source());
        putNullable(node, "profile", dataset.profile());
        ObjectNode constants = node.putObject("constants");
        dataset.constants().forEach(constants::put);
        node.put("records", dataset.conformance().records());
        node.put("rows", dataset.rows());
        node.put("conformant", dataset.conformance().conformant(FailOn.ERROR));
        ObjectNode counts = node.putObject("counts");
        for (Severity severity : Severity.values()) {
            counts.put(severity.label(), dataset.conformance().count(severity));
        }
        ArrayNode findings = node.putArray("findings");
        for (FindingGroup group : dataset.conformance().findings()) {
            ObjectNode finding = findings.addObject();
            finding.put("code", group.key().code().id());
            finding.put("severity", group.severity().label());
            putNullable(finding, "field", group.key().field());
            putNullable(finding, "column", group.key().column());
            putNullable(finding, "rule", group.key().rule());
            finding.put("count", group.count());
        }
        return node;
    }

    private static ObjectNode facts(String label, FieldComparison.Facts facts) {
        ObjectNode node = NODES.objectNode();
        node.put("dataset", label);
        node.put("origin", facts.origin().label());
        putNullable(node, "column", facts.column());
        node.put("filled", facts.filled());
        node.put("rows", facts.rows());
        node.put("fillRate", facts.fillRate());
        ObjectNode distinct = node.putObject("distinct");
        distinct.put("count", facts.distinct());
        distinct.put("exact", facts.distinctExact());
        putNullable(node, "min", facts.min());
        putNullable(node, "max", facts.max());
        if (facts.codes() == null) {
            node.putNull("codes");
            node.putNull("otherValues");
        } else {
            node.set("codes", counts(facts.codes(), "code", "rows"));
            node.set("otherValues", others(facts.others()));
        }
        ObjectNode findings = node.putObject("findings");
        facts.findings().forEach((severity, count) -> findings.put(severity.label(), count));
        ArrayNode top = node.putArray("topFindings");
        facts.topFindings().forEach(top::add);
        return node;
    }

    private static ObjectNode evidence(DimensionResult result, List<String> labels) {
        ObjectNode node = NODES.objectNode();
        Evidence evidence = result.evidence();
        ArrayNode datasets = NODES.arrayNode();
        if (evidence instanceof Evidence.Range range) {
            putNullable(node, "from", range.from());
            putNullable(node, "to", range.to());
            for (int i = 0; i < labels.size(); i++) {
                Evidence.Span span = range.datasets().get(i);
                ObjectNode item = datasets.addObject().put("dataset", labels.get(i));
                putNullable(item, "min", span.min());
                putNullable(item, "max", span.max());
                item.put("distinct", span.distinct());
                if (span.missing() == null) {
                    item.putNull("missing");
                } else {
                    item.put("missing", span.missing());
                }
            }
        } else if (evidence instanceof Evidence.Codes codes) {
            ArrayNode common = node.putArray("common");
            codes.common().forEach(common::add);
            for (int i = 0; i < labels.size(); i++) {
                ObjectNode item = datasets.addObject().put("dataset", labels.get(i)).put("complete", codes.complete().get(i));
                item.set("codes", counts(codes.datasets().get(i), "code", "rows"));
                item.set("otherValues", others(codes.others().get(i)));
            }
        } else if (evidence instanceof Evidence.Coverage coverage) {
            for (int i = 0; i < labels.size(); i++) {
                ObjectNode item = datasets.addObject().put("dataset", labels.get(i)).put("rows", coverage.rows().get(i));
                ObjectNode filled = item.putObject("filled");
                for (int f = 0; f < coverage.fields().size(); f++) {
                    filled.put(coverage.fields().get(f), coverage.datasets().get(i).get(f));
                }
            }
        } else if (evidence instanceof Evidence.Minimum minimum) {
            if (minimum.threshold() == null) {
                node.putNull("threshold");
            } else {
                node.put("threshold", minimum.threshold());
            }
            for (int i = 0; i < labels.size(); i++) {
                Evidence.Smallest smallest = minimum.datasets().get(i);
                ObjectNode item = datasets.addObject().put("dataset", labels.get(i));
                putNullable(item, "min", smallest.min());
                item.put("groups", smallest.groups()).put("groupsAtMin", smallest.atMin());
                if (smallest.groupMax() == null) {
                    item.putNull("largestGroupMinimum");
                } else {
                    item.put("largestGroupMinimum", smallest.groupMax());
                }
                item.put("fixed", smallest.fixed());
            }
        } else if (evidence instanceof Evidence.Top top) {
            node.put("n", top.n());
            for (int i = 0; i < labels.size(); i++) {
                Evidence.TopShare share = top.datasets().get(i);
                datasets.addObject().put("dataset", labels.get(i)).put("groups", share.groups())
                        .put("medianRows", share.medianRows()).put("maxRows", share.maxRows()).put("share", share.share())
                        .put("smallest", share.smallest()).put("cut", share.cut());
            }
        } else {
            Evidence.Measure measure = (Evidence.Measure) evidence;
            Dimension.Measure dimension = (Dimension.Measure) result.dimension();
            node.put("aggregate", dimension.aggregate().label());
            putNullable(node, "of", dimension.of());
            ArrayNode by = node.putArray("by");
            dimension.by().forEach(by::add);
            node.put("commonGroups", measure.common());
            for (int i = 0; i < labels.size(); i++) {
                datasets.addObject().put("dataset", labels.get(i)).put("exact", measure.exact().get(i))
                        .put("maxError", measure.maxError().get(i)).put("total", measure.totals().get(i));
            }
            ArrayNode groups = node.putArray("groups");
            for (Evidence.Cell cell : measure.cells()) {
                ObjectNode item = groups.addObject();
                ArrayNode key = item.putArray("key");
                cell.key().forEach(key::add);
                ArrayNode values = item.putArray("values");
                cell.values().forEach(value -> {
                    if (value == null) {
                        values.addNull();
                    } else {
                        values.add(value);
                    }
                });
            }
            ArrayNode distances = node.putArray("distances");
            for (Evidence.Distance distance : measure.distances()) {
                distances.addObject().put("first", distance.first()).put("second", distance.second())
                        .put("totalVariation", distance.totalVariation());
            }
        }
        node.set("datasets", datasets);
        return node;
    }

    private static ObjectNode others(OtherValues others) {
        ObjectNode node = NODES.objectNode().put("rows", others.rows());
        ArrayNode examples = node.putArray("examples");
        others.examples().forEach(examples::add);
        return node;
    }

    private static ArrayNode counts(Map<String, Long> counts, String name, String count) {
        ArrayNode array = NODES.arrayNode();
        counts.forEach((value, rows) -> array.addObject().put(name, value).put(count, rows));
        return array;
    }
}
