package tix.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tix.domain.Actor;
import tix.domain.DomainException;
import tix.domain.Message;
import tix.domain.MessageKind;
import tix.domain.Names;
import tix.domain.Right;
import tix.domain.Rules;
import tix.domain.Ticket;
import tix.domain.op.Step;

/**
 * `tix side`: threads from a ticket to a third party (a partner's support, dev@, tier2@). Every message of one is an
 * internal note of the ticket, so the customer never sees it (not in `export --customer`, not in their mail); the
 * partner's mail carries the conversation's own reference and "[#42 side N]" subject, so their answers thread back.
 * Also the queues' default CC.
 */
public final class SideService {
    private final Session session;

    public SideService(Session session) {
        this.session = session;
    }

    /** A side conversation with how many messages it holds. */
    public record Info(Conversations.Side side, int messages) {
    }

    /** The first message of a side conversation: to whom, who else, the subject (null: the ticket's title). */
    public record Opening(String partner, List<String> cc, String subject, String body,
                          List<AttachmentService.NewFile> files) {
    }

    /** A later message of a side conversation: CC addresses added to it, the text, the files. */
    public record Followup(List<String> cc, String body, List<AttachmentService.NewFile> files) {
    }

    /**
     * Opens a side conversation on ticket {@code id} (a merged ticket's target) to {@code partner}: the text is stored
     * as an internal note of the ticket and queued as mail to the partner and the CC addresses.
     */
    public Info open(long id, Opening o) {
        String partner = o.partner();
        String subject = o.subject();
        String body = o.body();
        List<AttachmentService.NewFile> files = o.files();
        if (partner == null || partner.isBlank()) {
            throw DomainException.usage("a side conversation needs --to ADDRESS", "the partner's e-mail address");
        }
        String to = Names.address(partner, "partner address", "partner@example.com");
        List<String> copies = TicketService.checkCc(o.cc());
        copies.removeIf(to::equalsIgnoreCase);
        if (body == null || body.isBlank()) throw DomainException.usage("the message is empty", "--body TEXT");
        if (subject != null && subject.isBlank()) throw DomainException.usage("the subject is empty", "leave --subject out to use the ticket's title");
        return session.store().write(tx -> {
            Actor actor = session.actor(tx);
            Instant now = session.now();
            Ticket t = Lookups.redirect(tx, Lookups.ticket(tx, id));
            Rules.requireWorkable(actor, t, "open a side conversation on");
            AttachmentService.check(tx, files);
            MailComposer mail = new MailComposer(tx);
            Conversations.Side side = tx.conversations().openSide(t.id(), to, copies,
                    subject == null ? t.title() : subject.replaceAll("[\\r\\n\\t]+", " ").strip(),
                    mail.newSideReference(t), actor.login(), now);
            Message msg = new TicketWriter(tx).with(new TicketWriter.Extras(List.of(), files)).record(t,
                    List.of(new Step.Say(MessageKind.NOTE, actor.login(), body, mail.nextMessageId(t), false, null)),
                    actor.login(), now).get(0);
            tx.conversations().addToSide(side.id(), msg.id(), now);
            mail.queueSide(t, side, msg.withSide(side.id()), actor.login(), now);
            new TicketWriter(tx).touch(t.id(), now);
            return new Info(tx.conversations().side(side.id()).orElseThrow(), tx.conversations().sideMessages(side.id()));
        });
    }

    /**
     * The next message of side conversation {@code sideId}: stored as an internal note of its ticket and mailed to the
     * partner on the same thread (the conversation's reference and every earlier message in References, In-Reply-To
     * the latest), so the partner's answer threads back. CC: the conversation's, plus the follow-up's, which stay on it.
     */
    public Info reply(long sideId, Followup f) {
        String body = f.body();
        List<AttachmentService.NewFile> files = f.files();
        List<String> added = TicketService.checkCc(f.cc());
        if (body == null || body.isBlank()) throw DomainException.usage("the message is empty", "--body TEXT");
        return session.store().write(tx -> {
            Actor actor = session.actor(tx);
            Instant now = session.now();
            Conversations.Side side = tx.conversations().side(sideId).orElseThrow(() -> DomainException.notFound(
                    "side conversation " + sideId + " not found", "tix side list TICKET shows a ticket's"));
            Ticket t = Lookups.redirect(tx, Lookups.ticket(tx, side.ticketId()));
            Rules.requireWorkable(actor, t, "write in a side conversation of");
            AttachmentService.check(tx, files);
            List<String> copies = new ArrayList<>(side.cc());
            for (String a : added) {
                if (!a.equalsIgnoreCase(side.partner()) && copies.stream().noneMatch(a::equalsIgnoreCase)) copies.add(a);
            }
            if (!copies.equals(side.cc())) tx.conversations().setSideCc(side.id(), copies);
            MailComposer mail = new MailComposer(tx);
            Message msg = new TicketWriter(tx).with(new TicketWriter.Extras(List.of(), files)).record(t,
                    List.of(new Step.Say(MessageKind.NOTE, actor.login(), body, mail.nextMessageId(t), false, null)),
                    actor.login(), now).get(0);
            tx.conversations().addToSide(side.id(), msg.id(), now);
            Conversations.Side current = tx.conversations().side(side.id()).orElseThrow();
            mail.queueSide(t, current, msg.withSide(side.id()), actor.login(), now);
            new TicketWriter(tx).touch(t.id(), now);
            return new Info(current, tx.conversations().sideMessages(side.id()));
        });
    }

    /** A ticket's side conversations, oldest first. */
    public List<Info> list(long id) {
        return session.store().read(tx -> {
            Ticket t = Lookups.redirect(tx, Lookups.ticket(tx, id));
            List<Info> out = new ArrayList<>();
            for (Conversations.Side s : tx.conversations().sides(t.id())) {
                out.add(new Info(s, tx.conversations().sideMessages(s.id())));
            }
            return out;
        });
    }

    // ---------------------------------------------------------------- the queues' default CC

    public List<String> queueCc(String queue) {
        return session.store().read(tx -> {
            Lookups.queue(tx, queue);
            return tx.conversations().queueCc(queue);
        });
    }

    /** Sets the queue's default CC; an empty list clears it (desk.configure). */
    public List<String> setQueueCc(String queue, List<String> cc) {
        List<String> checked = TicketService.checkCc(cc);
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            Lookups.queue(tx, queue);
            tx.conversations().setQueueCc(queue, checked);
            return checked;
        });
    }

    /** Refuses bad CC addresses before anything is written. */
    public static List<String> check(List<String> cc) {
        return TicketService.checkCc(cc);
    }
}
