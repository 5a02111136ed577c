-- A drill whose every answer is submitted is finished (until now only a "Finish" click set it, so
-- history said "unfinished" where assignments said "submitted · 2 of 2"). New submits keep this true.
UPDATE drill SET finished_at = (SELECT MAX(a.submitted_at) FROM attempt a WHERE a.drill_id = drill.id)
WHERE finished_at IS NULL
  AND EXISTS (SELECT 1 FROM attempt a WHERE a.drill_id = drill.id)
  AND NOT EXISTS (SELECT 1 FROM attempt a WHERE a.drill_id = drill.id AND a.submitted_at IS NULL);
