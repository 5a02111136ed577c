package dev.staffdrill.authoring;

import dev.staffdrill.account.Auth;
import dev.staffdrill.authoring.AuthoringPages.ChapterGroup;
import dev.staffdrill.authoring.AuthoringPages.ImportPage;
import dev.staffdrill.authoring.AuthoringPages.Pick;
import dev.staffdrill.authoring.AuthoringPages.PreviewItem;
import dev.staffdrill.authoring.AuthoringPages.SetPage;
import dev.staffdrill.content.ContentBank;
import dev.staffdrill.content.ContentException;
import dev.staffdrill.content.ContentStore;
import dev.staffdrill.importer.ImportException;
import dev.staffdrill.importer.ImportResult;
import dev.staffdrill.importer.ImportService;
import dev.staffdrill.importer.ImportSummary;
import dev.staffdrill.web.Forms;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.Views;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/**
 * Authoring from the browser: upload a chapter file, see what the importer finds (nothing is
 * written), then apply it; and build an exercise set from hand-picked questions.
 */
public final class AuthoringController {
    static final int MAX_FILE_BYTES = 1_000_000;
    private final Views views;
    private final Pages pages;
    private final ImportService imports;
    private final ContentStore content;
    private final AuthoredSetRepository sets;
    private final Clock clock;

    public AuthoringController(Views views, Pages pages, ImportService imports, ContentStore content,
                               AuthoredSetRepository sets, Clock clock) {
        this.views = views;
        this.pages = pages;
        this.imports = imports;
        this.content = content;
        this.sets = sets;
        this.clock = clock;
    }

    public void importForm(Context ctx) {
        views.html(ctx, "authoring/import.jte", new ImportPage(pages.shell(ctx, "Import a chapter"), "", "", "", "",
                List.of(), List.of(), List.of(), ""));
    }

    /** Parses the uploaded file and shows what would be imported; writes nothing. */
    public void preview(Context ctx) {
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null || file.size() == 0) {
            throw new BadRequestResponse("Choose a chapter Markdown file to upload.");
        }
        if (file.size() > MAX_FILE_BYTES) {
            throw new BadRequestResponse("That file is " + file.size() + " bytes; the limit is " + MAX_FILE_BYTES + ".");
        }
        String text;
        try (InputStream in = file.content()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadRequestResponse("The upload could not be read; try again.");
        }
        show(ctx, file.filename(), text, Forms.optional(ctx, "chapter"), "");
    }

    private void show(Context ctx, String fileName, String text, String chapter, String applied) {
        String name = fileName == null || fileName.isBlank() ? "upload.md" : fileName.strip();
        try {
            ImportResult r = imports.preview(name, text, chapter(chapter)).ownedBy(Auth.current(ctx).user().id());
            List<PreviewItem> items = r.items().stream().map(i -> new PreviewItem(i.id(), sectionLabel(i.section()), i.kind(),
                    i.chapter(), i.title(), String.join(", ", i.dimensions()), i.sourceLine())).toList();
            List<String> setTitles = r.sets().stream().map(s -> s.title() + " (" + s.itemIds().size() + " items)").toList();
            views.html(ctx, "authoring/import.jte", new ImportPage(pages.shell(ctx, "Import a chapter"), name, text, chapter,
                    r.title(), items, setTitles, List.of(), applied));
        } catch (ImportException e) {
            views.html(ctx, "authoring/import.jte", new ImportPage(pages.shell(ctx, "Import a chapter"), "", "", chapter, "",
                    List.of(), List.of(), List.of(e.getMessage()), applied));
        }
    }

    /** Imports the previewed text; the bank is reloaded so the new questions can be drilled and assigned at once. */
    public void apply(Context ctx) {
        String name = Forms.text(ctx, "fileName", "The file name", 300);
        String text = ctx.formParam("text");
        if (text == null || text.isEmpty() || text.length() > MAX_FILE_BYTES) {
            throw new BadRequestResponse("Preview the file again before applying it.");
        }
        String chapter = Forms.optional(ctx, "chapter");
        try {
            ImportSummary summary = imports.apply(imports.preview(name, text, chapter(chapter))
                    .ownedBy(Auth.current(ctx).user().id())); // keyed per owner: others' items stay theirs
            content.reload();
            Pages.redirectWithNotice(ctx, "/authoring/sets/new", "Imported. " + summary.describe());
        } catch (ImportException e) {
            show(ctx, name, text, chapter, "");
        } catch (ContentException e) {
            views.html(ctx, "authoring/import.jte", new ImportPage(pages.shell(ctx, "Import a chapter"), "", "", chapter, "",
                    List.of(), List.of(), e.problems(), ""));
        }
    }

    /** What the preview's Section column says: the seeds' own words, not the enum's name. */
    static String sectionLabel(dev.staffdrill.importer.Section s) {
        return switch (s) {
            case FOLLOW_UPS -> "Interviewer follow-ups";
            case PART_18 -> "PART 18 exercises";
            case REVIEW_EXERCISES -> "Review exercises";
            case PART_16_PROBES -> "PART 16 probes";
        };
    }

    private static Integer chapter(String value) {
        return Forms.wholeNumber(value, 1, 999, "The chapter must be a whole number from 1 to 999, or empty.");
    }

    public void setForm(Context ctx) {
        renderSetForm(ctx, "");
    }

    private void renderSetForm(Context ctx, String error) {
        ContentBank bank = content.bank();
        List<ChapterGroup> groups = bank.chapters().stream().map(c -> new ChapterGroup(c.label(),
                bank.questionsOf(c.number()).stream().map(q -> new Pick(q.id(), q.title(), q.kind().label(), q.minutes(),
                        String.join(", ", q.dimensions()))).toList())).filter(g -> !g.questions().isEmpty()).toList();
        views.html(ctx, "authoring/set.jte", new SetPage(pages.shell(ctx, "Build an exercise set"), groups, error));
    }

    public void createSet(Context ctx) {
        String title = Forms.text(ctx, "title", "A title", 200);
        ContentBank bank = content.bank();
        List<String> ticked = ctx.formParams("q").stream().distinct().filter(id -> bank.question(id).isPresent()).toList();
        // The order the instructor arranged (the page's script sends it as "order"); without the
        // script, or if it disagrees with what is ticked, the page's order.
        List<String> order = ctx.formParams("order").stream().distinct().toList();
        List<String> picked = order.size() == ticked.size() && java.util.Set.copyOf(order).equals(java.util.Set.copyOf(ticked))
                ? order : ticked;
        if (picked.isEmpty()) {
            throw new BadRequestResponse("Pick at least one question.");
        }
        if (picked.size() > 40) {
            throw new BadRequestResponse("A set holds at most 40 questions; you picked " + picked.size() + ".");
        }
        sets.create(Auth.current(ctx).user().id(), title, picked, clock.instant());
        Pages.redirectWithNotice(ctx, "/cohorts", "Set \"" + title + "\" saved with " + picked.size()
                + " questions. Assign it from a cohort's Assignments tab.");
    }
}
