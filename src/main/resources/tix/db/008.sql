-- `tix report` reads events of one action in a period (tier changes, tag changes, known-issue links): without this
-- index each report would scan every event of the desk.
CREATE INDEX events_action_at ON events(action, at);
