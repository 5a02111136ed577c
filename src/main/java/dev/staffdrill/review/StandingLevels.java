package dev.staffdrill.review;

import dev.staffdrill.content.Level;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The level that stands for a dimension of an attempt, the one rule every page and export uses:
 * the newest grade's level, unless an instructor overrode that dimension; then the newest
 * override wins. "Newest grade" is the highest grade id (a regrade is always written later);
 * "newest override" is the latest {@code createdAt}, ties broken by the higher id.
 */
public final class StandingLevels {
    private StandingLevels() {
    }

    /** One instructor override as the rule needs it. */
    public record OverrideLevel(long id, Instant createdAt, String dimension, Level level) {
    }

    /** What stands for one dimension, and whether an instructor put it there. */
    public record Standing(Level level, boolean overridden) {
    }

    private static final Comparator<OverrideLevel> NEWEST_LAST = Comparator
            .comparing(OverrideLevel::createdAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingLong(OverrideLevel::id);

    /** Whether grade {@code candidate} is newer than {@code other} (both of one attempt). */
    public static boolean newer(long candidateGradeId, long otherGradeId) {
        return candidateGradeId > otherGradeId;
    }

    /**
     * Per dimension, in the grade's order then overridden dimensions the grade lacks: what stands.
     * {@code newestGrade} holds the newest grade's levels (empty before the first grade).
     */
    public static Map<String, Standing> of(Map<String, Level> newestGrade, Collection<OverrideLevel> overrides) {
        Map<String, Standing> out = new LinkedHashMap<>();
        newestGrade.forEach((d, l) -> out.put(d, new Standing(l, false)));
        List<OverrideLevel> ordered = new ArrayList<>(overrides);
        ordered.sort(NEWEST_LAST);
        for (OverrideLevel o : ordered) { // newest last, so it wins
            out.put(o.dimension(), new Standing(o.level(), true));
        }
        return out;
    }

    /** As {@link #of}, levels only. */
    public static Map<String, Level> levels(Map<String, Level> newestGrade, Collection<OverrideLevel> overrides) {
        if (overrides.isEmpty()) {
            return newestGrade;
        }
        Map<String, Level> out = new LinkedHashMap<>();
        of(newestGrade, overrides).forEach((d, s) -> out.put(d, s.level()));
        return out;
    }

    /** The override in force per dimension (the newest), keyed by dimension. */
    public static Map<String, GradeOverride> inForce(List<GradeOverride> history) {
        List<GradeOverride> ordered = new ArrayList<>(history);
        ordered.sort(Comparator.comparing(StandingLevels::of, NEWEST_LAST));
        Map<String, GradeOverride> out = new java.util.TreeMap<>();
        ordered.forEach(o -> out.put(o.dimension(), o));
        return out;
    }

    static OverrideLevel of(GradeOverride o) {
        return new OverrideLevel(o.id(), o.createdAt(), o.dimension(), o.level());
    }
}
