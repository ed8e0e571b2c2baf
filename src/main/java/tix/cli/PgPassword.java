package tix.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import tix.domain.DomainException;

/**
 * The password for a PostgreSQL desk, found where libpq looks and where tix keeps its own secrets: PGPASSWORD, then
 * the password file (PGPASSFILE, else ~/.pgpass; ignored, as libpq ignores it, unless no one else may read it), then
 * {@code db.password} in the config file (which must then be mode 600). Null when none is given (the server may
 * trust the user, or the URL carries one).
 */
final class PgPassword {
    private PgPassword() {
        throw new AssertionError();
    }

    static String find(TixCommand root, String url) {
        String p = root.env().var("PGPASSWORD");
        if (p != null) return p;
        Target t = Target.of(url);
        String home = root.env().var("HOME");
        String file = root.env().var("PGPASSFILE");
        Path pass = file != null ? Path.of(file) : home != null ? Path.of(home, ".pgpass") : null;
        if (pass != null && Files.isRegularFile(pass) && privateFile(pass)) {
            p = fromPassFile(pass, t);
            if (p != null) return p;
        }
        p = root.config().getProperty("db.password");
        if (p != null) {
            if (!privateFile(root.configFile())) {
                throw DomainException.usage(root.configFile() + " holds db.password but others may read it",
                        "chmod 600 " + root.configFile());
            }
            return p.strip();
        }
        return null;
    }

    private static boolean privateFile(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            perms.retainAll(EnumSet.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ,
                    PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE));
            return perms.isEmpty();
        } catch (UnsupportedOperationException | IOException e) {
            return true;
        }
    }

    /** The first line of {@code hostname:port:database:username:password} matching (a field may be *). */
    static String fromPassFile(Path file, Target t) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            List<String> f = fields(line);
            if (f.size() != 5) continue;
            if (matches(f.get(0), t.host) && matches(f.get(1), t.port) && matches(f.get(2), t.database)
                    && matches(f.get(3), t.user)) {
                return f.get(4);
            }
        }
        return null;
    }

    private static boolean matches(String field, String value) {
        return field.equals("*") || field.equals(value);
    }

    /** Splits on ':' with \: and \\ escapes, as libpq reads the file. */
    private static List<String> fields(String line) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
            } else if (c == ':' && out.size() < 4) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    /** The host, port, database and user a URL names, as the password file compares them. */
    record Target(String host, String port, String database, String user) {
        static Target of(String url) {
            java.net.URI uri = java.net.URI.create(url);
            String info = uri.getUserInfo();
            String user = info == null ? System.getProperty("user.name") : info.contains(":")
                    ? info.substring(0, info.indexOf(':')) : info;
            String path = uri.getPath() == null ? "" : uri.getPath();
            return new Target(uri.getHost() == null ? "localhost" : uri.getHost(),
                    String.valueOf(uri.getPort() < 0 ? 5432 : uri.getPort()), path.startsWith("/") ? path.substring(1) : path,
                    user);
        }
    }
}
