package tix.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tix.app.Store;
import tix.domain.DomainException;
import tix.render.Output;

@Command(name = "db", description = "The desk's database as a whole: move it between engines (SQLite and PostgreSQL).",
        subcommands = {DbCommand.Copy.class})
final class DbCommand extends BaseCommand {
    @Override
    int run() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    @Command(name = "copy", description = {"Copy the whole desk FROM one database TO another: a SQLite file or a "
            + "PostgreSQL URL (postgresql://USER@HOST:PORT/NAME) on either side. Every row of every table is copied in "
            + "one transaction of each database and compared row for row before TO commits: all or nothing. TO must "
            + "be a new desk (a file that does not exist yet, or an empty database): a copy never merges two desks "
            + "(exit 4). The search index is rebuilt in TO. The --db option plays no part."})
    static final class Copy extends BaseCommand {
        @Parameters(index = "0", paramLabel = "FROM", description = "The desk to copy: a file or a postgresql:// URL.")
        String from;

        @Parameters(index = "1", paramLabel = "TO", description = "The new desk: a file or a postgresql:// URL.")
        String to;

        @Override
        int run() {
            if (!StoreFactory.isUrl(from) && !isDesk(Path.of(from))) {
                throw DomainException.notFound("no desk at " + from, "give the file or URL of an existing desk");
            }
            if (!StoreFactory.isUrl(to) && Files.exists(Path.of(to))) {
                throw DomainException.conflict(to + " exists", "give a new file; a copy never overwrites or merges");
            }
            Map<String, Long> copied;
            try (Store source = open(from, false); Store target = open(to, true)) {
                try {
                    copied = source.copyTo(target);
                } catch (RuntimeException e) {
                    target.close();
                    if (!StoreFactory.isUrl(to)) removeFile(Path.of(to));
                    throw e;
                }
            }
            long rows = copied.values().stream().mapToLong(Long::longValue).sum();
            Output out = output();
            if (out.format() == Output.Format.TEXT) {
                out.say("Copied " + name(from) + " to " + name(to) + ": " + copied.getOrDefault("tickets", 0L)
                        + " tickets, " + rows + " rows in " + copied.size() + " tables, compared row for row.");
            } else {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("from", name(from));
                row.put("to", name(to));
                row.put("tickets", copied.getOrDefault("tickets", 0L));
                row.put("rows", rows);
                row.put("tables", copied);
                out.record(row);
            }
            return ExitCodes.OK;
        }

        private static boolean isDesk(Path p) {
            try {
                return Files.isRegularFile(p) && Files.size(p) > 0;
            } catch (java.io.IOException e) {
                return true; // unreadable: the store says why
            }
        }

        private Store open(String location, boolean create) {
            if (!StoreFactory.isUrl(location)) return root().stores().apply(Path.of(location));
            if (!(root().stores() instanceof StoreFactory)) {
                throw DomainException.usage("this tix cannot open " + StoreFactory.redact(location), "give a file");
            }
            return ((StoreFactory) root().stores()).url(location, PgPassword.find(root(), location), create);
        }

        private static String name(String location) {
            return StoreFactory.isUrl(location) ? StoreFactory.redact(location) : location;
        }

        private static void removeFile(Path p) {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                try {
                    Files.deleteIfExists(p.resolveSibling(p.getFileName() + suffix));
                } catch (java.io.IOException ignored) {
                    // left for the user to remove
                }
            }
        }
    }
}
