package tix.render;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tix.app.AccountService;
import tix.app.Macros;
import tix.app.KnownIssues;
import tix.app.QueueService;
import tix.app.TeamService;
import tix.domain.Queue;
import tix.domain.Route;

/** JSON/CSV/table shapes of the administration commands (queue, team, tier, macro, account ...). */
public final class AdminViews {
    /** The columns of `queue list` in a table and in CSV. */
    public static final List<String> QUEUE_COLUMNS = List.of("name", "address", "addresses", "default_priority",
            "default_tier", "calendar", "priority_growth", "auto_close_days", "follow_up", "auto_response", "tickets", "priority_growth_new");

    /** The narrower set a terminal table shows (`queue show` and --csv/--json give every field). */
    public static final List<String> QUEUE_TABLE = List.of("name", "default_priority", "default_tier", "calendar",
            "auto_close_days", "follow_up", "tickets", "addresses");

    private AdminViews() {
        throw new AssertionError();
    }

    public static Map<String, Object> queue(QueueService.QueueInfo info) {
        Queue q = info.queue();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", q.name());
        m.put("address", q.address());
        m.put("addresses", info.addresses());
        m.put("default_priority", q.defaultPriority());
        m.put("default_tier", q.defaultTier());
        m.put("calendar", q.calendar());
        m.put("priority_growth", q.priorityGrowth());
        m.put("auto_close_days", q.autoCloseDays());
        m.put("follow_up", q.followUp());
        m.put("auto_response", q.autoResponse());
        m.put("tickets", info.tickets());
        m.put("members_only", info.membersOnly());
        m.put("members", info.members());
        // last, so CSV readers that go by position still find the older columns where they were
        m.put("priority_growth_new", q.priorityGrowthNew());
        return m;
    }

    public static Map<String, Object> queueRemoval(QueueService.Removal r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.queue());
        m.put("moved_to", r.movedTo());
        m.put("moved", r.moved());
        m.put("deleted", r.deleted());
        return m;
    }

    public static final List<String> TEAM_COLUMNS = List.of("name", "members", "tickets");

    public static Map<String, Object> team(TeamService.TeamInfo t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.name());
        m.put("members", t.members());
        m.put("tickets", t.tickets());
        return m;
    }

    public static final List<String> TAGSET_COLUMNS = List.of("family", "tag", "single", "tickets");

    /** The columns of `tix field list`. */
    public static final List<String> FIELD_COLUMNS = List.of("name", "type", "choices", "tickets");

    /** A row of `tix field list`: {@code choices} is an array (empty unless the type is choice). */
    public static Map<String, Object> field(tix.app.FieldService.Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.field().name());
        m.put("type", r.field().type().wire());
        m.put("choices", r.field().choices());
        m.put("tickets", r.tickets());
        return m;
    }

    /** A row of `tix tagset list`: {@code tag} is the tag as tickets carry it, {@code family:tag}. */
    public static Map<String, Object> tagset(tix.app.TagsetService.Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("family", r.family());
        m.put("tag", r.tag() == null ? null : r.family() + ":" + r.tag());
        m.put("single", r.single());
        m.put("tickets", r.tickets());
        return m;
    }

    public static final List<String> TIER_COLUMNS = List.of("name", "position", "calendar", "tickets", "team");

    public static Map<String, Object> tier(TeamService.TierInfo t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", t.name());
        m.put("position", t.position());
        m.put("calendar", t.calendar());
        m.put("tickets", t.tickets());
        m.put("team", t.team());
        return m;
    }

    public static final List<String> MACRO_COLUMNS = List.of("name", "uses", "last_used_at", "body");

    public static Map<String, Object> macro(Macros.Macro x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", x.name());
        m.put("body", x.body());
        m.put("uses", x.uses());
        m.put("last_used_at", Views.time(x.lastUsedAt()));
        m.put("created_at", x.createdAt() == null || x.createdAt().toEpochMilli() == 0 ? null : Views.time(x.createdAt()));
        m.put("updated_at", x.updatedAt() == null || x.updatedAt().toEpochMilli() == 0 ? null : Views.time(x.updatedAt()));
        return m;
    }

    public static final List<String> REPEATED_COLUMNS = List.of("times", "tickets", "body");

    public static Map<String, Object> repeated(Macros.RepeatedAnswer a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("times", a.times());
        m.put("tickets", a.tickets());
        m.put("body", a.body());
        return m;
    }

    public static final List<String> ACCOUNT_COLUMNS = List.of("name", "plan", "status", "tickets", "emails");

    public static Map<String, Object> account(AccountService.AccountInfo a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", a.account().name());
        m.put("plan", a.account().plan());
        m.put("status", a.account().status());
        m.put("emails", a.emails());
        m.put("tickets", a.tickets());
        return m;
    }

    public static Map<String, Object> accountImport(AccountService.ImportResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", r.accounts());
        m.put("created", r.created());
        m.put("updated", r.updated());
        m.put("contacts", r.contacts());
        return m;
    }

    public static final List<String> KNOWN_COLUMNS = List.of("number", "tag", "status", "tickets", "advice", "title");

    /** {@code advice}: what the ticket count warrants (a tag from 3, a status-page notice from about 6), or null. */
    public static Map<String, Object> known(KnownIssues.KnownIssue k, String advice, List<Long> ids) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", k.number());
        m.put("title", k.title());
        m.put("tag", k.tag());
        m.put("status", k.status());
        m.put("tickets", k.tickets());
        m.put("advice", advice);
        if (ids != null) m.put("ids", ids);
        m.put("created_at", Views.time(k.createdAt()));
        m.put("resolved_at", Views.time(k.resolvedAt()));
        m.put("resolution", k.resolution());
        return m;
    }

    /** A known issue with its update notes ({@code notes}: array of {at, actor, text}, oldest first). */
    public static Map<String, Object> known(KnownIssues.KnownIssue k, String advice, List<Long> ids, List<KnownIssues.Note> notes) {
        Map<String, Object> m = known(k, advice, ids);
        List<Map<String, Object>> out = new java.util.ArrayList<>();
        for (KnownIssues.Note n : notes) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("at", Views.time(n.at()));
            one.put("actor", n.actor());
            one.put("text", n.body());
            out.add(one);
        }
        m.put("notes", out);
        return m;
    }

    public static final List<String> ROUTE_COLUMNS = List.of("id", "position", "field", "value", "queue", "team",
            "priority", "tag");

    /** A routing rule; {@code r} null (no rule matched, `route test`) gives the same fields, all null. */
    public static Map<String, Object> route(Route r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r == null ? null : r.id());
        m.put("position", r == null ? null : r.position());
        m.put("field", r == null ? null : r.field().wire());
        m.put("value", r == null ? null : r.value());
        m.put("queue", r == null ? null : r.queue());
        m.put("team", r == null ? null : r.team());
        m.put("priority", r == null ? null : r.priority());
        m.put("tag", r == null ? null : r.tag());
        return m;
    }

    /** A rule in words: {@code #3 account_status=trial -> queue trials, team sales, priority 75, tag trial}. */
    public static String routeText(Route r) {
        List<String> does = new java.util.ArrayList<>();
        if (r.queue() != null) does.add("queue " + r.queue());
        if (r.team() != null) does.add("team " + r.team());
        if (r.priority() != null) does.add("priority " + r.priority());
        if (r.tag() != null) does.add("tag " + r.tag());
        return r.describe() + " -> " + String.join(", ", does);
    }

    /** A role: {"name", "built_in", "rights": [...], "agents": [...]} (`tix role show --json`). */
    public static Map<String, Object> role(tix.app.RoleService.RoleView r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", r.name());
        m.put("built_in", r.builtIn());
        m.put("rights", r.rights().stream().map(tix.domain.Right::wire).toList());
        m.put("agents", r.agents());
        return m;
    }

    /** One right of the table: {"right", "means"} (`tix role rights`). */
    public static Map<String, Object> right(tix.domain.Right r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("right", r.wire());
        m.put("means", r.description());
        return m;
    }

    /** A queue's membership: {"queue", "members_only", "members": [...]}. */
    public static Map<String, Object> membership(tix.app.RoleService.Membership ms) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("queue", ms.queue());
        m.put("members_only", ms.membersOnly());
        m.put("members", ms.members());
        return m;
    }
}
