package dev.staffdrill.design;

import dev.staffdrill.account.PersonalData;

/** "Export my data": the facts a learner asked for in open design rounds (their answers go with their drills). */
public final class OpenRoundPersonalData implements PersonalData {
    private final OpenRoundRepository rounds;

    OpenRoundPersonalData(OpenRoundRepository rounds) {
        this.rounds = rounds;
    }

    @Override
    public String section() {
        return "openRoundAsks";
    }

    @Override
    public Object export(long userId) {
        return rounds.asksOf(userId);
    }
}
