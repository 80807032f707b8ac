-- NEN 7513 access log. Requests only INSERT (cheap, inside their own transaction); a background
-- sealer links committed entries into a hash chain. See docs/privacy.md.

CREATE TABLE audit_event (
  id bigserial PRIMARY KEY,
  occurred_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
  request_id text,
  event text NOT NULL,
  action text NOT NULL CHECK (action IN ('read', 'create', 'update', 'delete', 'login', 'logout', 'export', 'search')),
  outcome text NOT NULL CHECK (outcome IN ('allowed', 'denied', 'failed')),
  actor_user_id uuid,
  actor_username text,
  actor_role text,
  actor_organisation_id uuid,
  on_behalf_of text,
  purpose text NOT NULL,
  subject_type text NOT NULL,
  subject_id text,
  client_ref text,
  data_description text,
  emergency boolean NOT NULL DEFAULT false,
  emergency_reason text,
  chain_seq bigint UNIQUE,
  prev_hash text,
  hash text,
  sealed_at timestamptz
);
CREATE INDEX audit_event_unsealed_idx ON audit_event (id) WHERE chain_seq IS NULL;
CREATE INDEX audit_event_actor_idx ON audit_event (actor_user_id, occurred_at);
CREATE INDEX audit_event_subject_idx ON audit_event (subject_type, subject_id, occurred_at);
CREATE INDEX audit_event_client_idx ON audit_event (client_ref, occurred_at);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);
COMMENT ON TABLE audit_event IS 'Append-only NEN 7513 log: who, on whose behalf, role, client, what, when, purpose, outcome, emergency access.';
COMMENT ON COLUMN audit_event.chain_seq IS 'Position in the hash chain, set once by the sealer.';
COMMENT ON COLUMN audit_event.hash IS 'SHA-256 over prev_hash and the canonical entry: any later edit breaks it.';

-- Append-only: no delete, no truncate; an update may only seal an unsealed entry and change nothing else.
CREATE FUNCTION audit_event_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.chain_seq IS NOT NULL OR NEW.hash IS NOT NULL THEN
      RAISE EXCEPTION 'new audit_event entries are sealed by the sealer only' USING ERRCODE = '42501';
    END IF;
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
CREATE TRIGGER audit_event_no_change BEFORE INSERT OR UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION audit_event_guard();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_guard();

-- One row per sealer batch: the chain head after it. Deleting entries from the tail of the chain
-- (which leaves no gap) is caught because the recorded head no longer exists.
CREATE TABLE audit_seal (
  id bigserial PRIMARY KEY,
  up_to_seq bigint NOT NULL,
  head_hash text NOT NULL,
  entries integer NOT NULL,
  sealed_at timestamptz NOT NULL DEFAULT now()
);
CREATE FUNCTION audit_seal_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_seal is append-only' USING ERRCODE = '42501';
END $$;
CREATE TRIGGER audit_seal_no_change BEFORE UPDATE OR DELETE ON audit_seal
  FOR EACH ROW EXECUTE FUNCTION audit_seal_guard();
CREATE TRIGGER audit_seal_no_truncate BEFORE TRUNCATE ON audit_seal
  FOR EACH STATEMENT EXECUTE FUNCTION audit_seal_guard();
