package dev.staffdrill.progress;

import dev.staffdrill.drill.GapPicker;

import java.util.List;

/** The gap drill's question choice for the drill feature: due reviews on the weakest dimensions first. */
public final class ProgressGapPicker implements GapPicker {
    private final ProgressService progress;

    public ProgressGapPicker(ProgressService progress) {
        this.progress = progress;
    }

    @Override
    public List<String> pick(long userId, int count) {
        ProgressService.Loaded l = progress.load(userId);
        return progress.gapDrill(l, progress.schedule(l), progress.scorecard(l), count);
    }
}
