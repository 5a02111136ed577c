-- The expiry sweep runs every 5 s on every instance and looks for open attempts whose deadline has
-- passed (submitted_at IS NULL AND deadline_at < now). Without an index it read the whole attempt
-- table, every answer ever written included, and the table only grows.
CREATE INDEX attempt_open_deadline ON attempt (submitted_at, deadline_at);
