-- Agent notifications (outbox kind `notification`, SPEC §1.4 "new tickets notify the team"): an agent's address and
-- what they want to hear about: none, assigned (tickets given to them or their team) or all (also every new ticket).
ALTER TABLE agents ADD COLUMN email TEXT;
ALTER TABLE agents ADD COLUMN notify TEXT NOT NULL DEFAULT 'assigned' CHECK (notify IN ('none', 'assigned', 'all'));
