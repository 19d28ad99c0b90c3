package ca.hvd.core.standard;

import ca.hvd.core.i18n.LocalizedText;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A list of allowed codes with bilingual labels, kept by a standard as a CSV file
 * {@code code,label_en,label_fr[,attribute…]}.
 *
 * @param name    the name fields refer to it by
 * @param title   what the list enumerates
 * @param file    the file it was read from, relative to the standard's folder
 * @param entries the codes in file order
 */
public record CodeList(String name, LocalizedText title, String file, List<Code> entries) {

    public CodeList {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(file, "file");
        entries = List.copyOf(entries);
    }

    /** A new set of the codes, in file order; compiled checks build it once. */
    public Set<String> codes() {
        Set<String> codes = new LinkedHashSet<>();
        for (Code entry : entries) {
            codes.add(entry.code());
        }
        return codes;
    }

    /** The names of the list's attribute columns (those after the labels). */
    public Set<String> attributes() {
        return entries.isEmpty() ? Set.of() : entries.get(0).attributes().keySet();
    }

    /** The entry of a code. */
    public Optional<Code> find(String code) {
        return entries.stream().filter(entry -> entry.code().equals(code)).findFirst();
    }
}
