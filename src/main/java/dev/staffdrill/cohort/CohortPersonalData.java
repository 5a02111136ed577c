package dev.staffdrill.cohort;

import dev.staffdrill.account.PersonalData;

/** "Export my data": the cohorts a learner belongs to (their work is exported with their drills). */
public final class CohortPersonalData implements PersonalData {
    private final CohortRepository cohorts;

    public CohortPersonalData(CohortRepository cohorts) {
        this.cohorts = cohorts;
    }

    @Override
    public String section() {
        return "cohorts";
    }

    @Override
    public Object export(long userId) {
        return cohorts.namesForMember(userId);
    }
}
