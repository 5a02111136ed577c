package dev.staffdrill.progress;

import dev.staffdrill.account.PersonalData;

/** The account's "export my data" section with every attempt: answers, self-ratings, grades, overrides. */
public final class ProgressPersonalData implements PersonalData {
    private final AttemptExport export;

    public ProgressPersonalData(AttemptExport export) {
        this.export = export;
    }

    @Override
    public String section() {
        return "attempts";
    }

    @Override
    public Object export(long userId) {
        return export.attempts(userId);
    }
}
