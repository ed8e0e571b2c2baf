package tix.app;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import tix.domain.Actor;
import tix.domain.DomainException;
import tix.domain.Right;
import tix.domain.Role;
import tix.domain.Rules;

/** Roles as data (`tix role`), the right each command needs, and members-only queues (`tix queue member`). */
public final class RoleService {
    private final Session session;

    public RoleService(Session session) {
        this.session = session;
    }

    /** A role with its rights, in table order, and whether it is built in; {@code agents} hold it. */
    public record RoleView(String name, boolean builtIn, List<Right> rights, List<String> agents) {
    }

    /** Refuses (5) unless the acting agent holds {@code right}. */
    public void require(Right right) {
        session.store().read(tx -> {
            Rules.require(right == Right.TICKET_SEE ? session.viewer(tx) : session.actor(tx), right);
            return null;
        });
    }

    public List<RoleView> list() {
        return session.store().read(tx -> {
            List<RoleView> out = new ArrayList<>();
            for (Role r : Role.builtIns()) out.add(view(tx, r));
            for (String name : tx.roles().customRoles().keySet()) out.add(view(tx, new Role(name)));
            return out;
        });
    }

    public RoleView show(String name) {
        Role role = Role.parse(name);
        return session.store().read(tx -> view(tx, requireRole(tx, role)));
    }

    public RoleView add(String name, List<String> rights) {
        Role role = Role.parse(name);
        Set<Right> given = parse(rights);
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            if (role.builtIn() || tx.roles().customRoles().containsKey(role.name())) {
                throw DomainException.conflict("role '" + role + "' exists", "use 'tix role set " + role + "'");
            }
            tx.roles().saveRole(role.name(), given);
            return view(tx, role);
        });
    }

    /** What `role set` grants and revokes. */
    public record RoleChange(List<String> grant, List<String> revoke) {
    }

    public RoleView set(String name, RoleChange change) {
        List<String> grant = change.grant();
        List<String> revoke = change.revoke();
        Role role = Role.parse(name);
        Set<Right> plus = parse(grant);
        Set<Right> minus = parse(revoke);
        if (plus.isEmpty() && minus.isEmpty()) {
            throw DomainException.usage("nothing to change", "--grant RIGHT or --revoke RIGHT");
        }
        for (Right r : plus) {
            if (minus.contains(r)) throw DomainException.usage("both granting and revoking " + r, "choose one");
        }
        return session.store().write(tx -> {
            Actor actor = session.actor(tx);
            Rules.require(actor, Right.DESK_CONFIGURE);
            requireRole(tx, role);
            if (role.builtIn()) {
                throw DomainException.conflict("built-in role '" + role + "' cannot change",
                        "make a role of the desk's own: tix role add NAME --right RIGHT...");
            }
            Set<Right> rights = EnumSet.noneOf(Right.class);
            rights.addAll(tx.roles().customRoles().get(role.name()));
            rights.addAll(plus);
            rights.removeAll(minus);
            if (minus.contains(Right.DESK_CONFIGURE) && role.equals(actor.role()) && !otherConfigurer(tx, role)) {
                throw DomainException.conflict("revoking desk.configure from '" + role + "' would leave nobody to "
                        + "administer the desk", "give another agent the admin role first");
            }
            tx.roles().saveRole(role.name(), rights);
            return view(tx, role);
        });
    }

    /** Whether an agent of another role than {@code role} may administer the desk. */
    private static boolean otherConfigurer(Tx tx, Role role) {
        return tx.agents().agents().stream().anyMatch(a -> !a.role().equals(role)
                && Session.rightsOf(tx.roles(), a.role()).contains(Right.DESK_CONFIGURE));
    }

    /** Checks that {@code role} is built in or one of the desk's (exit 3 otherwise). */
    static Role requireRole(Tx tx, Role role) {
        if (role.builtIn() || tx.roles().customRoles().containsKey(role.name())) return role;
        throw DomainException.notFound("role '" + role + "' not found", "see 'tix role list'");
    }

    private static RoleView view(Tx tx, Role role) {
        List<Right> rights = new ArrayList<>(Session.rightsOf(tx.roles(), role));
        rights.sort(null);
        List<String> agents = tx.agents().agents().stream().filter(a -> a.role().equals(role))
                .map(tix.domain.Agent::login).toList();
        return new RoleView(role.name(), role.builtIn(), rights, agents);
    }

    private static Set<Right> parse(List<String> names) {
        Set<Right> out = EnumSet.noneOf(Right.class);
        if (names != null) for (String n : names) for (String part : n.split(",")) {
            if (!part.isBlank()) out.add(Right.parse(part));
        }
        return out;
    }

    // ---------------------------------------------------------------- members-only queues

    /** A queue's members and whether only they see its tickets. */
    public record Membership(String queue, boolean membersOnly, List<String> members) {
    }

    public Membership members(String queue) {
        return session.store().read(tx -> membership(tx, Lookups.queue(tx, queue).name()));
    }

    /** Adds every agent of {@code logins} to the queue, in one transaction (all or none). */
    public Membership addMembers(String queue, List<String> logins) {
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            String q = Lookups.queue(tx, queue).name();
            for (String login : logins) tx.roles().addQueueMember(q, session.requireAgent(tx, login).login());
            return membership(tx, q);
        });
    }

    public Membership removeMember(String queue, String login) {
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            String q = Lookups.queue(tx, queue).name();
            session.requireAgent(tx, login);
            if (!tx.roles().removeQueueMember(q, login)) {
                throw DomainException.notFound("'" + login + "' is not a member of queue " + q,
                        "see 'tix queue member list " + q + "'");
            }
            return membership(tx, q);
        });
    }

    static Membership membership(Tx tx, String queue) {
        return new Membership(queue, tx.roles().membersOnlyQueues().contains(queue), tx.roles().queueMembers(queue));
    }
}
