package ca.hvd.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import ca.hvd.core.SourceException;
import ca.hvd.core.i18n.Language;
import ca.hvd.core.i18n.Message;
import ca.hvd.core.i18n.Messages;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How a file that fails while it is opened or read is refused, in the user's words: tested on the
 * failures themselves, so that it holds whoever runs the tests (root reads a file whatever its
 * permissions, so the command-line case of an unreadable file is skipped in CI).
 */
class FileBytesTest {

    private static final Path FILE = Path.of("data", "names.csv");

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new AccessDeniedException(FILE.toString()), "source.denied"),
                Arguments.of(new NoSuchFileException(FILE.toString()), "source.missing"),
                Arguments.of(new EOFException("Unexpected end of ZLIB input stream"), "source.gzip.truncated"),
                Arguments.of(new ZipException("invalid block type"), "source.gzip.damaged"),
                Arguments.of(new FileBytes.TrailingData(), "source.gzip.trailing"));
    }

    @ParameterizedTest(name = "{0} is {1}")
    @MethodSource("failures")
    void eachFailureIsRefusedWithItsOwnMessageNamingTheFile(IOException failure, String key) {
        SourceException refused = FileBytes.failure(FILE, failure);

        assertThat(refused.text()).isEqualTo(Message.of(key, FILE.toString()));
        assertThat(refused.getCause()).isSameAs(failure);
    }

    @Test
    void aFileItsPermissionsForbidToReadIsSaidToBeSoInBothLanguages() {
        SourceException refused = FileBytes.failure(FILE, new AccessDeniedException(FILE.toString()));

        assertThat(List.of(Messages.of(Language.EN).format(refused.text()), Messages.of(Language.FR).format(refused.text())))
                .containsExactly(FILE + " cannot be read: permission denied.", FILE + " est illisible : permission refusée.");
    }

    @Test
    void anyOtherFailureKeepsTheSystemsWords() {
        SourceException refused = FileBytes.failure(FILE, new IOException("Input/output error"));

        assertThat(refused.text()).isEqualTo(Message.of("source.unreadable", FILE.toString(), "Input/output error"));
    }
}
