package ca.hvd.core.standard;

import ca.hvd.core.i18n.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * Other header names a field is known by, in English and French, besides its canonical name.
 *
 * @param en English header names
 * @param fr French header names
 */
public record Aliases(List<String> en, List<String> fr) {

    public static final Aliases NONE = new Aliases(List.of(), List.of());

    public Aliases {
        en = List.copyOf(en);
        fr = List.copyOf(fr);
    }

    /** The aliases in one language. */
    public List<String> in(Language language) {
        return language == Language.FR ? fr : en;
    }

    /** Every alias, English first. */
    public List<String> all() {
        List<String> all = new ArrayList<>(en);
        all.addAll(fr);
        return all;
    }
}
