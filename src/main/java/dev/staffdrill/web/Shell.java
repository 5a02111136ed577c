package dev.staffdrill.web;

/**
 * What the layout needs on every page: the title, who is signed in (empty name when nobody is),
 * their role, the CSRF token for forms, a one-off notice, how answers are graded, and the nav's
 * badges (assignments and reviewed answers new since the learner last looked).
 */
public record Shell(String title, String userName, String role, String csrfToken, String notice,
                    String graderMode, boolean localMode, int newAssignments, int newReviews) {

    public Shell(String title, String userName, String role, String csrfToken, String notice,
                 String graderMode, boolean localMode) {
        this(title, userName, role, csrfToken, notice, graderMode, localMode, 0, 0);
    }

    /** New assignments and newly reviewed answers of the signed-in learner, for the nav's badges. */
    public record Badges(int assignments, int reviews) {
        public static final Badges NONE = new Badges(0, 0);
    }

    /** Who the request belongs to; name and role are empty for an anonymous visitor. */
    public record Identity(String name, String role, String csrfToken) {
    }

    public boolean signedIn() {
        return !userName.isEmpty();
    }

    public boolean instructor() {
        return role.equals("INSTRUCTOR") || role.equals("ADMIN");
    }

    public boolean admin() {
        return role.equals("ADMIN");
    }
}
