package io.irready;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool version, filtered into the build, so reports and bundles name what produced them. */
public final class IrreadyVersion {

    private static final String VERSION = load();

    private IrreadyVersion() {
    }

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = IrreadyVersion.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException | NullPointerException e) {
            return "unknown";
        }
    }
}
