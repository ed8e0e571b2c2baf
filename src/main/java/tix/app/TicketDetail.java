package tix.app;

import java.time.Instant;
import java.util.List;
import tix.domain.Contact;
import tix.domain.Message;
import tix.domain.Ticket;

/**
 * A ticket with what `show` needs around it. {@code messages} and {@code others} may be empty; {@code sla} is the SLA
 * computed at the time of the query (null when not computed: views then fall back to the stored colour);
 * {@code watchers} are logins and {@code team:NAME} (null when not loaded); {@code toAddress} is the desk address the
 * first mail was sent to (null when unknown or not loaded).
 */
public record TicketDetail(Ticket ticket, Contact requester, List<Message> messages, List<Ticket> others, Sla sla,
                           List<String> watchers, String toAddress) {
    /** Without watchers and desk address (not loaded: lists and searches). */
    public TicketDetail(Ticket ticket, Contact requester, List<Message> messages, List<Ticket> others, Sla sla) {
        this(ticket, requester, messages, others, sla, null, null);
    }

    /** The `sla` object of SPEC §4: {@code target} is the red threshold's instant. */
    public record Sla(String colour, Instant target, Instant yellowAt, Instant redAt, long elapsedBusinessMinutes,
                      String clock, Instant nextChange) {
    }

    /** The same ticket with other message bodies (e.g. encrypted blocks masked); everything else is kept. */
    public TicketDetail withMessages(List<Message> shown) {
        return new TicketDetail(ticket, requester, shown, others, sla, watchers, toAddress);
    }

    public TicketDetail withSla(Sla s) {
        return new TicketDetail(ticket, requester, messages, others, s, watchers, toAddress);
    }
}
