-- The family dossier: address, members and network, the trajectory's entry point, status history,
-- hand-overs and closing codes, the family's own story and intake, and consent per organisation.

ALTER TABLE family
  ADD COLUMN postcode char(6) CHECK (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
  ADD COLUMN house_number text CHECK (house_number ~ '^[1-9][0-9]{0,4}( ?[A-Za-z0-9-]{1,6})?$'),
  ADD COLUMN created_by uuid REFERENCES app_user(id);
CREATE INDEX family_postcode_idx ON family (postcode);
COMMENT ON COLUMN family.postcode IS 'Dutch postcode without space (1234AB); with house_number the household address.';

CREATE TABLE person (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  family_id uuid NOT NULL REFERENCES family(id),
  kind text NOT NULL CHECK (kind IN ('child', 'parent', 'household', 'network')),
  given_name text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
  family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
  birth_date date CHECK (birth_date > DATE '1900-01-01'),
  bsn_enc text,
  bsn_hash char(64) CHECK (bsn_hash ~ '^[0-9a-f]{64}$'),
  has_authority boolean,
  authority_note text CHECK (length(authority_note) <= 1000),
  network_relation text CHECK (network_relation IN ('grandparent', 'neighbour', 'friend', 'volunteer', 'other')),
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT person_bsn_pair CHECK ((bsn_enc IS NULL) = (bsn_hash IS NULL)),
  CONSTRAINT person_network_without_bsn CHECK (kind <> 'network' OR bsn_enc IS NULL),
  CONSTRAINT person_network_relation CHECK ((kind = 'network') = (network_relation IS NOT NULL)),
  CONSTRAINT person_authority_for_parents CHECK (kind = 'parent' OR (has_authority IS NULL AND authority_note IS NULL)),
  CONSTRAINT person_parent_authority_known CHECK (kind <> 'parent' OR has_authority IS NOT NULL),
  CONSTRAINT person_child_birth_date CHECK (kind <> 'child' OR birth_date IS NOT NULL)
);
CREATE INDEX person_family_idx ON person (family_id);
CREATE INDEX person_bsn_hash_idx ON person (bsn_hash) WHERE bsn_hash IS NOT NULL;
CREATE INDEX person_name_birth_idx ON person (lower(family_name), lower(given_name), birth_date);
COMMENT ON TABLE person IS 'Members of a household (children 0-23, parents and carers, others) and its network (no BSN).';
COMMENT ON COLUMN person.bsn_enc IS 'BSN, AES-256-GCM encrypted with a key derived from APP_SECRET (purpose bsn). Never logged.';
COMMENT ON COLUMN person.bsn_hash IS 'HMAC-SHA256 of the BSN with a key derived from APP_SECRET: finds a person by BSN without decrypting.';
COMMENT ON COLUMN person.has_authority IS 'Parental authority (gezag); parents and carers only.';

ALTER TABLE trajectory
  ADD COLUMN entry_point text CHECK (entry_point IN ('gp_ojg', 'school', 'child_health_clinic', 'self_referral', 'signal', 'veilig_thuis', 'police', 'other')),
  ADD COLUMN first_contact_on date,
  ADD COLUMN ending_reason char(2) CHECK (ending_reason IN ('01', '02', '03', '04', '05')),
  ADD COLUMN satisfaction smallint CHECK (satisfaction BETWEEN 1 AND 10),
  ADD COLUMN satisfaction_informant text CHECK (satisfaction_informant IN ('youth', 'parent')),
  ADD COLUMN managing_without_help char(2) CHECK (managing_without_help IN ('01', '02', '03', '04')),
  ADD CONSTRAINT trajectory_ending_only_when_closed CHECK (status = 'closed' OR (ending_reason IS NULL AND satisfaction IS NULL AND managing_without_help IS NULL)),
  ADD CONSTRAINT trajectory_satisfaction_informant CHECK ((satisfaction IS NULL) = (satisfaction_informant IS NULL));
CREATE UNIQUE INDEX trajectory_one_open_per_family ON trajectory (family_id) WHERE status <> 'closed';
COMMENT ON COLUMN trajectory.ending_reason IS 'National ending reason: 01 per plan, 02 early by agreement, 03 early by client, 04 early by provider, 05 external cause.';
COMMENT ON COLUMN trajectory.managing_without_help IS 'Outcome indicator: 01 same or heavier help, 02 lighter help, 03 no help now but expected, 04 no further help.';

CREATE TABLE trajectory_status_change (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  trajectory_id uuid NOT NULL REFERENCES trajectory(id) ON DELETE CASCADE,
  from_status text CHECK (from_status IN ('registered', 'intake', 'plan', 'in_progress', 'evaluation', 'closed')),
  to_status text NOT NULL CHECK (to_status IN ('registered', 'intake', 'plan', 'in_progress', 'evaluation', 'closed')),
  changed_by uuid NOT NULL REFERENCES app_user(id),
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX trajectory_status_change_idx ON trajectory_status_change (trajectory_id, changed_at);
COMMENT ON TABLE trajectory_status_change IS 'Status history of a trajectory (for the timeline and indicators).';

CREATE TABLE trajectory_handover (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  trajectory_id uuid NOT NULL REFERENCES trajectory(id) ON DELETE CASCADE,
  from_user_id uuid NOT NULL REFERENCES app_user(id),
  to_user_id uuid NOT NULL REFERENCES app_user(id),
  note text NOT NULL CHECK (length(note) BETWEEN 5 AND 4000),
  handed_over_by uuid NOT NULL REFERENCES app_user(id),
  handed_over_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT trajectory_handover_other_person CHECK (from_user_id <> to_user_id)
);
CREATE INDEX trajectory_handover_idx ON trajectory_handover (trajectory_id, handed_over_at);
COMMENT ON TABLE trajectory_handover IS 'Every change of regisseur, with the note for the successor.';

CREATE TABLE family_story (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  family_id uuid NOT NULL REFERENCES family(id),
  kind text NOT NULL CHECK (kind IN ('story', 'intake')),
  version integer NOT NULL CHECK (version >= 1),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
  told_by text CHECK (length(told_by) <= 200),
  in_own_words boolean NOT NULL DEFAULT true,
  author_id uuid NOT NULL REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT family_story_version_uq UNIQUE (family_id, kind, version)
);
COMMENT ON TABLE family_story IS 'The family''s own account (ons verhaal) and the intake: told once, every change a new version.';

CREATE TABLE family_consent (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  family_id uuid NOT NULL REFERENCES family(id),
  organisation_id uuid NOT NULL REFERENCES organisation(id),
  scopes text[] NOT NULL CHECK (cardinality(scopes) >= 1 AND scopes <@ ARRAY['story', 'plan', 'contact', 'meetings', 'instruments']::text[]),
  given_on date NOT NULL,
  note text CHECK (length(note) <= 2000),
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  withdrawn_on date,
  CONSTRAINT family_consent_withdrawn_after CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
);
CREATE INDEX family_consent_family_idx ON family_consent (family_id);
COMMENT ON TABLE family_consent IS 'Consent (Jeugdwet 7.3.4): which organisation may see what of this family, given by whom.';

CREATE TABLE family_consent_giver (
  consent_id uuid NOT NULL REFERENCES family_consent(id) ON DELETE CASCADE,
  person_id uuid NOT NULL REFERENCES person(id),
  PRIMARY KEY (consent_id, person_id)
);
COMMENT ON TABLE family_consent_giver IS 'Who gave a consent; completeness per child follows the age rule (under 12 parents, 12-16 both, 16+ youth).';
