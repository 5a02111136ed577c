package dev.staffdrill.drill;

import java.util.List;

/** Chooses questions for a gap drill: the learner's weakest dimensions and due reviews first. */
public interface GapPicker {
    List<String> pick(long userId, int count);
}
