-- The open design round (issue 15): an item's brief and facts as answered (per question version,
-- like question_version itself), and each learner's asks for facts, in order, with whether any
-- answer text existed yet. Keyed by id and version, which never change together, so the snapshot is
-- written before the drill is created and needs no link to question_version.
CREATE TABLE open_round (
    question_id      VARCHAR(120)   NOT NULL,
    question_version VARCHAR(40)    NOT NULL,
    title            VARCHAR(300)   NOT NULL,
    brief            VARCHAR(20000) NOT NULL,
    PRIMARY KEY (question_id, question_version)
);

CREATE TABLE open_round_fact (
    question_id      VARCHAR(120)   NOT NULL,
    question_version VARCHAR(40)    NOT NULL,
    position         INT            NOT NULL,
    fact_id          VARCHAR(120)   NOT NULL,
    label            VARCHAR(200)   NOT NULL,
    fact_value       VARCHAR(20000) NOT NULL,
    ask_first        BOOLEAN        NOT NULL,
    PRIMARY KEY (question_id, question_version, fact_id),
    FOREIGN KEY (question_id, question_version) REFERENCES open_round (question_id, question_version)
);

-- One row per fact asked; asking again changes nothing. seq orders the asks within the attempt.
CREATE TABLE open_round_ask (
    attempt_id    BIGINT       NOT NULL REFERENCES attempt (id) ON DELETE CASCADE,
    fact_id       VARCHAR(120) NOT NULL,
    seq           INT          NOT NULL,
    asked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    before_design BOOLEAN      NOT NULL, -- no answer text saved or sent yet when asked
    PRIMARY KEY (attempt_id, fact_id)
);
