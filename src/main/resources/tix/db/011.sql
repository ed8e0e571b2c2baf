-- Issue 13. Per queue: whether unanswered new tickets gain priority as open ones do (1, the default) or only open
-- ones (0).
ALTER TABLE queues ADD COLUMN priority_growth_new INTEGER NOT NULL DEFAULT 1;
