package ca.hvd.cli;

import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Message;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.report.render.TextLines;
import ca.hvd.core.standard.Basis;
import ca.hvd.core.standard.Code;
import ca.hvd.core.standard.CodeList;
import ca.hvd.core.standard.ConstraintWords;
import ca.hvd.core.standard.Field;
import ca.hvd.core.standard.Profile;
import ca.hvd.core.standard.Rule;
import ca.hvd.core.standard.Standard;
import ca.hvd.core.standard.StandardException;
import ca.hvd.core.standard.StandardRef;
import ca.hvd.core.standard.StandardRegistry;
import ca.hvd.core.standard.UniqueKey;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hvd standards}: what standards exist and what each says. */
@Command(name = "standards", mixinStandardHelpOptions = true,
        subcommands = {StandardsCommand.ListCommand.class, StandardsCommand.ShowCommand.class, StandardsLintCommand.class,
            StandardsDiffCommand.class, StandardsDocsCommand.class, StandardsExportCommand.class})
final class StandardsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(TerminalWriter.raw(spec.commandLine().getErr()));
        return ExitCode.USAGE.code();
    }

    /**
     * {@code hvd standards list}: every standard, its versions, title, what its newest version is
     * based on and its profiles. A version that cannot be loaded (a broken definition in
     * {@code --standards-dir}) is marked, the others still listed, and its problems said on
     * standard error after the list, with exit code 3.
     */
    @Command(name = "list", mixinStandardHelpOptions = true)
    static final class ListCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        StandardsOption standards;

        @Mixin
        LanguageOption language;

        @Mixin
        VerboseOption verbose;

        @Override
        public Integer call() {
            return list(spec, standards.registry(), language.language(spec));
        }
    }

    /** The list of standards, as {@link ListCommand} writes it: also {@code standards show} without an id. */
    static int list(CommandSpec spec, StandardRegistry registry, Language lang) {
        Messages texts = HvdCommand.texts(lang);
        PrintWriter out = spec.commandLine().getOut();
        Map<String, List<StandardRef>> byId = new LinkedHashMap<>();
        for (StandardRef ref : registry.available()) {
            byId.computeIfAbsent(ref.id(), id -> new ArrayList<>()).add(ref);
        }
        out.println(texts.format("standards.list.heading"));
        Map<StandardRef, StandardException> broken = new LinkedHashMap<>();
        for (Map.Entry<String, List<StandardRef>> entry : byId.entrySet()) {
            List<StandardRef> versions = entry.getValue();
            Standard newest = null;
            for (int i = versions.size() - 1; i >= 0; i--) {
                try {
                    Standard loaded = registry.load(versions.get(i));
                    newest = newest == null ? loaded : newest;
                } catch (StandardException e) {
                    broken.put(versions.get(i), e);
                }
            }
            String all = versions.stream().map(ref -> broken.containsKey(ref)
                    ? texts.format("standards.list.broken", ref.version().toString()) : ref.version().toString())
                    .collect(Collectors.joining(", "));
            if (newest == null) {
                out.println(texts.format("standards.list.entry.broken", entry.getKey(), all));
                continue;
            }
            out.println(texts.format("standards.list.entry", entry.getKey(), all, newest.title().in(lang),
                    texts.format("status." + newest.status())));
            String basis = texts.list(newest.basedOn().stream()
                    .map(b -> texts.format("standards.list.source", b.title().in(lang), b.publisher())).toList());
            for (String line : TextLines.wrap(texts.format("standards.list.basis", newest.ref().version().toString(), basis),
                    "      ")) {
                out.println(line);
            }
            if (!newest.profiles().isEmpty()) {
                out.println(texts.format("standards.list.profiles", String.join(", ", newest.profiles().keySet())));
            }
        }
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        broken.values().forEach(e -> HvdCommand.explain(e, texts, err));
        err.flush();
        return broken.isEmpty() ? ExitCode.OK.code() : ExitCode.INPUT.code();
    }

    /**
     * {@code hvd standards show ID[@VERSION]}: fields, types, constraints, code lists, basis; without
     * an id, every standard as {@code standards list} gives them.
     */
    @Command(name = "show", mixinStandardHelpOptions = true)
    static final class ShowCommand implements Callable<Integer> {
        /** Code lists longer than this show their first entries only. */
        static final int CODES_SHOWN = 30;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "ID[@VERSION]", descriptionKey = "option.standard.shown")
        String standard;

        @Mixin
        StandardsOption standards;

        @Mixin
        LanguageOption language;

        @Mixin
        VerboseOption verbose;

        @Override
        public Integer call() {
            Language lang = language.language(spec);
            if (standard == null) {
                return list(spec, standards.registry(), lang);
            }
            Messages texts = HvdCommand.texts(lang);
            Standard shown = Selectors.resolve(standards.registry(), standard, spec, texts);
            PrintWriter out = spec.commandLine().getOut();
            out.println(texts.format("standards.show.title", shown.ref().toString(), shown.title().in(lang),
                    texts.format("status." + shown.status())));
            if (shown.description() != null) {
                out.println(shown.description().in(lang));
            }
            out.println();
            out.println(texts.format("standards.show.basis"));
            for (Basis basis : shown.basedOn()) {
                out.println("  - " + basis.title().in(lang) + " (" + basis.publisher() + ")"
                        + (basis.url() == null ? "" : " " + basis.url()));
                if (basis.note() != null) {
                    out.println("    " + basis.note().in(lang));
                }
            }
            out.println();
            out.println(texts.format("standards.show.fields"));
            for (Field field : shown.fields()) {
                out.println("  " + field.name() + " — " + field.title().in(lang));
                List<String> words = new ArrayList<>();
                for (Message word : ConstraintWords.of(shown, field)) {
                    words.add(texts.format(word));
                }
                out.println("      " + texts.list(words));
                List<String> aliases = field.aliases().all();
                if (!aliases.isEmpty()) {
                    out.println("      " + texts.format("standards.show.aliases", String.join(", ", aliases)));
                }
                if (field.description() != null) {
                    out.println("      " + field.description().in(lang));
                }
            }
            if (!shown.uniqueKeys().isEmpty() || !shown.rules().isEmpty()) {
                out.println();
                out.println(texts.format("standards.show.rules"));
                for (UniqueKey key : shown.uniqueKeys()) {
                    out.println("  - " + texts.format("standards.show.unique", key.label()));
                }
                for (Rule rule : shown.rules()) {
                    out.println("  - " + texts.labelled(rule.id(), texts.format(rule.description())));
                }
            }
            if (!shown.profiles().isEmpty()) {
                out.println();
                out.println(texts.format("standards.show.profiles"));
                for (Profile profile : shown.profiles().values()) {
                    out.println(texts.format("standards.show.profile", profile.name(), profile.title().in(lang)));
                    if (profile.description() != null) {
                        out.println("      " + profile.description().in(lang));
                    }
                    if (!profile.parameters().isEmpty()) {
                        out.println("      " + texts.format("standards.show.parameters",
                                String.join(", ", profile.parameters().stream().map(p -> p + "=…").toList())));
                    }
                }
            }
            for (CodeList list : shown.codeLists().values()) {
                out.println();
                out.println(texts.format("standards.show.codelist", list.title().in(lang), list.name(), list.entries().size()));
                int shownCount = 0;
                for (Code code : list.entries()) {
                    if (shownCount++ == CODES_SHOWN) {
                        out.println("  " + texts.format("standards.show.more", list.entries().size() - CODES_SHOWN, list.file()));
                        break;
                    }
                    out.println(String.format("  %-8s %s", code.code(), code.label().in(lang)));
                }
            }
            out.flush();
            return ExitCode.OK.code();
        }
    }
}
