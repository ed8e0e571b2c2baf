-- Twin of ../008.sql.
CREATE INDEX events_action_at ON events(action, at);
