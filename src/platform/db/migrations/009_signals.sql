-- Early signals (vroegsignalering, Wgs 2.2.1 and the VNG model) from partner organisations:
-- the signal about a person or household, CSV batches with their rejected lines, routing to a
-- regisseur or a neighbourhood team's triage queue with a working-day SLA, triage outcomes with
-- the meldcode steps, outreach ("erop af") contact attempts and outcomes, and the collective
-- activities a team organises in answer to a neighbourhood pattern.

-- Partners who signal payment arrears but were not organisation types yet.
ALTER TABLE organisation DROP CONSTRAINT organisation_type_check;
ALTER TABLE organisation ADD CONSTRAINT organisation_type_check CHECK (type IN (
  'municipality', 'neighbourhood_team_carrier', 'school', 'gp_practice', 'child_health_clinic',
  'housing_corporation', 'police', 'veilig_thuis', 'child_protection_board', 'certified_institution',
  'care_provider', 'welfare_organisation', 'utility_company', 'health_insurer', 'debt_help'));

CREATE TABLE signal_sla (
  category text PRIMARY KEY CHECK (category = 'default' OR category IN ('rent_arrears', 'energy_arrears', 'water_arrears',
    'health_insurance_arrears', 'school_absence', 'gp_concern', 'child_health_concern', 'police_contact', 'domestic_safety')),
  working_days smallint NOT NULL CHECK (working_days BETWEEN 1 AND 60)
);
COMMENT ON TABLE signal_sla IS 'Triage time per category in Dutch working days (weekends and public holidays excluded); the row ''default'' applies to categories without a row of their own.';
INSERT INTO signal_sla (category, working_days) VALUES ('default', 3), ('rent_arrears', 5);

CREATE TABLE signal_batch (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisation(id),
  uploaded_by uuid REFERENCES app_user(id),
  file_name text CHECK (length(file_name) <= 200),
  file_sha256 char(64) NOT NULL CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
  encoding text NOT NULL CHECK (encoding IN ('utf-8', 'windows-1252')),
  delimiter text NOT NULL CHECK (delimiter IN (';', ',', E'\t')),
  rows_total integer NOT NULL CHECK (rows_total >= 0),
  rows_accepted integer NOT NULL CHECK (rows_accepted >= 0),
  rows_duplicate integer NOT NULL CHECK (rows_duplicate >= 0),
  rows_rejected integer NOT NULL CHECK (rows_rejected >= 0),
  uploaded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX signal_batch_organisation_idx ON signal_batch (organisation_id, uploaded_at DESC);
COMMENT ON TABLE signal_batch IS 'One CSV upload of a partner (e.g. a housing corporation''s monthly arrears list): counts only, no rows.';

CREATE TABLE signal_batch_rejection (
  batch_id uuid NOT NULL REFERENCES signal_batch(id) ON DELETE CASCADE,
  line integer NOT NULL CHECK (line >= 1),
  field text CHECK (length(field) <= 60),
  reason text NOT NULL CHECK (reason ~ '^[a-z_]{2,60}$'),
  PRIMARY KEY (batch_id, line, reason)
);
COMMENT ON TABLE signal_batch_rejection IS 'Why a CSV line was refused: line number, column and a reason code. Never the line''s content.';

CREATE TABLE signal (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reference text NOT NULL UNIQUE CHECK (reference ~ '^S-[A-Z0-9]{10}$'),
  organisation_id uuid NOT NULL REFERENCES organisation(id),
  submitted_by uuid REFERENCES app_user(id),
  api_key_id uuid,
  channel text NOT NULL CHECK (channel IN ('form', 'csv', 'api')),
  batch_id uuid REFERENCES signal_batch(id),
  batch_line integer CHECK (batch_line >= 1),
  idempotency_key char(64) NOT NULL CHECK (idempotency_key ~ '^[0-9a-f]{64}$'),
  category text NOT NULL CHECK (category IN ('rent_arrears', 'energy_arrears', 'water_arrears', 'health_insurance_arrears',
    'school_absence', 'gp_concern', 'child_health_concern', 'police_contact', 'domestic_safety')),
  urgency text NOT NULL CHECK (urgency IN ('normal', 'urgent', 'crisis')),
  bsn_enc text,
  bsn_hash char(64) CHECK (bsn_hash ~ '^[0-9a-f]{64}$'),
  given_name text CHECK (length(given_name) BETWEEN 1 AND 100),
  family_name text CHECK (length(family_name) BETWEEN 1 AND 100),
  birth_date date CHECK (birth_date > DATE '1900-01-01'),
  postcode char(6) NOT NULL CHECK (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
  house_number text NOT NULL CHECK (house_number ~ '^[1-9][0-9]{0,4}( ?[A-Za-z0-9-]{1,6})?$'),
  municipality_code char(4) NOT NULL REFERENCES municipality(code),
  neighbourhood_code text REFERENCES neighbourhood(code),
  amount_cents bigint CHECK (amount_cents > 0 AND amount_cents < 100000000),
  arrears_since date,
  note text CHECK (length(note) <= 500),
  signal_date date NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  routed_to text NOT NULL CHECK (routed_to IN ('regisseur', 'team')),
  team_id uuid NOT NULL REFERENCES team(id),
  family_id uuid REFERENCES family(id),
  regisseur_id uuid REFERENCES app_user(id),
  triage_due_on date NOT NULL,
  escalated_at timestamptz,
  status text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'picked_up', 'closed')),
  triage_outcome text CHECK (triage_outcome IN ('outreach', 'linked', 'new_trajectory', 'referred', 'no_action')),
  triage_reason text CHECK (length(triage_reason) <= 1000),
  referred_to text CHECK (referred_to IN ('debt_help', 'veilig_thuis', 'other')),
  meldcode jsonb,
  triaged_by uuid REFERENCES app_user(id),
  triaged_at timestamptz,
  outreach_outcome text CHECK (outreach_outcome IN ('already_known', 'other_trajectory', 'follow_up_financial',
    'follow_up_non_financial', 'declined', 'not_reached')),
  eviction_prevented boolean,
  outreach_note text CHECK (length(outreach_note) <= 1000),
  outreach_closed_by uuid REFERENCES app_user(id),
  outreach_closed_at timestamptz,
  CONSTRAINT signal_identified CHECK (bsn_hash IS NOT NULL OR (given_name IS NOT NULL AND family_name IS NOT NULL AND birth_date IS NOT NULL)),
  CONSTRAINT signal_bsn_pair CHECK ((bsn_enc IS NULL) = (bsn_hash IS NULL)),
  CONSTRAINT signal_arrears_details CHECK (category NOT LIKE '%_arrears' OR (amount_cents IS NOT NULL AND arrears_since IS NOT NULL)),
  CONSTRAINT signal_routed_regisseur CHECK ((routed_to = 'regisseur') = (regisseur_id IS NOT NULL)),
  CONSTRAINT signal_by_someone CHECK (submitted_by IS NOT NULL OR api_key_id IS NOT NULL),
  CONSTRAINT signal_triaged CHECK ((triage_outcome IS NULL) = (triaged_at IS NULL)),
  CONSTRAINT signal_referral CHECK ((triage_outcome = 'referred') = (referred_to IS NOT NULL)),
  CONSTRAINT signal_outreach_after_triage CHECK (outreach_outcome IS NULL OR triage_outcome = 'outreach'),
  CONSTRAINT signal_eviction_only_rent CHECK (eviction_prevented IS NULL OR category = 'rent_arrears'),
  CONSTRAINT signal_idempotent UNIQUE (organisation_id, idempotency_key)
);
CREATE INDEX signal_queue_idx ON signal (team_id, status, triage_due_on);
CREATE INDEX signal_regisseur_idx ON signal (regisseur_id, status) WHERE regisseur_id IS NOT NULL;
CREATE INDEX signal_organisation_idx ON signal (organisation_id, received_at DESC);
CREATE INDEX signal_sla_idx ON signal (triage_due_on) WHERE status = 'received' AND escalated_at IS NULL;
CREATE INDEX signal_pattern_idx ON signal (municipality_code, signal_date);
COMMENT ON TABLE signal IS 'An early signal from a partner about a person or household: who (BSN, or name + birth date), where, which category, how urgent; routed to a regisseur or a team''s triage queue.';
COMMENT ON COLUMN signal.api_key_id IS 'The partner API key that submitted it (no user behind the call). Refers to the partner API key table of the referral-index capability.';
COMMENT ON COLUMN signal.idempotency_key IS 'sha256 of organisation, identity, category and period: the same signal sent twice (a re-uploaded file) is stored once.';
COMMENT ON COLUMN signal.bsn_enc IS 'BSN, AES-256-GCM encrypted (purpose bsn), as person.bsn_enc. Never logged.';
COMMENT ON COLUMN signal.triage_due_on IS 'Last day of the triage SLA (Europe/Amsterdam date); late from the next day on.';
COMMENT ON COLUMN signal.meldcode IS 'For domestic-safety signals: the five meldcode steps with date and note (map, consult, talk, weigh, decide).';

CREATE TABLE signal_contact_attempt (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  signal_id uuid NOT NULL REFERENCES signal(id) ON DELETE CASCADE,
  method text NOT NULL CHECK (method IN ('letter', 'phone', 'text_message', 'home_visit', 'via_partner')),
  attempted_on date NOT NULL,
  part_of_day text NOT NULL CHECK (part_of_day IN ('morning', 'afternoon', 'evening')),
  reached boolean NOT NULL,
  note text CHECK (length(note) <= 1000),
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX signal_contact_attempt_signal_idx ON signal_contact_attempt (signal_id, attempted_on);
COMMENT ON TABLE signal_contact_attempt IS 'Outreach (erop af): each attempt to reach the household, how and whether it worked.';

CREATE TABLE collective_activity (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  team_id uuid NOT NULL REFERENCES team(id),
  municipality_code char(4) NOT NULL REFERENCES municipality(code),
  neighbourhood_code text REFERENCES neighbourhood(code),
  category text CHECK (category IN ('rent_arrears', 'energy_arrears', 'water_arrears', 'health_insurance_arrears',
    'school_absence', 'gp_concern', 'child_health_concern', 'police_contact', 'domestic_safety')),
  title text NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
  description text CHECK (length(description) <= 2000),
  starts_on date NOT NULL,
  ends_on date,
  participants integer CHECK (participants BETWEEN 0 AND 100000),
  created_by uuid NOT NULL REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT collective_activity_dates CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX collective_activity_municipality_idx ON collective_activity (municipality_code, starts_on);
COMMENT ON TABLE collective_activity IS 'A team''s collective answer to a neighbourhood pattern (budgeting course, coffee mornings): no personal data, only a number of participants.';
