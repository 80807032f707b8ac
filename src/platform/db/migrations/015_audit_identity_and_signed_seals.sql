-- An audit entry's identity and time belong to the database, not to whoever inserts it: the id
-- comes from the sequence and occurred_at from the database clock, and an INSERT that supplies
-- either is refused. Seal rows carry an HMAC signature made with a key derived from APP_SECRET,
-- which is never in the database. See docs/privacy.md ("Audit trail").

ALTER TABLE audit_event ALTER COLUMN id DROP DEFAULT;
ALTER TABLE audit_event ALTER COLUMN occurred_at DROP DEFAULT;

CREATE OR REPLACE FUNCTION audit_event_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.id IS NOT NULL OR NEW.occurred_at IS NOT NULL THEN
      RAISE EXCEPTION 'audit_event id and occurred_at are set by the database only' USING ERRCODE = '42501';
    END IF;
    IF NEW.chain_seq IS NOT NULL OR NEW.hash IS NOT NULL OR NEW.prev_hash IS NOT NULL OR NEW.sealed_at IS NOT NULL THEN
      RAISE EXCEPTION 'new audit_event entries are sealed by the sealer only' USING ERRCODE = '42501';
    END IF;
    -- The transaction id is taken before the entry id, so the sealer's snapshot sees every
    -- transaction that holds an id it is about to pass (seal.ts, safeHorizon).
    PERFORM pg_current_xact_id();
    NEW.id := nextval('audit_event_id_seq');
    NEW.occurred_at := date_trunc('milliseconds', clock_timestamp());
    RETURN NEW;
  END IF;
  IF TG_OP <> 'UPDATE' THEN
    RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = '42501';
  END IF;
  IF OLD.chain_seq IS NOT NULL OR NEW.chain_seq IS NULL OR NEW.hash IS NULL
     OR (to_jsonb(OLD) - ARRAY['chain_seq', 'prev_hash', 'hash', 'sealed_at'])
        IS DISTINCT FROM (to_jsonb(NEW) - ARRAY['chain_seq', 'prev_hash', 'hash', 'sealed_at']) THEN
    RAISE EXCEPTION 'audit_event entries can only be sealed, never changed' USING ERRCODE = '42501';
  END IF;
  RETURN NEW;
END $$;

ALTER TABLE audit_seal ADD COLUMN signature text;
COMMENT ON COLUMN audit_seal.signature IS
  'HMAC-SHA256 (key derived from APP_SECRET, not stored here) over the previous seal''s signature, up_to_seq, head_hash and entries. NULL only on seals made before signing existed.';
-- Seals are append-only too, and their identity is the database's.
CREATE FUNCTION audit_seal_insert_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.id := nextval('audit_seal_id_seq');
  NEW.sealed_at := clock_timestamp();
  RETURN NEW;
END $$;
CREATE TRIGGER audit_seal_identity BEFORE INSERT ON audit_seal
  FOR EACH ROW EXECUTE FUNCTION audit_seal_insert_guard();

-- The sealer's safe horizon: ids up to up_to_id may be sealed once every transaction that was in
-- flight in `snapshot` has ended (then none of them can still commit a lower id).
CREATE TABLE audit_seal_horizon (
  id integer PRIMARY KEY CHECK (id = 1),
  safe_id bigint NOT NULL,
  candidate_id bigint NOT NULL,
  candidate_snapshot text NOT NULL
);
COMMENT ON TABLE audit_seal_horizon IS 'Sealer bookkeeping: the highest audit_event id that no running transaction can undercut.';
