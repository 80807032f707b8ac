-- Editing people in the dossier: an optimistic version per person, soft removal from the family
-- (the row stays: plans, meetings, measurements and consents keep pointing at it, and the history
-- stays readable), and who withdrew a consent when.

ALTER TABLE person
  ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  ADD COLUMN updated_by uuid REFERENCES app_user(id),
  ADD COLUMN updated_at timestamptz,
  ADD COLUMN removed_on date,
  ADD COLUMN removed_reason text CHECK (length(removed_reason) BETWEEN 1 AND 1000),
  ADD COLUMN removed_by uuid REFERENCES app_user(id),
  ADD COLUMN removed_at timestamptz,
  ADD CONSTRAINT person_removal_recorded CHECK ((removed_on IS NULL) = (removed_at IS NULL) AND (removed_at IS NULL) = (removed_by IS NULL)),
  ADD CONSTRAINT person_removal_reason_only_when_removed CHECK (removed_on IS NOT NULL OR removed_reason IS NULL);
CREATE INDEX person_family_current_idx ON person (family_id) WHERE removed_at IS NULL;
COMMENT ON COLUMN person.version IS 'Optimistic version: an edit names the version it was based on; a stale edit is refused (409).';
COMMENT ON COLUMN person.removed_on IS 'The day this person left the household or network. Soft removal: the row and its history stay.';

ALTER TABLE family_consent
  ADD COLUMN withdrawn_by uuid REFERENCES app_user(id),
  ADD COLUMN withdrawn_at timestamptz,
  ADD COLUMN withdrawal_note text CHECK (length(withdrawal_note) <= 2000),
  ADD CONSTRAINT family_consent_withdrawal_recorded CHECK ((withdrawn_at IS NULL) = (withdrawn_by IS NULL) AND (withdrawn_by IS NULL OR withdrawn_on IS NOT NULL));
COMMENT ON COLUMN family_consent.withdrawn_by IS 'Who recorded the withdrawal (withdrawn_on is the day the family withdrew it).';
