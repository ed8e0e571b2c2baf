package tix.app;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import tix.domain.Actor;
import tix.domain.Contact;
import tix.domain.DomainException;
import tix.domain.MacroText;
import tix.domain.Names;
import tix.domain.Right;
import tix.domain.Rules;
import tix.domain.Ticket;

/** `tix macro`: canned responses for `reply --macro NAME`. Adding and removing is admin only. */
public final class MacroService {
    /** Answers written this many times word for word are listed by `macro suggest` (SPEC §1.2: three times). */
    public static final int REPEATED = 3;

    private final Session session;

    public MacroService(Session session) {
        this.session = session;
    }

    /** What `macro add` is given: the text and whether it replaces a macro of that name. */
    public record NewMacro(String body, boolean replace) {
    }

    public Macros.Macro add(String name, NewMacro r) {
        String body = r.body();
        boolean replace = r.replace();
        String n = Names.check("macro", name);
        if (body == null || body.isBlank()) throw DomainException.usage("the macro is empty", "--body TEXT or --body-file F");
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            if (!replace && tx.macros().macro(n).isPresent()) {
                throw DomainException.conflict("macro '" + n + "' exists", "add --replace to change its text");
            }
            tx.macros().saveMacro(n, body.strip(), session.now());
            return tx.macros().macro(n).orElseThrow();
        });
    }

    public Macros.Macro show(String name) {
        return session.store().read(tx -> macro(tx, name));
    }

    public List<Macros.Macro> list() {
        return session.store().read(tx -> tx.macros().macros());
    }

    public void remove(String name) {
        session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            tx.macros().removeMacro(macro(tx, name).name());
            return null;
        });
    }

    /** Public answers given at least {@code min} times word for word, most repeated first. */
    public List<Macros.RepeatedAnswer> repeated(int min) {
        if (min < 2) throw DomainException.usage("--min must be at least 2", "e.g. --min 3");
        return session.store().read(tx -> tx.macros().repeatedAnswers(min));
    }

    /** The macro's text for a reply on {@code t}, placeholders filled; counts the use. */
    static String expand(Tx tx, String name, Ticket t, Actor actor, Instant now) {
        Macros.Macro m = macro(tx, name);
        tx.macros().countMacroUse(m.name(), now);
        Contact c = tx.contacts().contact(t.requesterId()).orElseThrow();
        String agent = tx.agents().agent(actor.login()).map(a -> a.name()).orElse(null);
        return MacroText.expand(m.body(), Map.of(
                "name", c.name() == null ? c.email() : c.name(),
                "email", c.email(),
                "id", String.valueOf(t.id()),
                "title", t.title(),
                "agent", agent == null ? actor.login() : agent));
    }

    private static Macros.Macro macro(Tx tx, String name) {
        return tx.macros().macro(name).orElseThrow(() -> DomainException.notFound(
                "macro '" + name + "' not found", "see 'tix macro list'"));
    }
}
