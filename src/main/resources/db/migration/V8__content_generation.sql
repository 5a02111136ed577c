-- Several app instances on one database each hold the question bank in memory. An import or a
-- content reload on one instance bumps this counter; the others see the new value within seconds
-- and reload their bank too (content/ContentSync.java). One row, id 1.
CREATE TABLE content_generation (
    id         INT    PRIMARY KEY,
    generation BIGINT NOT NULL
);
INSERT INTO content_generation (id, generation) VALUES (1, 0);
