package ca.hvd.core.standard;

import ca.hvd.core.i18n.LocalizedText;
import java.util.Objects;

/**
 * A real artefact a standard was derived from. Standards name their basis and never claim to be an
 * official text they are not.
 *
 * @param title     the artefact's name
 * @param publisher who publishes it
 * @param url       where it is described (never fetched), or {@code null}
 * @param note      how the standard uses it, or {@code null}
 */
public record Basis(LocalizedText title, String publisher, String url, LocalizedText note) {

    public Basis {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
    }
}
