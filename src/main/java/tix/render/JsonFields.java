package tix.render;

import java.util.Set;

/** Every top-level field name tix prints in JSON, for `--json FIELD,FIELD` selection. */
public final class JsonFields {
    public static final Set<String> KNOWN = Set.of(
            // tickets
            "id", "title", "status", "priority", "priority_name", "channel", "queue", "tier", "team", "assignee",
            "sticky", "requester", "tags", "due_at", "status_until", "sla", "created_at", "updated_at", "version",
            "split_from", "merged_into", "follow_up_of", "known_issue", "unanswered", "messages", "others", "fields",
            // custom fields (`tix field list`)
            "type", "choices",
            "watchers", "acknowledged_by", "agent", "event", "hook_status", "hook_error",
            // events
            "ticket_id", "at", "actor", "action", "field", "old", "new",
            // agents, accounts, queues, outbox and the rest
            "login", "name", "description", "signature", "role", "teams", "plan", "email", "emails", "address",
            "kind", "to", "subject", "body", "author", "key", "value", "count", "ids", "message_id",
            // administration (queue, team, tier, macro, account, known issues, bulk, import)
            "addresses", "default_priority", "default_tier", "calendar", "priority_growth", "priority_growth_new", "auto_close_days",
            "follow_up", "auto_response", "tickets", "moved_to", "moved", "deleted", "members", "position", "uses",
            "last_used_at", "times", "created", "updated", "contacts", "family", "single", "notify",
            // mail (outbox, suspended, queue mail settings, ingest, fetch, send)
            "from", "attempts", "sent_at", "last_error", "reason", "source", "received_at", "raw", "fetch_url",
            "auto_response_limit", "max_message_bytes", "max_attachment_bytes", "new_template", "closed_template",
            "reminder_template", "phone_template", "file", "outcome", "url", "fetched", "ingested", "duplicates",
            "kept", "sent", "retrying", "failed", "not_tried",
            // init
            "db", "admins",
            // export and import
            "events", "dropped_links", "requester_name", "requester_undeliverable",
            // bulk, known issues
            "dry_run", "skipped", "number", "tag", "advice", "resolved_at", "resolution",
            // stats
            "unassigned", "sla_by_tier", "backlog",
            // reports (repeats, tags, handoff)
            "text", "ticket_ids", "added", "removed", "until", "escalations", "known_issues", "open_in_high_tiers",
            "process_tags", "direction", "opened", "resolved", "linked",
            // attachments
            "n", "filename", "content_type", "size", "message",
            // addresses, CC, side conversations
            "to_address", "cc", "side", "partner", "reference", "partner_ticket", "created_by", "messages_count");

    private JsonFields() {
        throw new AssertionError();
    }
}
