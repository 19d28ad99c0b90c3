package ca.hvd.cli;

import ca.hvd.core.engine.DatasetInput;
import ca.hvd.core.engine.LabelledDataset;
import ca.hvd.core.i18n.Message;
import ca.hvd.core.i18n.Messages;
import ca.hvd.core.standard.Field;
import ca.hvd.core.standard.Profile;
import ca.hvd.core.standard.Standard;
import ca.hvd.core.standard.StandardException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The datasets of {@code hvd compare} and {@code hvd harmonize}, one argument each:
 * {@code [LABEL=]FILE[#profile=NAME&FIELD=VALUE…]}, e.g. {@code ON=on-girls.csv#profile=on&sex=F}.
 *
 * <ul>
 *   <li>{@code LABEL=} names the dataset in reports (letters, digits, {@code _ . -}, at most 32,
 *       starting with a letter or digit); without it, the file's name without its extension, made
 *       one (other characters become {@code _}, what precedes the first letter or digit is dropped,
 *       cut to 32).</li>
 *   <li>After the last {@code #}: {@code &}-separated {@code KEY=VALUE} pairs, each key once and each
 *       value non-empty; {@code profile} is the publisher's layout, any other key a field's value
 *       for every record (as {@code --set}). A file whose name holds a {@code #} is written with a
 *       final {@code #}: {@code a#1.csv#}.</li>
 * </ul>
 */
final class DatasetArguments {

    private static final Pattern LABELLED = Pattern.compile("([A-Za-z0-9][A-Za-z0-9_.-]{0,31})=(.*)", Pattern.DOTALL);

    /** The key of the fragment that names the profile. */
    static final String PROFILE = "profile";

    /**
     * One argument, read.
     *
     * @param text      the argument as given
     * @param label     the dataset's label
     * @param file      the file
     * @param profile   the profile's name, or {@code null}
     * @param constants the fields' values for every record
     */
    record Spec(String text, String label, Path file, String profile, Map<String, String> constants) {
    }

    private DatasetArguments() {
    }

    /** Reads one argument. */
    static Spec parse(String text, Messages texts, CommandSpec spec) {
        String location = text;
        String fragment = "";
        int hash = text.lastIndexOf('#');
        if (hash >= 0) {
            location = text.substring(0, hash);
            fragment = text.substring(hash + 1);
        }
        String label = null;
        Matcher labelled = LABELLED.matcher(location);
        if (labelled.matches()) {
            label = labelled.group(1);
            location = labelled.group(2);
        }
        Path file;
        try {
            file = location.isBlank() ? null : Path.of(location);
        } catch (InvalidPathException e) {
            file = null;
        }
        if (file == null || file.getFileName() == null) {
            throw usage(spec, texts.format("cli.usage.dataset", text));
        }
        if (label == null) {
            label = labelOf(file);
            if (label.isEmpty()) {
                throw usage(spec, texts.format("cli.usage.dataset.no-label", text));
            }
        }
        String profile = null;
        Map<String, String> constants = new LinkedHashMap<>();
        for (String pair : fragment.isEmpty() ? new String[0] : fragment.split("&", -1)) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw usage(spec, texts.format("cli.usage.dataset.pair", text, pair));
            }
            String key = pair.substring(0, equals).strip();
            String value = pair.substring(equals + 1);
            if (value.isBlank()) {
                throw usage(spec, texts.format("cli.usage.dataset.empty", text, key));
            }
            if (PROFILE.equals(key) ? profile != null : constants.containsKey(key)) {
                throw usage(spec, texts.format("cli.usage.dataset.twice", text, key));
            }
            if (PROFILE.equals(key)) {
                profile = value.strip();
            } else {
                constants.put(key, value);
            }
        }
        return new Spec(text, label, file, profile, constants);
    }

    /**
     * The label a file's name makes: without its extension and its accents ({@code Québec} gives
     * {@code Quebec}), each character that a label cannot hold replaced by {@code _}, what comes
     * before the first letter or digit dropped, cut to 32 characters; empty when the name has no
     * letter or digit.
     */
    static String labelOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String unaccented = Normalizer.normalize(dot > 0 ? name.substring(0, dot) : name, Normalizer.Form.NFD)
                .replaceAll("\\p{Mn}", "");
        String bare = unaccented.replaceAll("[^A-Za-z0-9_.-]", "_");
        String label = bare.replaceFirst("^[^A-Za-z0-9]+", "");
        return label.length() > 32 ? label.substring(0, 32) : label;
    }

    /**
     * Reads every argument and resolves it against the standard: profiles exist, fields exist,
     * each profile's parameters are given, labels are distinct.
     *
     * @throws ParameterException for a usage error, in the user's language
     * @throws ca.hvd.core.standard.StandardException for an unknown profile
     */
    static List<LabelledDataset> resolve(List<String> arguments, Standard standard, Messages texts, CommandSpec spec) {
        List<LabelledDataset> datasets = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String argument : arguments) {
            Spec parsed = parse(argument, texts, spec);
            if (labels.contains(parsed.label())) {
                throw usage(spec, texts.format("cli.usage.dataset.label", parsed.label()));
            }
            labels.add(parsed.label());
            Profile profile;
            try {
                profile = parsed.profile() == null ? null : standard.profile(parsed.profile());
            } catch (StandardException e) {
                throw new StandardException(Message.of("cli.dataset.profile", parsed.label(), e.text()), e.problems(), e);
            }
            for (String field : parsed.constants().keySet()) {
                if (standard.field(field).isEmpty()) {
                    throw usage(spec, texts.format("cli.usage.dataset.field", parsed.label(), field, standard.ref().toString(),
                            HvdCommand.list(standard.fields().stream().map(Field::name).toList())));
                }
            }
            if (profile != null) {
                for (String parameter : profile.parameters()) {
                    if (!parsed.constants().containsKey(parameter)) {
                        Field field = standard.field(parameter).orElseThrow();
                        String codes = standard.codeListOf(field).map(list -> HvdCommand.list(list.codes()))
                                .orElse(field.example() == null ? "" : field.example());
                        throw usage(spec, texts.format("cli.usage.dataset.parameter", parsed.label(), profile.name(),
                                parameter, field.title(), codes.isEmpty() ? 0 : 1, codes));
                    }
                }
            }
            datasets.add(new LabelledDataset(parsed.label(), new DatasetInput(parsed.file(), parsed.file().toString()),
                    profile, parsed.constants()));
        }
        return datasets;
    }

    private static ParameterException usage(CommandSpec spec, String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
