package dev.staffdrill.health;

import dev.staffdrill.content.ContentStore;
import dev.staffdrill.db.Database;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** GET /healthz: JSON for load balancers and humans; 503 when the database does not answer. */
public final class HealthController {
    private final Database db;
    private final ContentStore content;
    private final Supplier<String> graderMode;

    public HealthController(Database db, ContentStore content, Supplier<String> graderMode) {
        this.db = db;
        this.content = content;
        this.graderMode = graderMode;
    }

    public void health(Context ctx) {
        boolean dbUp = db.reachable();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", dbUp ? "ok" : "degraded");
        body.put("database", dbUp ? "reachable" : "unreachable");
        body.put("content", content.bank().counts());
        body.put("rubricVersion", content.bank().rubric().version());
        body.put("grader", graderMode.get());
        ctx.status(dbUp ? 200 : 503).json(body);
    }
}
