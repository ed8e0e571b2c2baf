package tix.app;

import java.util.List;
import tix.domain.Contact;
import tix.domain.Message;
import tix.domain.Ticket;

/** A ticket with what `show` needs around it. {@code messages} and {@code others} may be empty. */
public record TicketDetail(Ticket ticket, Contact requester, List<Message> messages, List<Ticket> others) {
}
