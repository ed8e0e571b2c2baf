package tix.app;

import java.util.List;
import tix.domain.Event;

public interface Events {
    void append(Event event);

    List<Event> forTicket(long ticketId);
}
