package dev.staffdrill.design;

import dev.staffdrill.account.PersonalData;
import dev.staffdrill.content.ContentStore;
import dev.staffdrill.drill.DrillReads;
import dev.staffdrill.drill.DrillService;
import dev.staffdrill.drill.ResultPanels;
import dev.staffdrill.web.Markdown;
import dev.staffdrill.web.Pages;
import dev.staffdrill.web.Views;
import org.jdbi.v3.core.Jdbi;

/**
 * The open design round's front door: rounds are one-question drills (the drill loop runs them), plus
 * the facts a learner asks for and the scoping verdict on drill's result page ({@link ResultPanels}).
 */
public final class DesignFeature {
    private final OpenRoundRepository rounds;
    private final OpenRoundService service;
    private final DrillReads drills;
    private final ContentStore content;
    private final Views views;

    public DesignFeature(Jdbi jdbi, DrillReads drills, DrillService drillService, ContentStore content, Views views) {
        this.rounds = new OpenRoundRepository(jdbi);
        this.service = new OpenRoundService(rounds, drills, drillService, content);
        this.drills = drills;
        this.content = content;
        this.views = views;
    }

    /** The round's part of drill's result page: how the learner scoped, and every fact revealed. */
    public ResultPanels resultPanel() {
        return new ScopingPanel(views, service);
    }

    public PersonalData personalData() {
        return new OpenRoundPersonalData(rounds);
    }

    public OpenRoundController controller(Pages pages) {
        return new OpenRoundController(views, pages, service, drills, content, new Markdown());
    }
}
