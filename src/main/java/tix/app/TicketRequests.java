package tix.app;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import tix.domain.Channel;
import tix.domain.Priority;
import tix.domain.Status;

/**
 * What the ticket use cases of {@link TicketService} are given: one record per use case, with named, typed fields.
 * A use case takes the ticket's id (and the version the caller read, {@code --if-version}) and at most one of these.
 */
public final class TicketRequests {
    private TicketRequests() {
        throw new AssertionError();
    }

    /**
     * What `create` is given. Built by name: {@code CreateRequest.of(title, requester).body(text).priority(p).build()};
     * what is not given is null (the queue's default, the routing rule's, or none).
     */
    public record CreateRequest(String title, String requester, String name, String body, boolean internal,
                                Priority priority, Channel channel, String queue, String tier, List<String> tags,
                                String due, String account, boolean sticky, List<AttachmentService.NewFile> files) {
        public CreateRequest {
            tags = tags == null ? List.of() : List.copyOf(tags);
            files = files == null ? List.of() : List.copyOf(files);
        }

        /** A ticket titled {@code title} from {@code requester} (an address or a chat handle); sticky by default. */
        public static Builder of(String title, String requester) {
            return new Builder(title, requester);
        }

        /** Names each part of a {@link CreateRequest}. */
        public static final class Builder {
            private final String title;
            private final String requester;
            private String name;
            private String body;
            private boolean internal;
            private Priority priority;
            private Channel channel;
            private String queue;
            private String tier;
            private List<String> tags = List.of();
            private String due;
            private String account;
            private boolean sticky = true;
            private List<AttachmentService.NewFile> files = List.of();

            private Builder(String title, String requester) {
                this.title = title;
                this.requester = requester;
            }

            /** The requester's display name. */
            public Builder name(String v) {
                name = v;
                return this;
            }

            /** The first message's text. */
            public Builder body(String v) {
                body = v;
                return this;
            }

            /** The first message is an internal note, not the customer's words. */
            public Builder internal(boolean v) {
                internal = v;
                return this;
            }

            public Builder priority(Priority v) {
                priority = v;
                return this;
            }

            public Builder channel(Channel v) {
                channel = v;
                return this;
            }

            public Builder queue(String v) {
                queue = v;
                return this;
            }

            public Builder tier(String v) {
                tier = v;
                return this;
            }

            public Builder tags(List<String> v) {
                tags = v;
                return this;
            }

            /** A date or date-time as typed, read in the queue's zone. */
            public Builder due(String v) {
                due = v;
                return this;
            }

            public Builder account(String v) {
                account = v;
                return this;
            }

            /** A customer reply keeps the assignee (default); false: it un-assigns. */
            public Builder sticky(boolean v) {
                sticky = v;
                return this;
            }

            public Builder files(List<AttachmentService.NewFile> v) {
                files = v;
                return this;
            }

            public CreateRequest build() {
                return new CreateRequest(title, requester, name, body, internal, priority, channel, queue, tier, tags,
                        due, account, sticky, files);
            }
        }
    }

    /**
     * What `assign` is given: an agent and/or a team, or nobody ({@code none}); {@code sticky} null keeps the ticket's
     * (a sticky assignee stays when the customer writes).
     */
    public record Assignment(String agent, String team, boolean none, Boolean sticky) {
        public static Assignment toAgent(String agent) {
            return new Assignment(agent, null, false, null);
        }
    }

    /**
     * What `escalate` is given: the tier ({@code "oncall"} for the on-call tier, null for the next one), the questions
     * asked of it, whether the assignee stays, and a comment.
     */
    public record Escalation(String tier, List<String> questions, boolean keepAssignee, String comment) {
        public Escalation {
            questions = questions == null ? List.of() : List.copyOf(questions);
        }
    }

    public record Deescalation(String tier, String answer) {
    }

    public record Piece(long messageId, String title) {
    }

    /**
     * {@code set}: custom field name -> value as typed; {@code unset}: custom fields to clear (unknown names exit 3,
     * values of the wrong type exit 2).
     */
    public record EditRequest(String title, String requester, String name, String account, String queue,
                              String channel, Map<String, String> set, List<String> unset) {
        public EditRequest {
            set = set == null ? Map.of() : Map.copyOf(set);
            unset = unset == null ? List.of() : List.copyOf(unset);
        }

        public EditRequest(String title, String requester, String name, String account, String queue, String channel) {
            this(title, requester, name, account, queue, channel, Map.of(), List.of());
        }
    }

    /**
     * What `reply` is given: the text, the status to set after it (null: the usual one), a macro appended to the text,
     * and {@code with}: agents who become watchers and are told, CC addresses (besides the queue's default CC and whom
     * the requester copied) and files sent as MIME parts and kept with the message.
     */
    public record Answer(String body, Status status, String macro, Extras with) {
        public Answer {
            with = with == null ? Extras.NONE : with;
        }

        public static Answer of(String body) {
            return new Answer(body, null, null, Extras.NONE);
        }

        public Answer then(Status s) {
            return new Answer(body, s, macro, with);
        }
    }

    /**
     * What `note` is given: the text and {@code with}: agents who become watchers and are told, as @mentions are, and
     * files kept with the note (never sent); a note is not mailed, so it takes no CC address.
     */
    public record Note(String body, Extras with) {
        public Note {
            with = with == null ? Extras.NONE : with;
        }

        public static Note of(String body) {
            return new Note(body, Extras.NONE);
        }
    }

    /**
     * What goes with a reply or a note besides its text: {@code agents} (--cc-agent) watch the ticket from now on and
     * are told; {@code cc} addresses are copied on a reply's mail; {@code files} are kept with the message (and sent
     * with a reply).
     */
    public record Extras(List<String> agents, List<String> cc, List<AttachmentService.NewFile> files) {
        public static final Extras NONE = new Extras(List.of(), List.of(), List.of());

        public Extras {
            agents = agents == null ? List.of() : List.copyOf(agents);
            cc = cc == null ? List.of() : List.copyOf(cc);
            files = files == null ? List.of() : List.copyOf(files);
        }
    }

    /**
     * `follow` / `unfollow`: an agent (default: the acting one) or a team starts or stops watching the ticket. Watching
     * twice, or stopping when not watching, changes nothing.
     */
    public record Watcher(String agent, String team) {
    }

    /**
     * `notify ID --team T --note TEXT`: an internal note headed with the team's name; the team watches the ticket and
     * its members are told, without the ticket being assigned to it.
     */
    public record TeamNote(String team, String note) {
    }

    /**
     * What `status` is given: the status, how long a hold or wait lasts ({@code days}, or {@code until} a date as typed,
     * read in the queue's zone), and {@code force} (close from any open status).
     */
    public record StatusChange(Status status, Long days, String until, boolean force) {
        public StatusChange {
            Objects.requireNonNull(status, "status");
        }

        public static StatusChange to(Status s) {
            return new StatusChange(s, null, null, false);
        }
    }

    public record Deletion(boolean permanent, Long ifVersion) {
    }
}
