-- An instructor may assign a set with interviewer follow-ups (issue 15): each answer in the
-- assignment's drill then gets this many pushback probes. 0 = none, as every assignment before.
ALTER TABLE assignment ADD COLUMN probes_per_question INT NOT NULL DEFAULT 0;
