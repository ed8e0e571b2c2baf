package tix.app;

import java.time.Instant;
import java.util.List;
import tix.domain.Message;
import tix.domain.Ticket;
import tix.domain.op.CustomerMessage;

/**
 * What a customer message does to a ticket ({@link CustomerMessage}, SPEC §3), written. Shared by `receive` and mail
 * ingest. Runs inside the caller's transaction.
 */
final class Inbound {
    private final Tx tx;
    private final Instant now;
    private final String actor;

    Inbound(Tx tx, Instant now, String actor) {
        this.tx = tx;
        this.now = now;
        this.actor = actor;
    }

    /** Adds the requester's message; returns the ticket that holds it (a new follow-up when {@code t} is closed). */
    Ticket customerMessage(Ticket t, String body, String messageId) {
        return customerMessage(t, body, messageId, null);
    }

    /**
     * Adds a customer message written by {@code from} (null: the requester), e.g. a colleague of the requester who
     * answered in the mail thread; returns the ticket that holds it.
     */
    Ticket customerMessage(Ticket t, String body, String messageId, String from) {
        String author = from != null ? from : tx.contacts().contact(t.requesterId()).orElseThrow().email();
        CustomerMessage.Result r = new CustomerMessage(body, author, messageId)
                .apply(t, Lookups.queue(tx, t.queue()), actor, now);
        TicketWriter writer = new TicketWriter(tx);
        if (r instanceof CustomerMessage.Added added) return writer.save(t, added.outcome(), actor, now);
        if (r instanceof CustomerMessage.Rejected rejected) {
            writer.record(t, rejected.steps(), actor, now);
            return tx.tickets().find(t.id()).orElseThrow();
        }
        TicketWriter.Created created = writer.create(((CustomerMessage.FollowUp) r).birth(), actor, now);
        List<Message> said = created.messages();
        Message customer = said.get(said.size() - 1);
        writer.record(t, List.of(CustomerMessage.noted(created.ticket().id(), customer.id())), actor, now);
        return tx.tickets().find(created.ticket().id()).orElseThrow();
    }
}
