package ca.hvd.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Facts about this build of hvd. */
public final class Hvd {

    private static final String VERSION = readVersion();

    private Hvd() {
    }

    /** The tool's name as it appears in reports. */
    public static String name() {
        return "hvd";
    }

    /** The version of this build, e.g. {@code 0.1.0}. */
    public static String version() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = Hvd.class.getResourceAsStream("hvd-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
