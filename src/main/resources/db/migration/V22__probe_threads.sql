-- Follow-up chains (issue 15): after an answer, the interviewer pushes on its weakest signal and
-- the learner replies against a short clock of its own. Each turn is one probe and its reply,
-- autosaved and clock-owned by the server exactly like an answer. Portable SQL (H2 and PostgreSQL).

-- How many probes a drill asks per question: 0 = no follow-ups (every drill before this feature).
ALTER TABLE drill ADD COLUMN probes_per_question INT NOT NULL DEFAULT 0;

CREATE TABLE probe_turn (
    attempt_id     BIGINT       NOT NULL REFERENCES attempt (id) ON DELETE CASCADE,
    turn           INT          NOT NULL,            -- 1, 2, … in the order asked
    signal_id      VARCHAR(120) NOT NULL,            -- the rubric signal or gap id the probe tests
    probe_when     VARCHAR(10)  NOT NULL,            -- missing, shallow or trap: why it was chosen
    ask            VARCHAR(4000) NOT NULL,           -- the probe exactly as the learner saw it
    quote          VARCHAR(1000),                    -- the learner's words an LLM probe is grounded in
    source         VARCHAR(20)  NOT NULL,            -- AUTHORED or LLM
    source_note    VARCHAR(400),                     -- why an LLM probe fell back to the authored one
    asked_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline_at    TIMESTAMP WITH TIME ZONE,         -- NULL in a drill without a clock
    reply          VARCHAR(1000000) NOT NULL DEFAULT '',
    reply_revision INT          NOT NULL DEFAULT 0,
    reply_saved_at TIMESTAMP WITH TIME ZONE,
    replied_at     TIMESTAMP WITH TIME ZONE,         -- NULL while the turn is open
    reply_reason   VARCHAR(20),                      -- LEARNER, TIME_LIMIT or SKIPPED
    PRIMARY KEY (attempt_id, turn)
);
-- The clock sweep looks for open turns past their deadline.
CREATE INDEX probe_turn_open ON probe_turn (replied_at, deadline_at);
