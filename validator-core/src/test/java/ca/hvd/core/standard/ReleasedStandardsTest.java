package ca.hvd.core.standard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A released version of a standard never changes; a correction is a new version. Each bundled
 * version's folder is held to the digest recorded in {@code released-standards.txt} when it was
 * released, so that a change to, say, civic-addresses 1.0.0 fails here instead of silently changing
 * what files conforming to 1.0.0 mean.
 */
class ReleasedStandardsTest {

    private static final Path FOLDERS = Path.of("../standards/src/main/resources/hvd-standards");

    @Test
    void everyBundledVersionIsExactlyAsItWasReleased() throws IOException, NoSuchAlgorithmException {
        Map<String, String> recorded = new TreeMap<>();
        try (InputStream in = ReleasedStandardsTest.class.getResourceAsStream("/released-standards.txt")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> recorded.put(line.substring(0, line.indexOf(' ')), line.substring(line.indexOf(' ') + 1)));
        }
        Map<String, String> actual = new TreeMap<>();
        for (StandardRef ref : StandardRegistry.bundled().available()) {
            String version = ref.id() + "/" + ref.version();
            actual.put(version, digest(FOLDERS.resolve(version)));
        }

        assertThat(actual).as("a released version never changes; make a new version and record its digest").isEqualTo(recorded);
    }

    private static String digest(Path folder) throws IOException, NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted((a, b) -> relative(folder, a).compareTo(relative(folder, b))).toList();
        }
        for (Path file : files) {
            sha.update((relative(folder, file) + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(Files.readAllBytes(file));
            sha.update((byte) '\n');
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }
}
