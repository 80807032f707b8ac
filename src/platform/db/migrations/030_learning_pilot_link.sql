-- A learning-log entry about a pilot now points at the pilot record (issue 14): migration 025 left the
-- link without a foreign key because pilots did not exist yet (they came with 023 on another branch).
-- ON DELETE SET NULL, as for the meetlat step: what was learnt stays in the log when a pilot record is
-- removed; only the link goes. Links to pilots that no longer exist are cleared first.
UPDATE learning_entry SET pilot_id = NULL
WHERE pilot_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pilot p WHERE p.id = learning_entry.pilot_id);

ALTER TABLE learning_entry
  ADD CONSTRAINT learning_entry_pilot_fk FOREIGN KEY (pilot_id) REFERENCES pilot(id) ON DELETE SET NULL;
CREATE INDEX learning_entry_pilot_idx ON learning_entry (pilot_id) WHERE pilot_id IS NOT NULL;
COMMENT ON COLUMN learning_entry.pilot_id IS 'The pilot this entry is about; cleared when the pilot record is deleted.';
