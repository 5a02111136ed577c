package dev.staffdrill.web;

import gg.jte.CodeResolver;
import gg.jte.Content;
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

    /** Nothing to show: a page slot that renders empty ({@code @if(!slot.isEmptyContent())} sees it). */
    public static final Content NOTHING = new Content() {
        @Override
        public void writeTo(gg.jte.TemplateOutput output) {
        }

        @Override
        public boolean isEmptyContent() {
            return true;
        }
    };

    /**
     * A part of a page one feature renders for another's page (the grade panel on the result page): a
     * typed template with its model, written into the host page as it renders. The host template
     * prints it with {@code ${slot}}, so no HTML string crosses a package and nothing needs {@code $unsafe}.
     */
    public Content fragment(String template, Object model) {
        return output -> engine.render(template, model, output);
    }

    /** A fragment as the whole response (an htmx poll asking for the panel alone). */
    public void html(Context ctx, Content fragment) {
        StringOutput out = new StringOutput();
        fragment.writeTo(out);
        ctx.html(out.toString());
    }
}
