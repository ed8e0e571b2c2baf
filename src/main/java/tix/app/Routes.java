package tix.app;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Routing rules (`tix route`), tried by position. A port the store implements. */
public interface Routes {
    /** The routing rules by position (SPEC §1 workflow 1): tried in this order, the first match wins. */
    List<tix.domain.Route> routes();

    Optional<tix.domain.Route> route(long id);

    /** Stores the rule as given (its id is ignored) and returns the new id; positions are the caller's concern. */
    long insertRoute(tix.domain.Route route, Instant now);

    void deleteRoute(long id);

    void setRoutePosition(long id, int position);
}
