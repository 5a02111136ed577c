package dev.staffdrill.web;

import gg.jte.CodeResolver;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.resolve.DirectoryCodeResolver;
import io.javalin.http.Context;

import java.nio.file.Path;

/**
 * Renders a root template with its one typed page record. Production uses the classes the Maven
 * plugin precompiled (a template error fails the build); dev mode compiles from src/main/jte on
 * change, with class output under target/ so nothing lands in the working directory.
 */
public final class Views {
    private final TemplateEngine engine;

    public Views(boolean devMode) {
        if (devMode) {
            CodeResolver resolver = new DirectoryCodeResolver(Path.of("src", "main", "jte"));
            this.engine = TemplateEngine.create(resolver, Path.of("target", "jte-dev-classes"), ContentType.Html);
        } else {
            this.engine = TemplateEngine.createPrecompiled(ContentType.Html);
        }
    }

    public String render(String template, Object page) {
        StringOutput out = new StringOutput();
        engine.render(template, page, out);
        return out.toString();
    }

    public void html(Context ctx, String template, Object page) {
        ctx.html(render(template, page));
    }
}
