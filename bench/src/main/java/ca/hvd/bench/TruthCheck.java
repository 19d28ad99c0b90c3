package ca.hvd.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Holds an hvd JSON report of a generated file to the truth file of its injected defects: the same
 * finding groups (code, field, rule) with the same counts, each group's examples on the first lines
 * of its defects in file order, and each duplicate's example naming the line of the first
 * occurrence.
 *
 * <p>Usage: {@code TruthCheck REPORT.json TRUTH.csv}; exits with 0 when they agree, else prints the
 * differences and exits with 1.
 */
public final class TruthCheck {

    private static final Pattern LINE = Pattern.compile("(\\d+)");

    private TruthCheck() {
    }

    public static void main(String[] args) throws IOException {
        List<String> problems = compare(new ObjectMapper().readTree(Files.readString(Path.of(args[0]))), Path.of(args[1]));
        if (problems.isEmpty()) {
            System.out.println("the report agrees with the truth file");
            return;
        }
        problems.forEach(System.out::println);
        System.exit(1);
    }

    /** One injected defect. */
    record Fact(long line, long firstLine) {
    }

    /** The differences between a report and the truth; empty when they agree. */
    public static List<String> compare(JsonNode report, Path truth) throws IOException {
        Map<String, List<Fact>> expected = new TreeMap<>();
        List<String> lines = Files.readAllLines(truth);
        for (String row : lines.subList(1, lines.size())) {
            String[] cells = row.split(",", -1);
            expected.computeIfAbsent(cells[1] + "/" + cells[2] + "/" + cells[3], key -> new ArrayList<>())
                    .add(new Fact(Long.parseLong(cells[0]), cells[4].isEmpty() ? 0 : Long.parseLong(cells[4])));
        }
        List<String> problems = new ArrayList<>();
        JsonNode dataset = report.path("datasets").path(0);
        Map<String, JsonNode> found = new TreeMap<>();
        for (JsonNode group : dataset.path("findings")) {
            String rule = group.path("rule").isNull() ? "" : group.path("rule").asString();
            found.put(group.path("code").asString() + "/" + group.path("field").asString() + "/" + rule, group);
        }
        if (!found.keySet().equals(expected.keySet())) {
            problems.add("finding groups: expected " + expected.keySet() + ", found " + found.keySet());
        }
        expected.forEach((key, facts) -> {
            JsonNode group = found.get(key);
            if (group == null) {
                return;
            }
            if (group.path("count").asLong() != facts.size()) {
                problems.add(key + ": expected " + facts.size() + " findings, found " + group.path("count").asLong());
            }
            JsonNode examples = group.path("examples");
            for (int i = 0; i < examples.size(); i++) {
                JsonNode example = examples.get(i);
                Fact fact = i < facts.size() ? facts.get(i) : null;
                if (fact == null || example.path("line").asLong() != fact.line()) {
                    problems.add(key + ": example " + (i + 1) + " is on line " + example.path("line").asLong()
                            + ", expected " + (fact == null ? "none" : fact.line()));
                } else if (fact.firstLine() > 0) {
                    Matcher first = LINE.matcher(example.path("detail").asString());
                    if (!first.find() || Long.parseLong(first.group(1)) != fact.firstLine()) {
                        problems.add(key + ": example on line " + fact.line() + " says \"" + example.path("detail").asString()
                                + "\", expected first line " + fact.firstLine());
                    }
                }
            }
        });
        return problems;
    }
}
