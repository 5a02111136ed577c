package dev.staffdrill.web;

import dev.staffdrill.App;
import dev.staffdrill.testing.TestApp;
import dev.staffdrill.testing.TestClient;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The people the authorization matrix acts as, on one running app: an admin, two instructors
 * and two learners (signed in and reused for checks that must be refused), plus {@link #fresh}
 * for checks that must succeed, so a destructive route (log-out, delete) cannot spoil the rest.
 *
 * <p>Features whose routes take ids add a helper here that creates a sample of their data for
 * an owner and returns its id, e.g. {@code long drillOf(Actor owner)}. Create it fresh on each
 * call: a check may change or delete it.
 */
final class AccessFixture {
    static final String PASSWORD = "matrix pass phrase";

    /** A signed-in user and the browser-like client that acts as them. */
    record Actor(long id, String username, Access role, TestClient client) {
    }

    final App app;
    final Actor admin;
    final Actor instructorA;
    final Actor instructorB;
    final Actor learnerA;
    final Actor learnerB;
    private final AtomicInteger counter = new AtomicInteger();

    AccessFixture(App app) {
        this.app = app;
        this.admin = fresh(Access.ADMIN); // the first account: admin by the sign-up rule
        this.instructorA = fresh(Access.INSTRUCTOR);
        this.instructorB = fresh(Access.INSTRUCTOR);
        this.learnerA = fresh(Access.LEARNER);
        this.learnerB = fresh(Access.LEARNER);
    }

    /** A new user with this role, signed in. */
    Actor fresh(Access role) {
        String username = role.name().toLowerCase() + "-" + counter.incrementAndGet();
        TestClient client = new TestClient(TestApp.url(app)).signUp(username, PASSWORD);
        long id = TestApp.query(app, Long.class, "SELECT id FROM app_user WHERE username = ?", username);
        if (role != Access.LEARNER) {
            app.database().jdbi().useHandle(h -> h.createUpdate("UPDATE app_user SET role = ? WHERE id = ?")
                    .bind(0, role.name()).bind(1, id).execute());
        }
        client.get("/");
        return new Actor(id, username, role, client);
    }

    /** Two different users of the same role, for "owner only" checks. */
    Actor[] pairOf(Access role) {
        return role == Access.INSTRUCTOR ? new Actor[]{instructorA, instructorB} : new Actor[]{learnerA, learnerB};
    }

    /** Nobody signed in, but holding a valid anonymous CSRF token, so only authorization can refuse. */
    TestClient anonymous() {
        TestClient c = new TestClient(TestApp.url(app));
        c.get("/login");
        return c;
    }

    /** A new mock drill of {@code owner}; returns its id. */
    long drillOf(Actor owner) {
        var started = owner.client().post("/drills", "mode", "MOCK", "chapter", "14", "count", "2");
        return Long.parseLong(started.location().substring("/drills/".length()));
    }

    /** An opened, unsubmitted attempt of {@code owner}; returns its id. */
    long attemptOf(Actor owner) {
        String path = owner.client().get("/drills/" + drillOf(owner)).location();
        owner.client().get(path);
        return Long.parseLong(path.substring("/attempts/".length()));
    }

    /** An opened open-design-round attempt of {@code owner}; returns its id. */
    long openRoundOf(Actor owner) {
        var started = owner.client().post("/rounds", "chapter", "14");
        String path = owner.client().get(owner.client().get(started.location()).location()).location(); // /drills/N → /attempts/M → /rounds/M
        owner.client().get(path);
        return Long.parseLong(path.substring("/rounds/".length()));
    }

    /** A submitted attempt of {@code owner}; returns its id. */
    long submittedAttemptOf(Actor owner) {
        long id = attemptOf(owner);
        owner.client().post("/attempts/" + id + "/submit", "answer", "a submitted sample answer");
        return id;
    }

    /** A new cohort owned by {@code owner} (an instructor); returns its id. */
    long cohortOf(Actor owner) {
        var created = owner.client().post("/cohorts", "name", "Matrix cohort " + counter.incrementAndGet());
        String where = created.location(); // /cohorts/{id}/members
        return Long.parseLong(where.substring("/cohorts/".length(), where.lastIndexOf('/')));
    }

    /** The join code of a new cohort of instructor A. */
    String joinCode() {
        long cohort = cohortOf(instructorA);
        return TestApp.query(app, String.class, "SELECT join_code FROM cohort WHERE id = ?", cohort);
    }

    /** A new learner who joined a new cohort of {@code owner}; returns {cohortId, learnerId}. */
    long[] memberOf(Actor owner) {
        long cohort = cohortOf(owner);
        Actor learner = fresh(Access.LEARNER);
        String code = TestApp.query(app, String.class, "SELECT join_code FROM cohort WHERE id = ?", cohort);
        learner.client().get("/join/" + code);
        learner.client().post("/join/" + code);
        return new long[]{cohort, learner.id()};
    }

    /** An assignment (of a new cohort of instructor A) that {@code learner} is a member of; returns its id. */
    long assignmentFor(Actor learner) {
        long cohort = cohortOf(instructorA);
        String code = TestApp.query(app, String.class, "SELECT join_code FROM cohort WHERE id = ?", cohort);
        learner.client().get("/join/" + code);
        learner.client().post("/join/" + code);
        instructorA.client().post("/cohorts/" + cohort + "/assignments", "setId", "warmup", "title", "Matrix", "due", "",
                "minutes", "");
        return TestApp.query(app, Long.class, "SELECT MAX(id) FROM assignment WHERE cohort_id = ?", cohort);
    }

    /** A submitted assignment attempt of a member of a new cohort of {@code owner}: "/cohorts/{c}/attempts/{a}". */
    String cohortAttemptOf(Actor owner) {
        long[] m = memberOf(owner);
        owner.client().post("/cohorts/" + m[0] + "/assignments", "setId", "warmup", "title", "Matrix", "due", "",
                "minutes", "");
        long assignment = TestApp.query(app, Long.class, "SELECT MAX(id) FROM assignment WHERE cohort_id = ?", m[0]);
        TestClient learner = new TestClient(TestApp.url(app)).logIn(
                TestApp.query(app, String.class, "SELECT username FROM app_user WHERE id = ?", m[1]), PASSWORD);
        String drill = learner.post("/assignments/" + assignment + "/start").location();
        String attempt = learner.get(drill).location();
        learner.get(attempt);
        learner.post(attempt + "/submit", "answer", "a submitted sample answer");
        return "/cohorts/" + m[0] + attempt;
    }
}
