package dev.staffdrill.review;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A bounded LRU cache for facts that never change once written: a submitted attempt's
 * who/what/when, a grade's levels and signals (a regrade adds a new grade, it never edits one).
 * Safe with several app instances on one database, because nothing cached can go stale; what
 * does change (which grade is current, overrides, membership) is read fresh on every request.
 */
final class FactCache<V> {
    private final Map<Long, V> map;

    FactCache(int maxEntries) {
        this.map = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, V> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The facts for {@code ids}: cached ones from memory, the rest loaded in chunks of 500 and kept. */
    Map<Long, V> get(Collection<Long> ids, Function<List<Long>, Map<Long, V>> load) {
        Map<Long, V> out = new HashMap<>(ids.size() * 2);
        List<Long> missing = new java.util.ArrayList<>();
        synchronized (this) {
            for (Long id : ids) {
                V v = map.get(id);
                if (v != null) {
                    out.put(id, v);
                } else {
                    missing.add(id);
                }
            }
        }
        for (int i = 0; i < missing.size(); i += 500) {
            Map<Long, V> loaded = load.apply(missing.subList(i, Math.min(missing.size(), i + 500)));
            out.putAll(loaded);
            synchronized (this) {
                map.putAll(loaded);
            }
        }
        return out;
    }
}
