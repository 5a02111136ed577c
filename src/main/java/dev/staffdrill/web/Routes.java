package dev.staffdrill.web;

import dev.staffdrill.health.HealthController;
import dev.staffdrill.home.HomeController;
import io.javalin.config.JavalinConfig;

import static dev.staffdrill.web.Access.PUBLIC;

/** Every route of the app, in one place. Each declares who may use it (see {@link Access}). */
public final class Routes {
    private final HomeController home;
    private final HealthController health;

    public Routes(HomeController home, HealthController health) {
        this.home = home;
        this.health = health;
    }

    public void register(JavalinConfig config) {
        var r = config.routes;
        r.get("/", home::home, PUBLIC);
        r.get("/healthz", health::health, PUBLIC);
    }
}
