package dev.staffdrill.grading.llm;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** An in-memory cache and audit trail, so tests can see what the grader stored. */
final class MemoryLlmStore implements LlmStore {
    final Map<String, String> cache = new ConcurrentHashMap<>();
    final List<AuditEntry> audits = new CopyOnWriteArrayList<>();

    @Override
    public Optional<String> cached(CacheKey key) {
        return Optional.ofNullable(cache.get(key.id()));
    }

    @Override
    public void cache(CacheKey key, String gradeJson) {
        cache.put(key.id(), gradeJson);
    }

    @Override
    public void audit(AuditEntry entry) {
        audits.add(entry);
    }
}
