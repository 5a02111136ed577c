package dev.staffdrill.web;

import dev.staffdrill.App;
import dev.staffdrill.testing.RunningApp;
import dev.staffdrill.testing.TestClient;
import dev.staffdrill.testing.TestClient.Page;
import dev.staffdrill.web.AccessFixture.Actor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import static dev.staffdrill.web.Access.ADMIN;
import static dev.staffdrill.web.Access.INSTRUCTOR;
import static dev.staffdrill.web.Access.LEARNER;
import static dev.staffdrill.web.Access.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may use which route, checked over HTTP for every route the app registers.
 *
 * <p><b>Adding a route? Add one line to {@link #TABLE}</b> — the build fails until you do
 * ({@link #everyRegisteredRouteIsInTheTable}). Use {@code route(method, path, access)}; if the path
 * takes ids, give a sample path built from the fixture; if the id names data that belongs to one
 * learner (or one instructor's cohort), use {@code ownerOnly(...)} with a function that creates
 * that data for the given owner (add the helper to {@link AccessFixture}).
 *
 * <p>For every row: anonymous GETs are sent to /login and anonymous POSTs get 401 (even with a
 * valid anonymous CSRF token); a user below the route's role gets 404, never 403, so ids cannot be
 * probed; a user with the role is let through; for owner-only rows, another user of the same
 * role gets 404 and the owner is let through.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {
    static final List<Row> TABLE = List.of(
            route("GET", "/", PUBLIC),
            route("GET", "/healthz", PUBLIC),
            route("HEAD", "/healthz", PUBLIC),
            route("GET", "/signup", PUBLIC),
            route("POST", "/signup", PUBLIC),
            route("GET", "/login", PUBLIC),
            route("POST", "/login", PUBLIC),
            route("POST", "/logout", LEARNER),
            route("GET", "/account", LEARNER),
            route("POST", "/account/password", LEARNER),
            route("POST", "/account/accommodation", LEARNER),
            route("GET", "/account/export.json", LEARNER),
            route("POST", "/account/delete", LEARNER),
            route("GET", "/admin", ADMIN),
            route("POST", "/admin/users/{userId}/role", ADMIN, w -> "/admin/users/" + w.learnerB.id() + "/role"),
            route("POST", "/admin/content/reload", ADMIN),
            route("POST", "/admin/users/{userId}/reset-link", ADMIN, w -> "/admin/users/" + w.learnerB.id() + "/reset-link"),
            route("GET", "/reset", PUBLIC, w -> "/reset?token=not-a-real-token"),
            route("POST", "/reset", PUBLIC),
            route("GET", "/admin/grading/{attemptId}", ADMIN, w -> "/admin/grading/" + w.submittedAttemptOf(w.learnerA)),
            route("GET", "/bank", LEARNER),
            route("POST", "/bank/start", LEARNER),
            route("GET", "/drills", LEARNER),
            route("POST", "/drills", LEARNER),
            route("GET", "/history", LEARNER),
            route("GET", "/progress", LEARNER),
            route("GET", "/progress/attempts", LEARNER, w -> "/progress/attempts?dimension=B&chapter=14"),
            route("GET", "/progress/export.csv", LEARNER),
            route("GET", "/progress/export.json", LEARNER),
            ownerOnly("GET", "/drills/{drillId}", LEARNER, (w, owner) -> "/drills/" + w.drillOf(owner)),
            ownerOnly("GET", "/drills/{drillId}/summary", LEARNER, (w, owner) -> "/drills/" + w.drillOf(owner) + "/summary"),
            ownerOnly("GET", "/attempts/{attemptId}", LEARNER, (w, owner) -> "/attempts/" + w.attemptOf(owner)),
            ownerOnly("POST", "/attempts/{attemptId}/draft", LEARNER, (w, owner) -> "/attempts/" + w.attemptOf(owner) + "/draft"),
            ownerOnly("POST", "/attempts/{attemptId}/submit", LEARNER, (w, owner) -> "/attempts/" + w.attemptOf(owner) + "/submit"),
            // A fixture answer has no probes, so its thread is closed: the owner is sent on, others get 404.
            ownerOnly("GET", "/attempts/{attemptId}/thread", LEARNER, (w, owner) -> "/attempts/" + w.submittedAttemptOf(owner) + "/thread"),
            ownerOnly("POST", "/attempts/{attemptId}/thread/draft", LEARNER, (w, owner) -> "/attempts/" + w.submittedAttemptOf(owner) + "/thread/draft"),
            ownerOnly("POST", "/attempts/{attemptId}/thread/reply", LEARNER, (w, owner) -> "/attempts/" + w.submittedAttemptOf(owner) + "/thread/reply"),
            ownerOnly("GET", "/attempts/{attemptId}/rate", LEARNER, (w, owner) -> "/attempts/" + w.submittedAttemptOf(owner) + "/rate"),
            ownerOnly("POST", "/attempts/{attemptId}/rate", LEARNER, (w, owner) -> "/attempts/" + w.submittedAttemptOf(owner) + "/rate"),
            ownerOnly("GET", "/attempts/{attemptId}/result", LEARNER, (w, owner) -> "/attempts/" + w.submittedAttemptOf(owner) + "/result"),
            ownerOnly("GET", "/attempts/{attemptId}/grade", LEARNER, (w, owner) -> "/attempts/" + w.submittedAttemptOf(owner) + "/grade"),
            ownerOnly("POST", "/attempts/{attemptId}/regrade", LEARNER, (w, owner) -> "/attempts/" + w.submittedAttemptOf(owner) + "/regrade"),
            route("POST", "/rounds", LEARNER),
            ownerOnly("GET", "/rounds/{attemptId}", LEARNER, (w, owner) -> "/rounds/" + w.openRoundOf(owner)),
            ownerOnly("POST", "/rounds/{attemptId}/ask", LEARNER, (w, owner) -> "/rounds/" + w.openRoundOf(owner) + "/ask"),
            ownerOnly("POST", "/rounds/{attemptId}/submit", LEARNER, (w, owner) -> "/rounds/" + w.openRoundOf(owner) + "/submit"),
            // Cohorts: an instructor reaches only cohorts they own; learners only cohorts they joined.
            route("GET", "/cohorts", INSTRUCTOR),
            route("POST", "/cohorts", INSTRUCTOR),
            ownerOnly("GET", "/cohorts/{cohortId}", INSTRUCTOR, (w, owner) -> "/cohorts/" + w.cohortOf(owner)),
            ownerOnly("GET", "/cohorts/{cohortId}/export.csv", INSTRUCTOR, (w, owner) -> "/cohorts/" + w.cohortOf(owner) + "/export.csv"),
            ownerOnly("GET", "/cohorts/{cohortId}/members", INSTRUCTOR, (w, owner) -> "/cohorts/" + w.cohortOf(owner) + "/members"),
            ownerOnly("POST", "/cohorts/{cohortId}/members/{userId}/remove", INSTRUCTOR, (w, owner) -> {
                long[] m = w.memberOf(owner);
                return "/cohorts/" + m[0] + "/members/" + m[1] + "/remove";
            }),
            ownerOnly("POST", "/cohorts/{cohortId}/code", INSTRUCTOR, (w, owner) -> "/cohorts/" + w.cohortOf(owner) + "/code"),
            ownerOnly("POST", "/cohorts/{cohortId}/code/revoke", INSTRUCTOR, (w, owner) -> "/cohorts/" + w.cohortOf(owner) + "/code/revoke"),
            ownerOnly("GET", "/cohorts/{cohortId}/assignments", INSTRUCTOR, (w, owner) -> "/cohorts/" + w.cohortOf(owner) + "/assignments"),
            ownerOnly("POST", "/cohorts/{cohortId}/assignments", INSTRUCTOR, (w, owner) -> "/cohorts/" + w.cohortOf(owner) + "/assignments"),
            ownerOnly("GET", "/cohorts/{cohortId}/review", INSTRUCTOR, (w, owner) -> "/cohorts/" + w.cohortOf(owner) + "/review"),
            ownerOnly("GET", "/cohorts/{cohortId}/learners/{userId}", INSTRUCTOR, (w, owner) -> {
                long[] m = w.memberOf(owner);
                return "/cohorts/" + m[0] + "/learners/" + m[1];
            }),
            ownerOnly("GET", "/cohorts/{cohortId}/attempts/{attemptId}", INSTRUCTOR, (w, owner) -> w.cohortAttemptOf(owner)),
            ownerOnly("GET", "/cohorts/{cohortId}/attempts/{attemptId}/grade", INSTRUCTOR, (w, owner) -> w.cohortAttemptOf(owner) + "/grade"),
            ownerOnly("POST", "/cohorts/{cohortId}/attempts/{attemptId}/override", INSTRUCTOR, (w, owner) -> w.cohortAttemptOf(owner) + "/override"),
            ownerOnly("POST", "/cohorts/{cohortId}/attempts/{attemptId}/reviewed", INSTRUCTOR, (w, owner) -> w.cohortAttemptOf(owner) + "/reviewed"),
            route("GET", "/authoring/import", INSTRUCTOR),
            route("POST", "/authoring/import/preview", INSTRUCTOR),
            route("POST", "/authoring/import/apply", INSTRUCTOR),
            route("GET", "/authoring/sets/new", INSTRUCTOR),
            route("POST", "/authoring/sets", INSTRUCTOR),
            route("GET", "/join", LEARNER),
            route("GET", "/join/{code}", LEARNER, w -> "/join/" + w.joinCode()),
            route("POST", "/join/{code}", LEARNER, w -> "/join/" + w.joinCode()),
            route("GET", "/assignments", LEARNER),
            ownerOnly("POST", "/assignments/{assignmentId}/start", LEARNER, (w, owner) -> "/assignments/" + w.assignmentFor(owner) + "/start")
    );

    /** One route: who may use it, and how to build a concrete path for a request. */
    record Row(String method, String path, Access access, BiFunction<AccessFixture, Actor, String> sample,
               boolean ownerOnly) {
        String key() {
            return method + " " + path;
        }
    }

    static Row route(String method, String path, Access access) {
        return new Row(method, path, access, (w, owner) -> path, false);
    }

    static Row route(String method, String path, Access access, Function<AccessFixture, String> sample) {
        return new Row(method, path, access, (w, owner) -> sample.apply(w), false);
    }

    static Row ownerOnly(String method, String path, Access access, BiFunction<AccessFixture, Actor, String> sample) {
        return new Row(method, path, access, sample, true);
    }

    @RegisterExtension
    static final RunningApp server = RunningApp.withFixtures();
    App app;
    AccessFixture world;

    @BeforeAll
    void meetThePeople() {
        app = server.app();
        world = new AccessFixture(app);
    }

    @Test
    void everyRegisteredRouteIsInTheTable() {
        List<String> table = TABLE.stream().map(Row::key).toList();
        assertThat(table).as("rows in the table, one per route").doesNotHaveDuplicates();
        assertThat(table).as("routes the app registers that AuthorizationMatrixTest.TABLE lacks")
                .containsAll(app.routes());
        assertThat(app.routes()).as("rows in AuthorizationMatrixTest.TABLE for routes that do not exist")
                .containsAll(table);
    }

    @TestFactory
    Stream<DynamicTest> everyRowIsEnforced() {
        return TABLE.stream().map(row -> DynamicTest.dynamicTest(row.key() + " is " + row.access()
                + (row.ownerOnly() ? " (owner only)" : ""), () -> check(row)));
    }

    private void check(Row row) {
        anonymous(row);
        if (row.access() == PUBLIC) {
            return;
        }
        Actor someOwner = world.pairOf(row.access())[0]; // data of someone who may own it
        for (Actor below : actorsBelow(row.access())) {
            Page p = send(below.client(), row.method(), row.sample().apply(world, someOwner));
            assertThat(p.status()).as(below.username() + " on " + row.key()).isEqualTo(404);
        }
        Actor owner = world.fresh(row.access());
        if (row.ownerOnly()) {
            Actor other = world.pairOf(row.access())[1];
            Page p = send(other.client(), row.method(), row.sample().apply(world, owner));
            assertThat(p.status()).as(other.username() + " on another's " + row.key()).isEqualTo(404);
        }
        assertLetThrough(row, owner.client(), send(owner.client(), row.method(), row.sample().apply(world, owner)));
    }

    private void anonymous(Row row) {
        TestClient anon = world.anonymous();
        Page p = send(anon, row.method(), row.sample().apply(world, world.pairOf(row.access())[0]));
        if (row.access() == PUBLIC) {
            assertLetThrough(row, anon, p);
        } else if (row.method().equals("GET")) {
            assertThat(p.status()).as("anonymous " + row.key()).isEqualTo(303);
            assertThat(p.location()).as("anonymous " + row.key()).startsWith("/login?next=");
        } else {
            assertThat(p.status()).as("anonymous " + row.key()).isEqualTo(401);
        }
    }

    /** Not refused: no 403/404, no bounce to log-in; 400 for the empty sample form is fine. */
    private static void assertLetThrough(Row row, TestClient who, Page p) {
        assertThat(p.status()).as("allowed on " + row.key()).isNotIn(403, 404);
        assertThat(p.body()).as("allowed on " + row.key()).doesNotContain("Log in first.");
        if (p.location() != null) {
            assertThat(p.location()).as("allowed on " + row.key()).doesNotStartWith("/login");
        }
    }

    private List<Actor> actorsBelow(Access access) {
        List<Actor> below = new ArrayList<>();
        if (access == INSTRUCTOR || access == ADMIN) {
            below.add(world.learnerA);
        }
        if (access == ADMIN) {
            below.add(world.instructorA);
        }
        return below;
    }

    /** GETs as a page load; POSTs as an empty form with the client's valid CSRF token. */
    private static Page send(TestClient client, String method, String path) {
        return switch (method) {
            case "GET" -> client.get(path);
            case "HEAD" -> client.head(path);
            case "POST" -> client.post(path);
            default -> throw new IllegalArgumentException("add " + method + " to AuthorizationMatrixTest.send");
        };
    }
}
