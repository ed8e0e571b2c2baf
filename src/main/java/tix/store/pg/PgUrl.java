package tix.store.pg;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import tix.domain.DomainException;

/**
 * {@code postgresql://user@host:port/dbname?param=value...} (libpq's URI form; {@code postgres://} too). The query
 * parameters go to the driver as they are (sslmode, sslrootcert, sslcert, sslkey, connectTimeout ...), so TLS is
 * configured the way PostgreSQL documents it. A password in the URL is accepted but never shown.
 */
record PgUrl(String user, String password, String host, int port, String database, Map<String, String> params) {

    static boolean isUrl(String location) {
        return location != null && (location.startsWith("postgresql://") || location.startsWith("postgres://"));
    }

    static PgUrl parse(String location) {
        if (!isUrl(location)) throw bad(location, "it must start with postgresql://");
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            throw bad(location, e.getReason());
        }
        String user = null;
        String password = null;
        String info = uri.getRawUserInfo();
        if (info != null) {
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            if (colon >= 0) password = decode(info.substring(colon + 1));
        }
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String database = decode(path.startsWith("/") ? path.substring(1) : path);
        if (database.isEmpty() || database.contains("/")) throw bad(location, "name the database: postgresql://user@host:5432/NAME");
        Map<String, String> params = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                if (pair.isEmpty()) continue;
                int eq = pair.indexOf('=');
                params.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        if (params.containsKey("password")) throw bad(location, "give the password in PGPASSWORD or ~/.pgpass, not the URL");
        return new PgUrl(user, password, host, port, database, Map.copyOf(params));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static DomainException bad(String location, String why) {
        return DomainException.usage("bad database URL " + redact(location), why);
    }

    /** {@code location} with any password in it replaced by ***. */
    static String redact(String location) {
        return location == null ? null : location.replaceFirst("^(postgres(?:ql)?://[^:@/]*):[^@/]*@", "$1:***@");
    }

    /** The JDBC URL (without user or password: those go in the properties). */
    String jdbc() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + java.net.URLEncoder.encode(database, StandardCharsets.UTF_8);
    }

    /** The driver's connection properties: the URL's parameters and the user. */
    Properties properties() {
        Properties p = new Properties();
        p.putAll(params);
        if (user != null) p.setProperty("user", user);
        else if (System.getProperty("user.name") != null) p.setProperty("user", System.getProperty("user.name"));
        if (password != null) p.setProperty("password", password);
        return p;
    }

    /** The database as messages name it: no password, no parameters. */
    String display() {
        return "postgresql://" + (user == null ? "" : user + "@") + host + ":" + port + "/" + database;
    }
}
