-- The client a produced JW301 is about. OP087 compares the next full-state JW301 for a client and
-- provider with the previous one; with this column that is one indexed row instead of a scan of the
-- provider's recent JW301s (which also missed clients whose last message lay further back).
ALTER TABLE ijw_message ADD COLUMN person_id uuid REFERENCES person(id);
CREATE INDEX ijw_message_jw301_client_idx ON ijw_message (provider_id, person_id, created_at DESC)
  WHERE message_type = 'JW301' AND direction = 'out';
COMMENT ON COLUMN ijw_message.person_id IS 'JW301 out: the client it is about (OP087: the next full-state message compares with it).';
