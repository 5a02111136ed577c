package dev.staffdrill.account;

/**
 * A feature's share of "export my data": each feature that stores something about a learner
 * contributes one section. Deletion needs no hook: every table cascades from app_user.
 */
public interface PersonalData {
    String section();

    Object export(long userId);
}
