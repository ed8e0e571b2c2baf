package tix.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tix.domain.Actor;
import tix.domain.DomainException;
import tix.domain.Names;
import tix.domain.Right;
import tix.domain.Rules;
import tix.domain.Ticket;
import tix.domain.op.DropTeam;

/** `tix team` and `tix tier`: teams with their members, and the ordered tiers. Changes are admin only. */
public final class TeamService {
    private final Session session;

    public TeamService(Session session) {
        this.session = session;
    }

    /** A team, its members' logins and how many tickets (any status) are assigned to it. */
    public record TeamInfo(String name, List<String> members, long tickets) {
    }

    public TeamInfo add(String name, List<String> members) {
        String n = Names.check("team", name);
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            if (tx.teams().teamExists(n)) {
                throw DomainException.conflict("team '" + n + "' exists", "use 'tix team set " + n + "'");
            }
            tx.teams().addTeam(n);
            for (String m : members == null ? List.<String>of() : members) {
                tx.teams().addTeamMember(n, session.requireAgent(tx, m).login());
            }
            return info(tx, n);
        });
    }

    /** What `team set` adds and removes: agents' logins. */
    public record MemberChange(List<String> add, List<String> remove) {
    }

    public TeamInfo set(String name, MemberChange r) {
        List<String> add = r.add();
        List<String> remove = r.remove();
        if ((add == null || add.isEmpty()) && (remove == null || remove.isEmpty())) {
            throw DomainException.usage("nothing to change", "--add-member LOGIN or --remove-member LOGIN");
        }
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            String n = team(tx, name);
            for (String m : remove == null ? List.<String>of() : remove) {
                String login = session.requireAgent(tx, m).login();
                if (!tx.teams().teamMembers(n).contains(login)) {
                    throw DomainException.notFound("'" + login + "' is not in team '" + n + "'", "see 'tix team show " + n + "'");
                }
                tx.teams().removeTeamMember(n, login);
            }
            for (String m : add == null ? List.<String>of() : add) {
                tx.teams().addTeamMember(n, session.requireAgent(tx, m).login());
            }
            return info(tx, n);
        });
    }

    public TeamInfo show(String name) {
        return session.store().read(tx -> info(tx, team(tx, name)));
    }

    public List<TeamInfo> list() {
        return session.store().read(tx -> {
            Map<String, Long> counts = tx.tickets().countBy("team");
            List<TeamInfo> out = new ArrayList<>();
            for (String t : tx.teams().teams()) {
                out.add(new TeamInfo(t, tx.teams().teamMembers(t), counts.getOrDefault(t, 0L)));
            }
            return out;
        });
    }

    /** Deletes a team; its tickets keep their assignee and lose the team (an `assigned team` event each). */
    public List<Long> remove(String name) {
        return session.store().write(tx -> {
            Actor actor = session.actor(tx);
            Rules.require(actor, Right.DESK_CONFIGURE);
            String n = team(tx, name);
            Instant now = session.now();
            List<Long> ids = tx.tickets().idsWhere("team", n);
            TicketWriter writer = new TicketWriter(tx);
            for (long id : ids) {
                Ticket t = tx.tickets().find(id).orElseThrow();
                writer.save(t, new DropTeam().apply(t, now), actor.login(), now);
            }
            tx.teams().removeTeam(n);
            return ids;
        });
    }

    /**
     * A tier: its place in escalation order, its calendar (null: the queue's), its ticket count and its team (null:
     * none; escalations into the tier notify the team).
     */
    public record TierInfo(String name, int position, String calendar, long tickets, String team) {
    }

    public List<TierInfo> tiers() {
        return session.store().read(TeamService::tiers);
    }

    private static List<TierInfo> tiers(Tx tx) {
        Map<String, Long> counts = tx.tickets().countBy("tier");
        List<TierInfo> out = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> e : tx.tiers().tierCalendars().entrySet()) {
            out.add(new TierInfo(e.getKey(), i++, e.getValue(), counts.getOrDefault(e.getKey(), 0L),
                    tx.tiers().tierTeam(e.getKey())));
        }
        return out;
    }

    /** What `tier add` is given: the tier it comes after and its calendar (null: defaults). */
    public record NewTier(String after, String calendar) {
    }

    /** Adds a tier after {@code after} (default: on top); escalation without --to then passes through it. */
    public List<TierInfo> addTier(String name, NewTier r) {
        String after = r.after();
        String calendar = r.calendar();
        String n = Names.check("tier", name);
        return session.store().write(tx -> {
            Rules.require(session.actor(tx), Right.DESK_CONFIGURE);
            if (tx.tiers().tiers().contains(n)) throw DomainException.conflict("tier '" + n + "' exists", "see 'tix tier list'");
            String a = after == null ? null : Lookups.tier(tx, after);
            if (calendar != null && !tx.queues().calendarExists(calendar)) {
                throw DomainException.notFound("calendar '" + calendar + "' not found", "see 'tix calendar list'");
            }
            tx.tiers().insertTier(n, a, calendar);
            return tiers(tx);
        });
    }

    /** Names a tier's team ({@code team} null: none); prints the new list. */
    public List<TierInfo> setTierTeam(String tier, String team) {
        return session.store().write(tx -> {
            String t = Lookups.tier(tx, tier);
            tx.tiers().setTierTeam(t, team == null ? null : team(tx, team));
            return tiers(tx);
        });
    }

    private static String team(Tx tx, String name) {
        if (!tx.teams().teamExists(name)) {
            throw DomainException.notFound("team '" + name + "' not found", "see 'tix team list'");
        }
        return name;
    }

    private TeamInfo info(Tx tx, String name) {
        return new TeamInfo(name, tx.teams().teamMembers(name), tx.tickets().countBy("team").getOrDefault(name, 0L));
    }
}
