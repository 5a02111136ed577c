-- When a learner last looked at their assignments and at their reviewed answers: anything newer
-- shows as a small badge in the navigation until they look again. One row per learner, written
-- the first time they open either page; no row means "never looked", so everything counts as new.
CREATE TABLE notice_seen (
    user_id             BIGINT NOT NULL PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    assignments_seen_at TIMESTAMP WITH TIME ZONE,
    reviews_seen_at     TIMESTAMP WITH TIME ZONE
);
