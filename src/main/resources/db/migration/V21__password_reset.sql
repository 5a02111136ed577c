-- Account recovery: one-time password reset links an admin issues. Portable SQL (H2 and PostgreSQL).
-- Only the SHA-256 of a link's token is stored: the link itself is shown once, to the admin, and
-- a copy of this table cannot be used to take over an account.
CREATE TABLE password_reset (
    token_hash VARCHAR(64) PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    issued_by  BIGINT REFERENCES app_user (id) ON DELETE SET NULL,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX password_reset_user ON password_reset (user_id);
