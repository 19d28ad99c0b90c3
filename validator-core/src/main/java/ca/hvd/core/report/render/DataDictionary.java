package ca.hvd.core.report.render;

import ca.hvd.core.Hvd;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Message;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.standard.Basis;
import ca.hvd.core.standard.Code;
import ca.hvd.core.standard.CodeList;
import ca.hvd.core.standard.ConstraintWords;
import ca.hvd.core.standard.Field;
import ca.hvd.core.standard.FieldSource;
import ca.hvd.core.standard.Profile;
import ca.hvd.core.standard.Rule;
import ca.hvd.core.standard.Standard;
import ca.hvd.core.standard.StandardDiff;
import ca.hvd.core.standard.StandardException;
import ca.hvd.core.standard.StandardRef;
import ca.hvd.core.standard.StandardRegistry;
import ca.hvd.core.standard.UniqueKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The data dictionary of a standard version ({@code hvd standards docs}), for the steward who
 * reads it rather than the program that checks files: what it is based on, each field with its type
 * and constraints in words ({@link ConstraintWords}), header names and example, the rules, every
 * code list with its labels, the publishers' layouts (profiles) with where each field is read from,
 * and the version history of the standard, each version with what changed from the one before
 * ({@link StandardDiff}). In Markdown or as one self-contained HTML page, in English or French.
 * Texts of the standard are escaped for the format.
 */
public final class DataDictionary {

    /** The formats a data dictionary is written in. */
    public enum Format {
        MARKDOWN, HTML;

        /** The lower-case name used in options. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private DataDictionary() {
    }

    /**
     * The versions of a standard the registry has, oldest first, loaded; versions whose definition
     * is broken are left out.
     */
    public static List<Standard> history(StandardRegistry registry, String id) {
        List<Standard> versions = new ArrayList<>();
        for (StandardRef ref : registry.available()) {
            if (ref.id().equals(id)) {
                try {
                    versions.add(registry.load(ref));
                } catch (StandardException e) {
                    // a broken version has no place in the history of the others
                }
            }
        }
        return versions;
    }

    /**
     * Writes the dictionary of a standard.
     *
     * @param history the versions of the standard, oldest first (see {@link #history}); the
     *                standard itself is marked among them
     */
    public static void render(Standard standard, List<Standard> history, Format format, Language language, Writer out)
            throws IOException {
        Page page = format == Format.HTML ? new HtmlPage(out) : new MarkdownPage(out);
        try {
            new Writing(standard, history, Messages.of(language), page).write();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Writes the parts of the dictionary on a page. */
    private record Writing(Standard standard, List<Standard> history, Messages m, Page page) {

        void write() {
            Language lang = m.language();
            page.start(m.format("dict.title", standard.title().in(lang), standard.ref().toString()), lang);
            page.paragraph(m.format("dict.meta", standard.ref().version().toString(),
                    Message.of("standard.status." + standard.status()), Hvd.name() + " " + Hvd.version()));
            if (standard.description() != null) {
                page.paragraph(standard.description().in(lang));
            }
            basis(standard.basedOn());
            fields();
            rules();
            codeLists();
            profiles();
            versions();
            page.end();
        }

        private void basis(List<Basis> basedOn) {
            Language lang = m.language();
            page.heading(2, m.format("dict.basis"));
            List<String> items = new ArrayList<>();
            for (Basis basis : basedOn) {
                String item = basis.title().in(lang) + " (" + basis.publisher() + ")" + (basis.url() == null ? "" : " " + basis.url());
                items.add(basis.note() == null ? item : m.labelled(item, basis.note().in(lang)));
            }
            page.list(items);
        }

        private void fields() {
            Language lang = m.language();
            page.heading(2, m.format("dict.fields"));
            List<List<String>> rows = new ArrayList<>();
            for (Field field : standard.fields()) {
                String words = m.list(ConstraintWords.of(standard, field).stream().map(m::format).toList());
                rows.add(List.of(field.name(), field.title().in(lang), words, String.join(", ", field.aliases().all()),
                        field.example() == null ? "" : field.example(), field.description() == null ? "" : field.description().in(lang)));
            }
            page.table(List.of(m.format("dict.column.field"), m.format("dict.column.title"), m.format("dict.column.constraints"),
                    m.format("dict.column.aliases"), m.format("dict.column.example"), m.format("dict.column.description")), rows);
        }

        private void rules() {
            if (standard.uniqueKeys().isEmpty() && standard.rules().isEmpty()) {
                return;
            }
            page.heading(2, m.format("dict.rules"));
            List<String> items = new ArrayList<>();
            for (UniqueKey key : standard.uniqueKeys()) {
                items.add(m.format("dict.unique-key", key.label()));
            }
            for (Rule rule : standard.rules()) {
                items.add(m.labelled(rule.id(), m.format(rule.description())));
            }
            page.list(items);
        }

        private void codeLists() {
            if (standard.codeLists().isEmpty()) {
                return;
            }
            Language lang = m.language();
            page.heading(2, m.format("dict.codelists"));
            for (CodeList list : standard.codeLists().values()) {
                page.heading(3, m.format("dict.codelist", list.title().in(lang), list.name()));
                List<String> usedBy = standard.fields().stream()
                        .filter(f -> list.name().equals(f.codeList()) || list.name().equals(f.text().placeholders()))
                        .map(Field::name).toList();
                page.paragraph(m.format("dict.codelist.meta", list.entries().size(), list.file(), usedBy.isEmpty() ? 0 : 1,
                        String.join(", ", usedBy)));
                List<String> header = new ArrayList<>(List.of(m.format("dict.column.code"), m.format("dict.column.label-en"),
                        m.format("dict.column.label-fr")));
                header.addAll(list.attributes());
                List<List<String>> rows = new ArrayList<>();
                for (Code code : list.entries()) {
                    List<String> row = new ArrayList<>(List.of(code.code(), code.label().en(), code.label().fr()));
                    list.attributes().forEach(attribute -> row.add(code.attributes().getOrDefault(attribute, "")));
                    rows.add(row);
                }
                page.table(header, rows);
            }
        }

        private void profiles() {
            if (standard.profiles().isEmpty()) {
                return;
            }
            Language lang = m.language();
            page.heading(2, m.format("dict.profiles"));
            page.paragraph(m.format("dict.profiles.intro"));
            for (Profile profile : standard.profiles().values()) {
                page.heading(3, m.format("dict.profile", profile.name(), profile.title().in(lang)));
                if (profile.description() != null) {
                    page.paragraph(profile.description().in(lang));
                }
                List<String> facts = new ArrayList<>();
                for (Basis basis : profile.basedOn()) {
                    facts.add(m.format("dict.profile.basis", basis.title().in(lang), basis.publisher()));
                }
                Profile.SourceHints source = profile.source();
                if (source.encoding() != null) {
                    // a profile that expects UTF-8 says so; another encoding is the one read when the bytes are not UTF-8
                    boolean utf8 = "UTF-8".equalsIgnoreCase(source.encoding()) || "UTF8".equalsIgnoreCase(source.encoding());
                    facts.add(m.format(utf8 ? "dict.profile.encoding.utf8" : "dict.profile.encoding", source.encoding()));
                }
                if (source.delimiter() != null) {
                    facts.add(m.format("dict.profile.delimiter", source.delimiter() == '\t' ? "tab" : source.delimiter().toString()));
                }
                if (source.headerLine() != null) {
                    facts.add(m.format("dict.profile.header-line", source.headerLine()));
                }
                if (!profile.parameters().isEmpty()) {
                    facts.add(m.format("dict.profile.parameters",
                            profile.parameters().stream().map(p -> "--set " + p + "=…").collect(Collectors.joining(", "))));
                }
                if (!profile.ignored().isEmpty()) {
                    facts.add(m.format("dict.profile.ignored", String.join(", ", profile.ignored())));
                }
                Profile.Wide wide = profile.wide();
                if (wide != null) {
                    facts.add(m.format("dict.profile.wide", wide.columns(), wide.key(), wide.value(),
                            wide.suppressed().isEmpty() ? 0 : 1, wide.suppressed().stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(", ")),
                            wide.total().isEmpty() ? 0 : 1, String.join(", ", wide.total())));
                    if (wide.totalsRow() != null) {
                        facts.add(m.format("dict.profile.totals-row", wide.totalsRow().field(), wide.totalsRow().pattern()));
                    }
                }
                if (profile.filter() != null) {
                    facts.add(m.format("dict.profile.filter", String.join(", ", profile.filter().column()),
                            String.join(", ", profile.filter().keep())));
                }
                if (!profile.severities().isEmpty()) {
                    facts.add(m.format("dict.profile.severities", profile.severities().entrySet().stream()
                            .map(e -> e.getKey().id() + "=" + e.getValue().map(s -> s.label()).orElse("off"))
                            .sorted().collect(Collectors.joining(", "))));
                }
                page.list(facts);
                List<List<String>> rows = new ArrayList<>();
                for (Field field : standard.fields()) {
                    rows.add(List.of(field.name(), source(profile, field)));
                }
                page.table(List.of(m.format("dict.column.field"), m.format("dict.column.read-from")), rows);
            }
        }

        /** Where a profile reads a field from, in words. */
        private String source(Profile profile, Field field) {
            Profile.Wide wide = profile.wide();
            if (wide != null && field.name().equals(wide.key())) {
                return m.format("dict.source.wide-key");
            }
            if (wide != null && field.name().equals(wide.value())) {
                return m.format("dict.source.wide-value");
            }
            FieldSource source = profile.fields().get(field.name());
            if (source == null) {
                return m.format("dict.source.default", field.name());
            }
            if (source instanceof FieldSource.Constant constant) {
                return m.format("dict.source.constant", constant.value());
            }
            if (source instanceof FieldSource.Parameter) {
                return m.format("dict.source.parameter", field.name());
            }
            if (source instanceof FieldSource.Absent) {
                return m.format("dict.source.absent");
            }
            FieldSource.Column column = (FieldSource.Column) source;
            List<String> parts = new ArrayList<>();
            parts.add(m.format("dict.source.column", String.join(" | ", column.names())));
            if (!column.fallback().isEmpty()) {
                parts.add(m.format("dict.source.fallback", String.join(" | ", column.fallback())));
            }
            if (column.extract() != null) {
                parts.add(m.format("dict.source.extract", column.extract().pattern(), column.extract().group()));
            }
            FieldSource.Translate translate = column.translate();
            if (translate != null) {
                if (!translate.map().isEmpty()) {
                    parts.add(m.format("dict.source.translate", translate.map().entrySet().stream()
                            .sorted(Map.Entry.comparingByKey())
                            .map(e -> e.getKey() + " → " + e.getValue()).collect(Collectors.joining(", "))));
                }
                if (translate.codeList() != null) {
                    parts.add(m.format("dict.source.translate-list", translate.codeList(), translate.by()));
                }
            }
            return m.list(parts);
        }

        private void versions() {
            page.heading(2, m.format("dict.history"));
            List<List<String>> rows = new ArrayList<>();
            Standard previous = null;
            for (Standard version : history) {
                String name = version.ref().version().toString();
                if (version.ref().equals(standard.ref())) {
                    name = m.format("dict.history.this", name);
                }
                String changes;
                if (previous == null) {
                    changes = m.format("dict.history.first");
                } else {
                    StandardDiff diff = StandardDiff.between(previous, version);
                    List<String> lines = new ArrayList<>();
                    for (StandardDiff.Change change : diff.changes()) {
                        lines.add(change.breaking() ? m.labelled(m.format("diff.breaking"), m.format(change.text())) : m.format(change.text()));
                    }
                    changes = lines.isEmpty() ? m.format("dict.history.same") : String.join("\n", lines);
                }
                rows.add(List.of(name, m.format("standard.status." + version.status()), changes));
                previous = version;
            }
            page.table(List.of(m.format("dict.column.version"), m.format("dict.column.status"), m.format("dict.column.changes")), rows);
        }
    }

    /** Where the dictionary is written: Markdown or HTML. Texts are plain; the page escapes them. */
    private interface Page {
        void start(String title, Language language);

        void heading(int level, String text);

        void paragraph(String text);

        void list(List<String> items);

        /** A table; a cell's line breaks are kept as line breaks within the cell. */
        void table(List<String> header, List<List<String>> rows);

        void end();
    }

    private abstract static class Output {
        private final Writer out;

        Output(Writer out) {
            this.out = out;
        }

        void write(String text) {
            try {
                out.write(text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** GitHub-flavoured Markdown; every text escaped with {@link Escape#markdown}. */
    private static final class MarkdownPage extends Output implements Page {
        MarkdownPage(Writer out) {
            super(out);
        }

        @Override
        public void start(String title, Language language) {
            write("# " + Escape.markdown(title) + "\n");
        }

        @Override
        public void heading(int level, String text) {
            write("\n" + "#".repeat(level) + " " + Escape.markdown(text) + "\n");
        }

        @Override
        public void paragraph(String text) {
            write("\n" + Escape.markdown(text) + "\n");
        }

        @Override
        public void list(List<String> items) {
            write("\n");
            items.forEach(item -> write("- " + Escape.markdown(item) + "\n"));
        }

        @Override
        public void table(List<String> header, List<List<String>> rows) {
            write("\n| " + header.stream().map(Escape::markdown).collect(Collectors.joining(" | ")) + " |\n");
            write("|" + "---|".repeat(header.size()) + "\n");
            for (List<String> row : rows) {
                write("| " + row.stream().map(cell -> String.join("<br>",
                        cell.lines().map(Escape::markdown).toList())).collect(Collectors.joining(" | ")) + " |\n");
            }
        }

        @Override
        public void end() {
        }
    }

    /** One self-contained HTML page: inline style, no script, nothing fetched; every text escaped with {@link Escape#markup}. */
    private static final class HtmlPage extends Output implements Page {
        private static final String STYLE = """
                body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:72rem;padding:1rem 1.5rem;color:#1b1b1b}
                h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}h3{font-size:1rem;margin-top:1.5rem}
                table{border-collapse:collapse;width:100%;margin:.5rem 0}
                th,td{border-bottom:1px solid #e5e5e5;padding:.35rem .5rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
                td:first-child{white-space:nowrap}
                th{background:#f3f3f3}
                """;

        HtmlPage(Writer out) {
            super(out);
        }

        @Override
        public void start(String title, Language language) {
            write("<!DOCTYPE html>\n<html lang=\"" + language.code() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                    + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + HtmlRenderer.CONTENT_SECURITY_POLICY + "\">\n"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    + "<title>" + Escape.markup(title) + "</title>\n<style>\n" + STYLE + "</style>\n</head>\n<body>\n"
                    + "<h1>" + Escape.markup(title) + "</h1>\n");
        }

        @Override
        public void heading(int level, String text) {
            write("<h" + level + ">" + Escape.markup(text) + "</h" + level + ">\n");
        }

        @Override
        public void paragraph(String text) {
            write("<p>" + Escape.markup(text) + "</p>\n");
        }

        @Override
        public void list(List<String> items) {
            write("<ul>\n");
            items.forEach(item -> write("<li>" + Escape.markup(item) + "</li>\n"));
            write("</ul>\n");
        }

        @Override
        public void table(List<String> header, List<List<String>> rows) {
            write("<table>\n<thead><tr>" + header.stream().map(h -> "<th>" + Escape.markup(h) + "</th>").collect(Collectors.joining())
                    + "</tr></thead>\n<tbody>\n");
            for (List<String> row : rows) {
                write("<tr>" + row.stream().map(cell -> "<td>" + String.join("<br>", cell.lines().map(Escape::markup).toList()) + "</td>")
                        .collect(Collectors.joining()) + "</tr>\n");
            }
            write("</tbody>\n</table>\n");
        }

        @Override
        public void end() {
            write("</body>\n</html>\n");
        }
    }
}
