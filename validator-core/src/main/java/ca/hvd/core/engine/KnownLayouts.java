package ca.hvd.core.engine;

import ca.hvd.core.SourceException;
import ca.hvd.core.report.FindingCode;
import ca.hvd.core.source.ColumnBinding;
import ca.hvd.core.source.CsvFile;
import ca.hvd.core.source.HeaderMatcher;
import ca.hvd.core.source.Notice;
import ca.hvd.core.standard.Profile;
import ca.hvd.core.standard.Standard;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises a publisher's layout in a file read without a profile: a steward who validates
 * Statistics Canada's ODA file or Ontario's names file as they are published, without
 * {@code --profile}, gets every column missing; this says which profile reads the file.
 *
 * <p>Only asked when the standard's own layout misses a required column, so a file in the
 * canonical layout costs nothing. A profile is named when it finds every column it requires and
 * recognises more of the header than the standard's own layout does; of several, the one that
 * recognises most, the first in the standard's order on a tie.
 */
final class KnownLayouts {

    private KnownLayouts() {
    }

    /**
     * The notice naming the profile that reads the file, if the standard's own layout misses a
     * required column and a profile reads the header better.
     *
     * @param standard the standard
     * @param path     the file
     * @param source   how the run reads files (a profile's hints come under it)
     * @param given    the fields the run gives values of ({@code --set})
     * @param matcher  the standard's own layout
     * @param header   the header read with it
     * @param binding  the header bound to it
     */
    static Optional<Notice> suggestion(Standard standard, Path path, SourceOptions source, Set<String> given,
                                       HeaderMatcher matcher, List<String> header, ColumnBinding binding) {
        if (!missesRequiredColumn(binding)) {
            return Optional.empty();
        }
        int bestScore = matcher.score(header);
        Profile best = null;
        long bestLine = 0;
        for (Profile profile : standard.profiles().values()) {
            HeaderMatcher layout = HeaderMatcher.of(standard, profile, given);
            CsvFile file;
            try {
                file = CsvFile.open(path, source.orElse(profile.source()), layout);
            } catch (SourceException e) {
                continue; // the file was read once already; a profile that cannot read it is not the one
            }
            int score = layout.score(file.header());
            if (score > bestScore && !missesRequiredColumn(layout.bind(file.header()))) {
                bestScore = score;
                best = profile;
                bestLine = file.info().headerLine();
            }
        }
        return best == null ? Optional.empty()
                : Optional.of(new Notice(FindingCode.KNOWN_LAYOUT, bestLine, best.name(), List.of(best.name(), best.title())));
    }

    private static boolean missesRequiredColumn(ColumnBinding binding) {
        return binding.issues().stream().anyMatch(issue -> issue.code() == FindingCode.MISSING_COLUMN);
    }
}
