package tix.app;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import tix.domain.Account;
import tix.domain.Agent;
import tix.domain.BusinessCalendar;
import tix.domain.Changes;
import tix.domain.Cause;
import tix.domain.Channel;
import tix.domain.Contact;
import tix.domain.Durations;
import tix.domain.Event;
import tix.domain.Message;
import tix.domain.MessageKind;
import tix.domain.Queue;
import tix.domain.Role;
import tix.domain.SlaClock;
import tix.domain.Status;
import tix.domain.Ticket;
import tix.domain.TimeRules;
import tix.domain.Transitions;

/**
 * `tix demo --tickets N`: fills an empty desk with N tickets that look like two years of a real helpdesk, the same
 * for the same seed and the same --now. Agents, teams, queues, tag families, accounts (paid, trial, community,
 * potential, vip) and their contacts come first; then each ticket is acted out in memory (created, taken, answered,
 * escalated, put on hold, resolved, closed ...) with the events and SLA clock changes the real commands write
 * ({@link Changes#diff}), and the sweep's own doings up to now (unattended escalation, priority growth, reminders,
 * auto-close). The desk is left as a sweep run at now would leave it: its SLA colours are current, and every ticket's
 * next time rule is scheduled as {@link Timekeeper} schedules it, so a sweep later on finds exactly what has come due.
 * The tickets are written in one transaction by {@link Store#fill}, the bulk path of a new desk.
 */
public final class DeskGenerator {
    private static final Duration HISTORY = Duration.ofDays(730);
    private static final String SWEEP = SweepService.ACTOR;

    private final Session session;

    public DeskGenerator(Session session) {
        this.session = session;
    }

    /** What was made. */
    public record Made(long tickets, long messages, long events, int accounts, int contacts, int agents) {
    }

    /** Fills the session's desk (which must have no tickets yet); {@code tick} runs after each ticket. */
    public Made generate(int tickets, long seed, Runnable tick) {
        Instant now = session.now();
        SplittableRandom rnd = new SplittableRandom(seed);
        Cast cast = session.store().write(tx -> cast(tx, tickets, rnd, now));
        BulkSchedule schedule = session.store().read(BulkSchedule::new);
        // one thread acts the tickets out, this one writes them: the two halves of the work run side by side
        BlockingQueue<Rows> queue = new ArrayBlockingQueue<>(512);
        Sim sim = new Sim(cast, rnd, now, schedule);
        Thread actor = new Thread(() -> {
            try {
                for (int id = 1; id <= tickets; id++) queue.put(sim.ticket(id));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                queue.clear();
                queue.offer(new Rows(null, null, null, null, null, e));
            }
        }, "tix-demo-generator");
        actor.setDaemon(true);
        actor.start();
        try {
            session.store().fill(DEMO_CACHE_MIB, load -> {
                for (int i = 0; i < tickets; i++) {
                    Rows r = take(queue);
                    load.ticket(r.ticket, r.schedule);
                    for (Message m : r.messages) load.message(m);
                    for (Event e : r.events) load.event(e);
                    load.searchRow(r.ticket.id(), r.ticket.title(), r.search);
                    if (tick != null) tick.run();
                }
                return null;
            });
        } finally {
            actor.interrupt();
        }
        return new Made(tickets, sim.messageId, sim.eventId, cast.accounts.size(), cast.contacts(), cast.agents.size());
    }

    /** SQLite's page cache while generating (rows go in in order and the indexes are built at the end: little is enough). */
    private static final int DEMO_CACHE_MIB = 16;

    /** One ticket's rows, or ({@code failure}) why the generator stopped. */
    private record Rows(Ticket ticket, Archive.Schedule schedule, List<Message> messages, List<Event> events,
                        String search, Throwable failure) {
    }

    private static Rows take(BlockingQueue<Rows> queue) {
        Rows r;
        try {
            r = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new tix.domain.DomainException(tix.domain.DomainException.Reason.INTERNAL, "interrupted", "run it again");
        }
        if (r.failure instanceof RuntimeException) throw (RuntimeException) r.failure;
        if (r.failure instanceof Error) throw (Error) r.failure;
        return r;
    }

    // ---------------------------------------------------------------- the cast: who and what the tickets refer to

    /** Reference data, made once. */
    private static final class Cast {
        final List<String> agents = new ArrayList<>();
        final List<String> agentNames = new ArrayList<>();
        final List<Account> accounts = new ArrayList<>();
        /** Each account's mail domain. */
        final List<String> domains = new ArrayList<>();
        /**
         * The contacts, compact (a million-ticket desk has 200,000): id, first and last name (indexes into FIRST and
         * LAST) and account (an index into accounts, -1 for none); {@link #contact} makes one's record when a ticket
         * needs it.
         */
        long[] contactIds;
        byte[] contactFirst;
        byte[] contactLast;
        int[] contactAccount;

        int contacts() {
            return contactIds.length;
        }

        Contact contact(int i) {
            String first = FIRST[contactFirst[i]];
            String last = LAST[contactLast[i]];
            int a = contactAccount[i];
            return new Contact(contactIds[i], email(first, last, i, a < 0 ? null : domains.get(a)), first + " " + last,
                    a < 0 ? null : accounts.get(a).name(), false);
        }

        Account account(int i) {
            int a = contactAccount[i];
            return a < 0 ? null : accounts.get(a);
        }

        static String email(String first, String last, int i, String domain) {
            return (first + "." + last).toLowerCase(java.util.Locale.ROOT) + i + "@" + (domain == null ? "mail.example.net" : domain);
        }
        final List<String> queues = List.of(Queue.DEFAULT, "billing", "sales", "security");
        final List<String> teams = List.of("frontline", "billing", "platform");
    }

    private static final String[] FIRST = {"Ana", "Ben", "Carla", "Dan", "Eva", "Femi", "Grace", "Hugo", "Ines", "Jon",
        "Kira", "Luis", "Mei", "Nora", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tara", "Umar", "Vera", "Wes", "Xia",
        "Yusuf", "Zoe", "Amir", "Bea", "Cyril", "Dara", "Elif", "Farid", "Gita", "Hana", "Ivo", "Jana"};
    private static final String[] LAST = {"Lima", "Okafor", "Diaz", "Novak", "Schmidt", "Tanaka", "Costa", "Berg",
        "Haddad", "Kowalski", "Nguyen", "Moreau", "Rossi", "Silva", "Jensen", "Ivanova", "Mensah", "Walsh", "Kaur",
        "Garcia", "Fischer", "Sato", "Olsen", "Petrov", "Ahmed", "Murphy", "Dubois", "Yilmaz", "Brown", "Kim"};
    private static final String[] WORD = {"Blue", "North", "Bright", "Iron", "Quiet", "Rapid", "Silver", "Green",
        "Harbor", "Summit", "Cedar", "Delta", "Ember", "Falcon", "Granite", "Juniper", "Lumen", "Maple", "Nimbus",
        "Orbit", "Pine", "Quartz", "River", "Solar", "Tidal", "Vista"};
    private static final String[] KIND = {"Logistics", "Labs", "Health", "Foods", "Studio", "Systems", "Retail",
        "Media", "Bank", "Energy", "Travel", "Legal", "Robotics", "Analytics", "Schools", "Games"};
    private static final String[] PLANS = {"free", "team", "pro", "enterprise"};

    private Cast cast(Tx tx, int tickets, SplittableRandom rnd, Instant now) {
        Cast c = new Cast();
        Instant hired = now.minus(HISTORY).minus(Duration.ofDays(30));
        int agents = Math.max(4, Math.min(120, tickets / 4000));
        for (int i = 0; i < agents; i++) {
            String first = FIRST[i % FIRST.length];
            String last = LAST[(i * 7) % LAST.length];
            String login = (first.charAt(0) + last).toLowerCase(java.util.Locale.ROOT) + (i < FIRST.length ? "" : String.valueOf(i));
            if (login.equals(session.actorLogin()) || tx.agents().agent(login).isPresent()) continue;
            tx.agents().saveAgent(new Agent(login, first + " " + last, null, first + ", Support", i % 10 == 0 ? Role.ADMIN : Role.AGENT,
                    List.of(), hired), true);
            c.agents.add(login);
            c.agentNames.add(first);
        }
        for (String team : c.teams) if (!tx.teams().teamExists(team)) tx.teams().addTeam(team);
        for (int i = 0; i < c.agents.size(); i++) tx.teams().addTeamMember(c.teams.get(i % c.teams.size()), c.agents.get(i));
        for (String q : c.queues) {
            if (tx.queues().queue(q).isEmpty()) {
                tx.queues().saveQueue(new Queue(q, q + "@help.example.com", q.equals("security") ? 75 : 50, "triage", "default",
                        true, 4, "new", true), true);
            }
        }
        tx.tagSets().saveTagFamily("area", false);
        for (String a : AREAS) tx.tagSets().addFamilyTag("area", a);
        tx.tagSets().saveTagFamily("type", true);
        for (String t : TYPES) tx.tagSets().addFamilyTag("type", t);
        int accounts = Math.max(5, Math.min(20_000, tickets / 50));
        for (int i = 0; i < accounts; i++) {
            // every word with every kind once (the kind steps by 11 mod 16 per round), then numbered rounds
            String name = WORD[i % WORD.length] + " " + KIND[(i + i / WORD.length) % KIND.length]
                    + (i < WORD.length * KIND.length ? "" : " " + (i / (WORD.length * KIND.length) + 1));
            int p = rnd.nextInt(100);
            String status = p < 45 ? "paid" : p < 65 ? "trial" : p < 85 ? "community" : p < 95 ? "potential" : "vip";
            String plan = status.equals("vip") ? "enterprise" : status.equals("community") ? "free" : PLANS[1 + rnd.nextInt(3)];
            Account saved = tx.accounts().saveAccount(name, plan, status);
            c.accounts.add(saved);
            c.domains.add(saved.name().toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + ".example.com");
        }
        int contacts = Math.max(10, Math.min(200_000, tickets / 5));
        c.contactIds = new long[contacts];
        c.contactFirst = new byte[contacts];
        c.contactLast = new byte[contacts];
        c.contactAccount = new int[contacts];
        for (int i = 0; i < contacts; i++) {
            int first = rnd.nextInt(FIRST.length);
            int last = rnd.nextInt(LAST.length);
            boolean business = rnd.nextInt(100) < 75;
            int account = business ? rnd.nextInt(c.accounts.size()) : -1;
            String name = FIRST[first] + " " + LAST[last];
            Contact ct = tx.contacts().contact(Cast.email(FIRST[first], LAST[last], i, account < 0 ? null : c.domains.get(account)), name);
            if (account >= 0) tx.contacts().setContactAccount(ct.id(), c.accounts.get(account).id());
            c.contactIds[i] = ct.id();
            c.contactFirst[i] = (byte) first;
            c.contactLast[i] = (byte) last;
            c.contactAccount[i] = account;
        }
        return c;
    }

    // ---------------------------------------------------------------- text

    private static final String[] AREAS = {"billing", "login", "export", "api", "mobile", "performance", "integrations", "data"};
    private static final String[] TYPES = {"question", "bug", "feature", "incident"};
    private static final String[][] PROBLEMS = {
        {"Invoice shows the wrong VAT rate", "Card declined although the bank says it is fine", "Charged twice this month",
            "Need a copy of last year's invoices", "Downgrade did not lower the price"},
        {"Cannot log in after password reset", "SSO redirect loops", "Two-factor codes are rejected",
            "Locked out after changing my email", "Session expires every few minutes"},
        {"Export to CSV stops halfway", "Export file has broken umlauts", "Scheduled export never arrives",
            "Excel shows all columns in one", "PDF report is empty"},
        {"Webhook deliveries are delayed", "API returns 429 far below the limit", "Token refresh fails with 401",
            "Pagination skips records", "Sandbox key stopped working"},
        {"App crashes when opening attachments", "Push notifications stopped", "Dark mode text is unreadable",
            "Offline edits are lost", "Cannot upload photos from the phone"},
        {"Dashboard takes a minute to load", "Search is very slow since Monday", "Timeouts when saving large forms",
            "Reports time out at month end", "Everything is slow in the afternoon"},
        {"Slack integration posts twice", "Calendar sync misses events", "Salesforce fields are not mapped",
            "Zapier trigger never fires", "Jira links are broken"},
        {"Records disappeared after the import", "Duplicate contacts after merge", "Wrong time zone on all dates",
            "Need our data deleted (GDPR)", "Custom fields were reset"},
    };
    private static final String[] OPENERS = {"Hello,", "Hi team,", "Good morning,", "Hi,", "Dear support,", "Hey there,"};
    private static final String[] DETAILS = {"It started yesterday after the update.",
        "This happens on Chrome and Firefox, Windows 11.", "Three of my colleagues see the same.",
        "We tried clearing the cache and logging out and in again.", "It worked fine last week.",
        "This is blocking our month-end close.", "Screenshot attached; the error code is E-4012.",
        "Our account manager said you would know.", "It only happens for users in the Berlin office.",
        "We are on the annual plan, if that matters.", "The problem comes and goes, mostly in the morning.",
        "Could you please look at it today?", "We need this fixed before our audit on Friday.",
        "Is there a workaround in the meantime?", "The same steps worked in the old version."};
    private static final String[] ANSWERS = {"Thanks for the details, we could reproduce it.",
        "Please clear the cookies for login.example.com and try again.",
        "We have pushed a fix; it should work within the hour.", "I have corrected the invoice and sent you a copy.",
        "This is a known issue and our engineers are on it.", "Could you send us the exact time it happened?",
        "I have reset the sync; the next run should pick everything up.",
        "You can change this under Settings > Account > Region.", "We raised your rate limit to 600 requests a minute.",
        "The export now runs in the background and mails you the file."};
    private static final String[] FOLLOW_UPS = {"Thanks, that worked!", "Still the same here, sorry.",
        "I tried that but the error is back.", "Any news on this?", "Here is the screenshot you asked for.",
        "It happened again at 10:42 CET.", "Great, all good now.", "Can you call me instead?"};
    private static final String[] NOTES = {"Checked the logs: 502s from the edge for this tenant.",
        "Customer is on the legacy plan, check with billing first.", "Same as the ticket from last week, linking.",
        "Needs engineering: the queue worker drops these jobs.", "VIP account, keep them posted daily.",
        "Asked product whether this is intended."};

    // ---------------------------------------------------------------- one ticket

    /** Acts out tickets one after the other; ids of messages and events run on across tickets. */
    private static final class Sim {
        private final Cast cast;
        private final SplittableRandom rnd;
        private final Instant now;
        private final StringBuilder text = new StringBuilder(512);
        private List<Event> events;
        private List<Message> messages;
        long messageId;
        long eventId;

        // the ticket being built
        private long id;
        private Ticket.Builder b;
        private Ticket cur;
        private Contact requester;
        private int requesterIndex;
        private Instant remindedAt;
        private Instant grownAt;
        /** The ticket's queue calendar and the desk's time rules. */
        private BusinessCalendar cal;
        private TimeRules.Config rules;

        private final BulkSchedule schedule;

        Sim(Cast cast, SplittableRandom rnd, Instant now, BulkSchedule schedule) {
            this.cast = cast;
            this.rnd = rnd;
            this.now = now;
            this.schedule = schedule;
        }

        private Instant minus(Duration d) {
            return now.minus(d);
        }

        private Duration minutes(long lo, long hi) {
            return Duration.ofMinutes(lo + (hi > lo ? rnd.nextLong(hi - lo) : 0));
        }

        private Duration between(Duration lo, Duration hi) {
            long a = lo.toMillis();
            long z = hi.toMillis();
            return Duration.ofMillis(a + (z > a ? rnd.nextLong(z - a) : 0));
        }

        private <T> T pick(T[] a) {
            return a[rnd.nextInt(a.length)];
        }

        /** A status change along the one transition table, with the cause the desk's own command would have had. */
        private Ticket.Builder move(Status to, Cause cause, Instant at, Instant until) {
            b = Transitions.move(b.build(), to, cause, at, until).toBuilder();
            return b;
        }

        /** One change by {@code actor} at {@code at}: version, updated_at and the events the change writes. */
        private void change(String actor, Instant at) {
            Ticket after = b.updatedAt(at.isAfter(cur.updatedAt()) ? at : cur.updatedAt()).version(cur.version() + 1).build();
            for (Event e : Changes.diff(cur, after, actor, at)) events.add(e);
            cur = after;
        }

        private void message(MessageKind kind, String author, String body, Instant at) {
            long mid = ++messageId;
            messages.add(new Message(mid, id, kind, author, body, at,
                    kind == MessageKind.REPLY || (kind == MessageKind.CUSTOMER && rnd.nextInt(3) == 0)
                            ? "<" + mid + "." + id + "@demo.tix.invalid>" : null));
            events.add(Event.of(id, at, author, "message", kind.wire(), null, String.valueOf(mid)));
        }

        private String customerText(String first) {
            text.setLength(0);
            text.append(pick(OPENERS)).append("\n\n");
            int n = 1 + rnd.nextInt(3);
            for (int i = 0; i < n; i++) text.append(i > 0 ? " " : "").append(pick(DETAILS));
            text.append("\n\nThanks,\n").append(first);
            return text.toString();
        }

        private String replyText(String to, int agent) {
            text.setLength(0);
            text.append("Hi ").append(to).append(",\n\n").append(pick(ANSWERS));
            if (rnd.nextBoolean()) text.append(' ').append(pick(ANSWERS));
            text.append("\n\n").append(cast.agentNames.get(agent)).append(", Support");
            return text.toString();
        }

        Rows ticket(long ticketId) {
            id = ticketId;
            events = new ArrayList<>(32);
            messages = new ArrayList<>(8);
            remindedAt = null;
            grownAt = null;
            requesterIndex = rnd.nextInt(cast.contacts());
            requester = cast.contact(requesterIndex);
            String first = requester.name().substring(0, requester.name().indexOf(' '));
            int s = rnd.nextInt(1000);
            Status target = s < 845 ? Status.CLOSED : s < 875 ? Status.RESOLVED : s < 915 ? Status.OPEN
                    : s < 940 ? Status.PENDING : s < 955 ? Status.NEW : s < 968 ? Status.WAITING : s < 980 ? Status.HOLD
                    : s < 992 ? Status.REVIEW : Status.SUSPENDED;
            // when the ticket arrived and when its last hand-made change happened (the sweep may act after)
            Instant created;
            Instant last;
            switch (target) {
                case CLOSED: {
                    created = now.minus(between(Duration.ofDays(6), HISTORY));
                    Duration life = Duration.ofMinutes((long) Math.min(60.0 * 24 * 30, -Math.log(1 - rnd.nextDouble()) * 60 * 20));
                    last = created.plus(life);
                    if (last.isAfter(minus(Duration.ofDays(5)))) last = minus(Duration.ofDays(5));
                    break;
                }
                case RESOLVED:
                    last = now.minus(between(Duration.ofMinutes(5), Duration.ofDays(3).plusHours(20)));
                    created = last.minus(between(Duration.ofMinutes(20), Duration.ofDays(12)));
                    break;
                case OPEN:
                    last = now.minus(between(Duration.ofMinutes(5), Duration.ofDays(9)));
                    created = last.minus(between(Duration.ofMinutes(10), Duration.ofDays(10)));
                    break;
                case PENDING:
                    last = now.minus(between(Duration.ofMinutes(5), Duration.ofDays(4).plusHours(12)));
                    created = last.minus(between(Duration.ofMinutes(10), Duration.ofDays(8)));
                    break;
                case WAITING:
                    last = now.minus(between(Duration.ofMinutes(5), Duration.ofDays(9)));
                    created = last.minus(between(Duration.ofMinutes(10), Duration.ofDays(8)));
                    break;
                case HOLD:
                case REVIEW:
                    last = now.minus(between(Duration.ofMinutes(5), Duration.ofDays(20)));
                    created = last.minus(between(Duration.ofMinutes(10), Duration.ofDays(15)));
                    break;
                case NEW:
                    created = rnd.nextBoolean() ? now.minus(minutes(1, 55)) : now.minus(between(Duration.ofHours(2), Duration.ofDays(5)));
                    last = created;
                    break;
                default: // suspended
                    created = now.minus(between(Duration.ofMinutes(5), Duration.ofDays(60)));
                    last = created;
                    break;
            }
            // --- created: the first message is the customer's (a phone or agent ticket: noted by the agent)
            int area = rnd.nextInt(AREAS.length);
            String[] problems = PROBLEMS[area];
            String title = problems[rnd.nextInt(problems.length)];
            String queue = area == 0 ? "billing" : area == 7 && rnd.nextInt(3) == 0 ? "security"
                    : rnd.nextInt(12) == 0 ? "sales" : Queue.DEFAULT;
            int p = rnd.nextInt(100);
            int priority = p < 20 ? 25 : p < 70 ? 50 : p < 92 ? 75 : 95;
            if (queue.equals("security") && priority < 75) priority = 75;
            int c = rnd.nextInt(100);
            Channel channel = target == Status.SUSPENDED ? Channel.EMAIL : c < 50 ? Channel.EMAIL : c < 70 ? Channel.WEB
                    : c < 80 ? Channel.CHAT : c < 88 ? Channel.PHONE : c < 92 ? Channel.API : c < 95 ? Channel.SOCIAL
                    : c < 97 ? Channel.REVIEW : Channel.AGENT;
            List<String> tags = new ArrayList<>(3);
            if (rnd.nextInt(10) < 7) tags.add("area:" + AREAS[area]);
            if (rnd.nextInt(10) < 8) tags.add("type:" + TYPES[rnd.nextInt(TYPES.length)]);
            if (rnd.nextInt(20) == 0) tags.add(rnd.nextBoolean() ? "urgent-customer" : "needs-docs");
            if (target == Status.SUSPENDED) tags.clear();
            Status first0 = target == Status.SUSPENDED ? Status.SUSPENDED : Status.NEW;
            cur = new Ticket(id, title, first0, priority, channel, queue, "triage", null, null, rnd.nextInt(10) != 0,
                    requester.id(), rnd.nextInt(25) == 0 ? created.plus(Duration.ofDays(3 + rnd.nextInt(10))) : null,
                    null, created, created, 1, created, created, null, created, null, null, null, null, "none",
                    tix.domain.Tags.normalise(tags));
            b = cur.toBuilder();
            cal = schedule.queueCalendar(cur);
            rules = schedule.config();
            events.add(Event.of(id, created, channel == Channel.EMAIL ? IngestService.ACTOR : cast.agents.get(rnd.nextInt(cast.agents.size())), "created", null, null,
                    first0.wire()));
            message(MessageKind.CUSTOMER, requester.email(), customerText(first), created);
            if (target == Status.SUSPENDED || target == Status.NEW) {
                finishNew(target, created, first);
            } else {
                work(target, created, last, first);
            }
            return rows();
        }

        /** A ticket nobody has taken yet: more customer messages perhaps, and the sweep's one unattended escalation. */
        private void finishNew(Status target, Instant created, String first) {
            if (target == Status.SUSPENDED) return;
            Instant escalate = rules.escalateAfter() == null ? null : rules.escalateAfter().after(cal, created);
            int more = rnd.nextInt(3);
            Instant at = created;
            for (int i = 0; i < more; i++) {
                at = at.plus(minutes(3, 90));
                if (at.isAfter(now)) break;
                b.lastCustomerAt(at);
                change(requester.email(), at);
                message(MessageKind.CUSTOMER, requester.email(), pick(FOLLOW_UPS), at);
            }
            if (escalate != null && !escalate.isAfter(now)) {
                b.tier("t1").tierEnteredAt(escalate);
                change(SWEEP, escalate);
                message(MessageKind.SYSTEM, SWEEP, "Unattended for 1bh of business time: escalated from triage to t1.", escalate);
            }
            // unanswered new tickets grow too (issue 13), as the sweeps did it
            if (schedule.growsNew(cur)) grow();
        }

        /** Unanswered: the priority grew one step per span of the growth rule, as the sweeps did it. */
        private void grow() {
            Ticket t = cur;
            Durations.Span every = rules.growthEvery();
            if (every != null && t.unanswered() && t.priority() < rules.growthMax()) {
                Instant from = TimeRules.growthFrom(t, null);
                long steps = every.between(cal, from, now).toMillis() / every.amount().toMillis();
                if (steps > 0) {
                    grownAt = every.times(steps).after(cal, from);
                    b.priority((int) Math.min(rules.growthMax(), t.priority() + steps));
                    change(SWEEP, grownAt);
                }
            }
        }

        /** Taken, answered back and forth, perhaps escalated, then left in {@code target} at {@code last}. */
        private void work(Status target, Instant created, Instant last, String first) {
            int agent = rnd.nextInt(cast.agents.size());
            String login = cast.agents.get(agent);
            long span = Math.max(1, Duration.between(created, last).toMillis());
            int k = messageCount();
            // the moments of the exchange, in order, strictly inside (created, last]
            long[] at = new long[k];
            for (int i = 1; i < k; i++) at[i] = 1 + rnd.nextLong(span);
            java.util.Arrays.sort(at, 1, k);
            Instant taken = created.plusMillis(Math.max(1, Math.min(span, k > 1 ? at[1] / 2 : span / 2)));
            move(Status.OPEN, Cause.STAFF, taken, null).assignee(login).team(cast.teams.get(agent % cast.teams.size()));
            change(login, taken);
            boolean escalated = false;
            for (int i = 1; i < k; i++) {
                Instant t = created.plusMillis(at[i]);
                if (!t.isAfter(taken)) t = taken.plusMillis(i);
                if (t.isAfter(last)) t = last;
                boolean lastOne = i == k - 1;
                int r = rnd.nextInt(100);
                boolean customerTurn = cur.lastReplyAt() != null
                        && (cur.lastCustomerAt() == null || cur.lastReplyAt().isAfter(cur.lastCustomerAt()));
                if (!escalated && r < 6 && cast.agents.size() > 1) {
                    // escalated with a question: a note, a new tier, the assignee cleared, then taken again
                    escalated = true;
                    int up = rnd.nextInt(100);
                    b.tier(up < 55 ? "t2" : up < 80 ? "t3" : up < 90 ? "t4" : up < 96 ? "t5" : "oncall").tierEnteredAt(t).assignee(null);
                    change(login, t);
                    message(MessageKind.NOTE, login, "ESCALATED QUESTION 1\n" + pick(NOTES), t);
                    agent = (agent + 1) % cast.agents.size();
                    login = cast.agents.get(agent);
                    b.assignee(login);
                    change(login, t.plusMillis(1));
                } else if (r < 16) {
                    message(MessageKind.NOTE, login, pick(NOTES), t);
                } else if (customerTurn && !(lastOne && target == Status.PENDING)) {
                    Status st = cur.status();
                    b.lastCustomerAt(t);
                    if (st == Status.PENDING || st == Status.WAITING || st == Status.HOLD || st == Status.RESOLVED
                            || st == Status.REVIEW) {
                        move(Status.OPEN, Cause.CUSTOMER_MESSAGE, t, null);
                        if (!cur.sticky()) b.assignee(null);
                    }
                    change(requester.email(), t);
                    message(MessageKind.CUSTOMER, requester.email(), pick(FOLLOW_UPS), t);
                    if (!cur.sticky() && cur.assignee() == null) {
                        b.assignee(login);
                        change(login, t.plusMillis(1));
                    }
                } else {
                    b.lastReplyAt(t);
                    boolean pend = lastOne ? target == Status.PENDING : rnd.nextInt(10) < 7;
                    if (pend && cur.status() != Status.PENDING) move(Status.PENDING, Cause.REPLY_STATUS, t, null);
                    change(login, t);
                    message(MessageKind.REPLY, login, replyText(first, agent), t);
                }
            }
            end(target, last, login, first, agent);
        }

        private int messageCount() {
            // 1-20 messages, most tickets 2-5
            double g = -Math.log(1 - rnd.nextDouble()) * 3.2;
            return (int) Math.max(1, Math.min(20, 1 + Math.round(g)));
        }

        /** The last hand-made change, and what the sweep did since. */
        private void end(Status target, Instant last, String login, String first, int agent) {
            if (!last.isAfter(cur.updatedAt())) last = cur.updatedAt().plusMillis(1);
            switch (target) {
                case OPEN: {
                    if (cur.status() != Status.OPEN) {
                        move(Status.OPEN, Cause.STAFF, last, null);
                        change(login, last);
                    }
                    grow();
                    break;
                }
                case PENDING: {
                    // the last reply is the last change: its silence is what the reminder counts
                    if (cur.status() != Status.PENDING || cur.lastReplyAt() == null || cur.lastReplyAt().isBefore(last)) {
                        b.lastReplyAt(last);
                        if (cur.status() != Status.PENDING) move(Status.PENDING, Cause.REPLY_STATUS, last, null);
                        change(login, last);
                        message(MessageKind.REPLY, login, replyText(first, agent), last);
                    }
                    Instant since = cur.statusChangedAt().isAfter(cur.lastReplyAt()) ? cur.statusChangedAt() : cur.lastReplyAt();
                    Instant remind = rules.remindAfter() == null ? null : cal.nextOpen(rules.remindAfter().after(cal, since));
                    if (remind != null && !remind.isAfter(now)) {
                        remindedAt = remind;
                        events.add(Event.of(id, remind, SWEEP, "reminder", "to", null, requester.email()));
                    }
                    break;
                }
                case WAITING:
                    move(Status.WAITING, Cause.STAFF, last, null);
                    change(login, last);
                    break;
                case HOLD:
                    move(Status.HOLD, Cause.STAFF, last, now.plus(between(Duration.ofHours(2), Duration.ofDays(14))));
                    change(login, last);
                    break;
                case REVIEW:
                    move(Status.REVIEW, Cause.STAFF, last, null);
                    change(login, last);
                    break;
                case RESOLVED:
                    move(Status.RESOLVED, Cause.STAFF, last, null);
                    change(login, last);
                    break;
                default: { // closed: resolved, then closed by hand or four days later by the sweep
                    move(Status.RESOLVED, Cause.STAFF, last, null);
                    change(login, last);
                    boolean byHand = rnd.nextInt(10) < 3;
                    Instant closed = byHand ? last.plus(minutes(1, 60 * 24)) : last.plus(Duration.ofDays(4));
                    move(Status.CLOSED, byHand ? Cause.STAFF : Cause.SWEEP_CLOSE, closed, null);
                    change(byHand ? login : SWEEP, closed);
                    if (rnd.nextInt(50) == 0) {
                        // the customer wrote again later: a follow-up ticket would carry it; here a note says so
                        message(MessageKind.NOTE, login, "Customer confirmed by phone, nothing more to do.", closed.plusSeconds(60));
                    }
                    break;
                }
            }
        }

        /** Colour, schedule, the sweep's colour events; then the rows. */
        private Rows rows() {
            Account account = cast.account(requesterIndex);
            Ticket t = cur;
            // the history oldest first, as the store reads it back (ids follow time)
            events.sort(Comparator.comparing(Event::at));
            SlaClock.State sla = schedule.sla(t, account, events, now);
            if (!"none".equals(sla.colour())) {
                Instant end = sla.stoppedAt() != null ? sla.stoppedAt() : now;
                if (!sla.colour().equals("green") && sla.yellowAt() != null && !sla.yellowAt().isAfter(end)) {
                    events.add(Event.of(id, sla.yellowAt(), SWEEP, "sla", "sla", "green", "yellow"));
                }
                if (sla.colour().equals("red") && sla.redAt() != null && !sla.redAt().isAfter(end)) {
                    events.add(Event.of(id, sla.redAt(), SWEEP, "sla", "sla", "yellow", "red"));
                }
            }
            t = t.toBuilder().slaColour(sla.colour()).build();
            events.sort(Comparator.comparing(Event::at));
            List<Event> history = new ArrayList<>(events.size());
            for (Event e : events) {
                history.add(new Event(++eventId, id, e.at(), e.actor(), e.action(), e.field(), e.oldValue(), e.newValue()));
            }
            BulkSchedule.Result r = schedule.of(t, sla, history, remindedAt, grownAt, now);
            text.setLength(0);
            for (Message m : messages) {
                if (m != messages.get(0)) text.append('\n');
                text.append(m.body());
            }
            return new Rows(r.ticket(), r.schedule(), messages, history, text.toString(), null);
        }
    }
}
