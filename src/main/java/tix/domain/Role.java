package tix.domain;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A named set of rights. Three are built in and fixed: {@code agent} (routes work: takes, assigns colleagues, hands to
 * teams, escalates, opens known issues), {@code lead} (agent plus bulk, known issues and all queues) and {@code admin}
 * (every right). A desk adds its own with `tix role add`.
 */
public record Role(String name) {
    public static final Role AGENT = new Role("agent");
    public static final Role LEAD = new Role("lead");
    public static final Role ADMIN = new Role("admin");

    private static final Set<Right> AGENT_RIGHTS = EnumSet.of(Right.TICKET_SEE, Right.TICKET_CREATE, Right.TICKET_WORK,
            Right.TICKET_TAKE, Right.TICKET_ASSIGN_OTHERS, Right.TICKET_ASSIGN_TEAM, Right.TICKET_ESCALATE,
            Right.TICKET_ESCALATE_OTHERS, Right.KNOWN_CREATE);
    private static final Set<Right> LEAD_RIGHTS = with(AGENT_RIGHTS, Right.TICKET_WORK_OTHERS, Right.BULK,
            Right.KNOWN_MANAGE, Right.QUEUE_ALL);
    private static final Map<Role, Set<Right>> BUILT_IN = Map.of(AGENT, AGENT_RIGHTS, LEAD, LEAD_RIGHTS,
            ADMIN, EnumSet.allOf(Right.class));

    public Role {
        name = name.strip().toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z][a-z0-9_-]{0,31}")) {
            throw DomainException.usage("bad role name '" + name + "'", "a letter, then letters, digits, - or _");
        }
    }

    public static Role parse(String text) {
        return new Role(text == null ? "" : text);
    }

    public boolean builtIn() {
        return BUILT_IN.containsKey(this);
    }

    /** The rights of a built-in role, or null for a custom one (the desk keeps those). */
    public Set<Right> builtInRights() {
        Set<Right> r = BUILT_IN.get(this);
        return r == null ? null : Set.copyOf(r);
    }

    /** The built-in roles, in order of rank. */
    public static java.util.List<Role> builtIns() {
        return java.util.List.of(AGENT, LEAD, ADMIN);
    }

    public String wire() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }

    private static Set<Right> with(Set<Right> base, Right... more) {
        EnumSet<Right> s = EnumSet.copyOf(base);
        s.addAll(java.util.List.of(more));
        return s;
    }
}
