package dev.staffdrill.grading.llm;

import java.util.Optional;

/**
 * Where LLM grading keeps its cache and its audit trail: the database in the app
 * ({@link JdbiLlmStore}), nowhere for the command line.
 */
public interface LlmStore {
    Optional<String> cached(CacheKey key);

    void cache(CacheKey key, String gradeJson);

    void audit(AuditEntry entry);

    /** No cache and no audit trail (the CLI: the app's database may be locked by a running server). */
    LlmStore NONE = new LlmStore() {
        @Override
        public Optional<String> cached(CacheKey key) {
            return Optional.empty();
        }

        @Override
        public void cache(CacheKey key, String gradeJson) {
        }

        @Override
        public void audit(AuditEntry entry) {
        }
    };
}
