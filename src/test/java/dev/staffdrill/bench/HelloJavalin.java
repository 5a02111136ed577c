package dev.staffdrill.bench;

import io.javalin.Javalin;

/**
 * The bare Javalin 7 hello-world that start-up is measured against: one route, nothing else. Its
 * only argument is the port. StartupBenchmark runs it beside the app, one after the other.
 */
public final class HelloJavalin {
    private HelloJavalin() {
    }

    public static void main(String[] args) {
        Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.routes.get("/", ctx -> ctx.result("Hello World"));
        }).start(Integer.parseInt(args[0]));
    }
}
