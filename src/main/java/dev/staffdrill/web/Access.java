package dev.staffdrill.web;

import io.javalin.security.RouteRole;

/** Who may use a route. Every route declares one; the access filter enforces it in one place. */
public enum Access implements RouteRole {
    /** Anyone, signed in or not. */
    PUBLIC,
    /** Any signed-in user; their own data only. */
    LEARNER,
    /** Instructors and admins; only cohorts they own. */
    INSTRUCTOR,
    /** Admins only. */
    ADMIN
}
