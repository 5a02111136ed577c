package dev.staffdrill.account;

import java.time.Clock;

/**
 * Single-learner mode: one local learner, no password, so a first run on one's own machine is a
 * click away from a drill. Off by default; never for a shared deployment.
 */
public final class LocalLearner {
    static final String USERNAME = "local-learner";
    private final UserRepository users;
    private final Clock clock;

    public LocalLearner(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    public synchronized User user() {
        return users.byUsername(USERNAME)
                .orElseGet(() -> users.create(USERNAME, "Local learner", null, Role.LEARNER, clock.instant()));
    }
}
