package tix.app;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tix.domain.Event;

public interface Events {
    void append(Event event);

    List<Event> forTicket(long ticketId);

    /**
     * The events of each ticket, in the order {@link #forTicket} gives them, read in a few set-based queries (a list
     * of 1,500 rows computes each row's SLA clock from them). A ticket without events maps to an empty list.
     */
    default Map<Long, List<Event>> forTickets(Collection<Long> ticketIds) {
        Map<Long, List<Event>> out = new LinkedHashMap<>();
        for (long id : ticketIds) out.put(id, forTicket(id));
        return out;
    }
}
