package dev.staffdrill.account;

import java.math.BigDecimal;
import java.time.Instant;

/** A signed-up person. The password hash never leaves {@link UserRepository} and the login path. */
public record User(long id, String username, String displayName, Role role, BigDecimal timeMultiplier,
                   Instant createdAt) {
}
