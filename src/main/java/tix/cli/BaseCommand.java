package tix.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tix.app.Session;
import tix.app.TicketDetail;
import tix.app.TicketQueries;
import tix.app.TicketService;
import tix.domain.Ticket;
import tix.render.Output;

/** Every subcommand: reaches the session and the output of this invocation through the root command. */
abstract class BaseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    TixCommand root() {
        return (TixCommand) spec.root().userObject();
    }

    Session session() {
        return root().session();
    }

    TicketService tickets() {
        return new TicketService(session());
    }

    TicketQueries queries() {
        return new TicketQueries(session());
    }

    Output output() {
        TixCommand r = root();
        return Output.of(r.json, r.csv, r.quiet, r.colour(), r.env().var("COLUMNS"), spec.commandLine().getOut(),
                spec.commandLine().getErr(), r.env().stdoutTerminal());
    }

    /** Prints a ticket after a mutation: the same object as `show --json`, or one table line. */
    int printChanged(Ticket t) {
        TicketDetail detail = queries().detail(t.id());
        output().changed(detail);
        return ExitCodes.OK;
    }

    @Override
    public final Integer call() {
        return run();
    }

    abstract int run();
}
