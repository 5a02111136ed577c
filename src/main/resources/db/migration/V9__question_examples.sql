-- The Weak and Moderate calibration examples of a question version, shown beside the model answer
-- after submission. Snapshotted like the rest of the text so a past attempt keeps the examples of
-- the version it answered; versions recorded before examples existed have none ('').
ALTER TABLE question_version ADD COLUMN weak_example VARCHAR(1000000) DEFAULT '' NOT NULL;
ALTER TABLE question_version ADD COLUMN moderate_example VARCHAR(1000000) DEFAULT '' NOT NULL;
