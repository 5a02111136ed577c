package dev.staffdrill.importer;

import dev.staffdrill.content.Probe;
import dev.staffdrill.db.Sql;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL for imported items, their probes and sets (V4__imports.sql, V24__imported_probes.sql). Methods taking a Handle run inside the caller's transaction. */
final class ImportRepository {
    private static final String ITEM_COLUMNS = "item_id, version, content_hash, source_section, kind, chapter, "
            + "chapter_title, related, title, prompt, guidance, group_name, dimensions, dimensions_edited, source, "
            + "source_line, active, imported_at";

    /** One stored version of an item. */
    record ItemRow(String id, String version, String contentHash, String section, String kind, int chapter,
                   String chapterTitle, List<Integer> related, String title, String prompt, String guidance,
                   String group, List<String> dimensions, boolean dimensionsEdited, String source, int sourceLine,
                   boolean active, OffsetDateTime importedAt) {
    }

    record SetRow(String id, String title, String description, List<String> itemIds, String source, int sourceLine,
                  boolean active) {
    }

    private final Jdbi jdbi;

    ImportRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    Jdbi jdbi() {
        return jdbi;
    }

    Optional<ItemRow> activeItem(Handle h, String id) {
        return h.createQuery("SELECT " + ITEM_COLUMNS + " FROM imported_item WHERE item_id = :id AND active = TRUE")
                .bind("id", id).map((rs, c) -> item(rs)).findFirst();
    }

    List<ItemRow> versions(Handle h, String id) {
        return h.createQuery("SELECT " + ITEM_COLUMNS + " FROM imported_item WHERE item_id = :id ORDER BY seq")
                .bind("id", id).map((rs, c) -> item(rs)).list();
    }

    List<ItemRow> activeItems(Handle h) {
        return h.createQuery("SELECT " + ITEM_COLUMNS + " FROM imported_item WHERE active = TRUE ORDER BY item_id")
                .map((rs, c) -> item(rs)).list();
    }

    List<String> activeIdsFrom(Handle h, String source) {
        return h.createQuery("SELECT item_id FROM imported_item WHERE source = :s AND active = TRUE")
                .bind("s", source).mapTo(String.class).list();
    }

    void insert(Handle h, ItemRow r) {
        h.createUpdate("INSERT INTO imported_item (" + ITEM_COLUMNS + ") VALUES (:id, :version, :hash, :section, "
                        + ":kind, :chapter, :chapterTitle, :related, :title, :prompt, :guidance, :grp, :dims, :edited, "
                        + ":source, :line, :active, :at)")
                .bind("id", r.id()).bind("version", r.version()).bind("hash", r.contentHash())
                .bind("section", r.section()).bind("kind", r.kind()).bind("chapter", r.chapter())
                .bind("chapterTitle", r.chapterTitle()).bind("related", Sql.list(r.related()))
                .bind("title", r.title()).bind("prompt", r.prompt()).bind("guidance", r.guidance())
                .bind("grp", r.group()).bind("dims", Sql.list(r.dimensions()))
                .bind("edited", r.dimensionsEdited()).bind("source", r.source()).bind("line", r.sourceLine())
                .bind("active", r.active()).bind("at", r.importedAt()).execute();
    }

    /** Makes {@code version} the item's only active row (the others stay, inactive). */
    void activate(Handle h, String id, String version) {
        h.createUpdate("UPDATE imported_item SET active = (version = :v) WHERE item_id = :id")
                .bind("id", id).bind("v", version).execute();
    }

    /** Where the item now sits in its file: not a content change, so not a new version. */
    void relocate(Handle h, String id, String version, String source, int line, String chapterTitle) {
        h.createUpdate("UPDATE imported_item SET source = :s, source_line = :l, chapter_title = :t "
                        + "WHERE item_id = :id AND version = :v")
                .bind("s", source).bind("l", line).bind("t", chapterTitle).bind("id", id).bind("v", version).execute();
    }

    /** The item's probes become exactly {@code probes}, in order. */
    void replaceProbes(Handle h, String id, List<Probe> probes) {
        h.createUpdate("DELETE FROM imported_probe WHERE item_id = :id").bind("id", id).execute();
        int k = 0;
        for (Probe p : probes) {
            h.createUpdate("INSERT INTO imported_probe (item_id, probe_order, signal_id, probe_when, ask, strong) "
                            + "VALUES (:id, :k, :signal, :when, :ask, :strong)")
                    .bind("id", id).bind("k", ++k).bind("signal", p.signal()).bind("when", p.when().id())
                    .bind("ask", p.ask()).bind("strong", p.strong()).execute();
        }
    }

    /** Probes of active items, by item id, each list in order. */
    Map<String, List<Probe>> activeProbes(Handle h) {
        Map<String, List<Probe>> out = new HashMap<>();
        h.createQuery("SELECT p.item_id, p.signal_id, p.probe_when, p.ask, p.strong FROM imported_probe p "
                        + "WHERE EXISTS (SELECT 1 FROM imported_item i WHERE i.item_id = p.item_id AND i.active = TRUE) "
                        + "ORDER BY p.item_id, p.probe_order")
                .map((rs, c) -> Map.entry(rs.getString("item_id"), new Probe(rs.getString("signal_id"),
                        Probe.When.of(rs.getString("probe_when")).orElse(Probe.When.MISSING), List.of(),
                        rs.getString("ask"), rs.getString("strong"))))
                .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    void retire(Handle h, String id) {
        h.createUpdate("UPDATE imported_item SET active = FALSE WHERE item_id = :id").bind("id", id).execute();
    }

    Optional<SetRow> set(Handle h, String id) {
        return h.createQuery("SELECT set_id, title, description, item_ids, source, source_line, active "
                + "FROM imported_set WHERE set_id = :id").bind("id", id).map((rs, c) -> set(rs)).findFirst();
    }

    List<SetRow> activeSets(Handle h) {
        return h.createQuery("SELECT set_id, title, description, item_ids, source, source_line, active "
                + "FROM imported_set WHERE active = TRUE ORDER BY set_id").map((rs, c) -> set(rs)).list();
    }

    void saveSet(Handle h, SetRow s, OffsetDateTime at) {
        int n = h.createUpdate("UPDATE imported_set SET title = :t, description = :d, item_ids = :i, source = :s, "
                        + "source_line = :l, active = :a, imported_at = :at WHERE set_id = :id")
                .bind("id", s.id()).bind("t", s.title()).bind("d", s.description()).bind("i", Sql.list(s.itemIds()))
                .bind("s", s.source()).bind("l", s.sourceLine()).bind("a", s.active()).bind("at", at).execute();
        if (n == 0) {
            h.createUpdate("INSERT INTO imported_set (set_id, title, description, item_ids, source, source_line, "
                            + "active, imported_at) VALUES (:id, :t, :d, :i, :s, :l, :a, :at)")
                    .bind("id", s.id()).bind("t", s.title()).bind("d", s.description())
                    .bind("i", Sql.list(s.itemIds())).bind("s", s.source()).bind("l", s.sourceLine())
                    .bind("a", s.active()).bind("at", at).execute();
        }
    }

    List<String> activeSetIdsFrom(Handle h, String source) {
        return h.createQuery("SELECT set_id FROM imported_set WHERE source = :s AND active = TRUE")
                .bind("s", source).mapTo(String.class).list();
    }

    void retireSet(Handle h, String id) {
        h.createUpdate("UPDATE imported_set SET active = FALSE WHERE set_id = :id").bind("id", id).execute();
    }

    private static ItemRow item(ResultSet rs) throws SQLException {
        return new ItemRow(rs.getString("item_id"), rs.getString("version"), rs.getString("content_hash"),
                rs.getString("source_section"), rs.getString("kind"), rs.getInt("chapter"),
                rs.getString("chapter_title"), Sql.list(rs.getString("related")).stream().map(Integer::valueOf).toList(),
                rs.getString("title"), rs.getString("prompt"), rs.getString("guidance"), rs.getString("group_name"),
                Sql.list(rs.getString("dimensions")), rs.getBoolean("dimensions_edited"), rs.getString("source"),
                rs.getInt("source_line"), rs.getBoolean("active"), rs.getObject("imported_at", OffsetDateTime.class));
    }

    private static SetRow set(ResultSet rs) throws SQLException {
        return new SetRow(rs.getString("set_id"), rs.getString("title"), rs.getString("description"),
                Sql.list(rs.getString("item_ids")), rs.getString("source"), rs.getInt("source_line"), rs.getBoolean("active"));
    }
}
