package dev.staffdrill.account;

/** What a user may do. Admins are instructors too. */
public enum Role {
    LEARNER, INSTRUCTOR, ADMIN;

    public boolean atLeast(Role other) {
        return ordinal() >= other.ordinal();
    }
}
