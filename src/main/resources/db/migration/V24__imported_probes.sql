-- Pushback probes of imported items (issue 15): built on import from the same chapter file's PART 16
-- probe bullets and interviewer follow-ups. Keyed by item, not version: every import of the file
-- rewrites them (they depend on the file's other bullets, not only on the item's own text), and a
-- follow-up thread keeps the probe exactly as it was asked. Portable SQL (H2 and PostgreSQL).
CREATE TABLE imported_probe (
    item_id     VARCHAR(120)  NOT NULL,   -- imported_item.item_id (any of its versions)
    probe_order INT           NOT NULL,   -- 1, 2, … as attached: the interviewer's tie-break
    signal_id   VARCHAR(120)  NOT NULL,   -- rubric signal inferred from the bullet's words
    probe_when  VARCHAR(10)   NOT NULL,   -- missing (the only kind an import can infer)
    ask         VARCHAR(4000) NOT NULL,   -- the bullet's question
    strong      VARCHAR(4000) NOT NULL,   -- the guidance the file gives after it
    PRIMARY KEY (item_id, probe_order)
);
