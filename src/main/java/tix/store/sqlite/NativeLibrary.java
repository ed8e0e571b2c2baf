package tix.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Keeps sqlite-jdbc's native library in a cache directory instead of letting the driver extract it again on every
 * start. By default the driver lists the temp directory, copies its 1 MB .so there under a random name (which loads
 * SecureRandom) and compares it byte for byte: about 80 ms of every tix command. The {@code tix} launcher passes
 * {@code -Dtix.native.dir=DIR}; the first run copies the library there once and later runs load it directly
 * ({@code org.sqlite.lib.path}). Without the property (tests, {@code java -jar}) the driver's default applies.
 */
final class NativeLibrary {
    static final String DIR_PROPERTY = "tix.native.dir";

    private NativeLibrary() {
        throw new AssertionError();
    }

    /** Points sqlite-jdbc at the cached library, copying it there first if needed. Never fails: worst case, the default. */
    static void prepare() {
        String dir = System.getProperty(DIR_PROPERTY);
        if (dir == null || dir.isEmpty()) {
            quietDriver();
            return;
        }
        if (System.getProperty("org.sqlite.lib.path") != null) return;
        try {
            String name = LibraryLoaderUtil.getNativeLibName();
            Path target = Path.of(dir, name);
            if (!Files.isRegularFile(target)) copy(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name, target);
            System.setProperty("org.sqlite.lib.path", dir);
            System.setProperty("org.sqlite.lib.name", name);
            // the driver first sweeps its temp directory for stale copies: let it sweep this small one
            System.setProperty("org.sqlite.tmpdir", dir);
        } catch (IOException | RuntimeException e) {
            // no cache (read-only disk, unknown platform): the driver extracts to the temp directory as usual
        }
    }

    /** Held: java.util.logging keeps only weak references to loggers, and a collected one forgets its level. */
    private static java.util.logging.Logger driverLog;

    /**
     * Without the cache the driver extracts its library to the temp directory and deletes other processes' stale
     * copies; two tix starting together race on one, and the loser logged a multi-line SEVERE report on stderr
     * ("Failed to delete old native lib") although nothing failed. Its log is not tix's output: off.
     */
    private static synchronized void quietDriver() {
        if (driverLog != null) return;
        driverLog = java.util.logging.Logger.getLogger("org.sqlite");
        driverLog.setLevel(java.util.logging.Level.OFF);
    }

    /** Copies under a unique temporary name, then renames atomically: concurrent first runs never see half a file. */
    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = NativeLibrary.class.getResourceAsStream(resource)) {
            if (in == null) throw new IOException("no native library " + resource);
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), ".tix-native-", ".tmp");
            try {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
