-- Buurtgezinnen: families asking for support (vraaggezin, "request") matched with screened
-- volunteer support families (steungezin) nearby by a coordinator. Both are personal data and are
-- read only through the audited access path; public registrations create records only.

CREATE TABLE coordinator_area (
  user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  municipality_code char(4) REFERENCES municipality(code),
  region_code text REFERENCES region(code),
  CONSTRAINT coordinator_area_one_scope CHECK ((municipality_code IS NULL) <> (region_code IS NULL))
);
CREATE UNIQUE INDEX coordinator_area_uq ON coordinator_area (user_id, coalesce(municipality_code, ''), coalesce(region_code, ''));
COMMENT ON TABLE coordinator_area IS 'Where a Buurtgezinnen coordinator works: municipalities and/or whole regions (admin-managed). Without rows: the municipality of the coordinator''s home organisation.';

CREATE TABLE support_kind (
  code text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{1,39}$'),
  label_nl text NOT NULL,
  label_en text NOT NULL,
  position integer NOT NULL,
  active boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE support_kind IS 'The configurable list of kinds of support a family can ask for and a support family can offer.';
INSERT INTO support_kind (code, label_nl, label_en, position) VALUES
  ('homework', 'Huiswerkbegeleiding', 'Homework help', 1),
  ('play', 'Speelmiddag', 'Play afternoon', 2),
  ('day_out', 'Dagje uit', 'A day out', 3),
  ('weekend_stay', 'Logeerweekend', 'Weekend stay', 4),
  ('listening_ear', 'Luisterend oor', 'A listening ear', 5),
  ('practical', 'Praktische hulp', 'Practical help', 6);

CREATE TABLE support_settings (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  vog_validity_months integer NOT NULL DEFAULT 36 CHECK (vog_validity_months BETWEEN 1 AND 120),
  checkin_days integer[] NOT NULL DEFAULT ARRAY[42, 91] CHECK (cardinality(checkin_days) BETWEEN 0 AND 10),
  confirmation_hours integer NOT NULL DEFAULT 72 CHECK (confirmation_hours BETWEEN 1 AND 720),
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES app_user(id)
);
INSERT INTO support_settings (id) VALUES (1);
COMMENT ON TABLE support_settings IS 'One row: how long a certificate of conduct (VOG) counts, when check-in reminders fall (days after the match starts), how long a confirmation link lives.';

CREATE TABLE coordinator_weights (
  user_id uuid PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
  weights jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE coordinator_weights IS 'A coordinator''s own weights of the suggestion criteria (distance, needs, days, language, age, capacity).';

CREATE SEQUENCE support_reference_seq;

CREATE TABLE support_request (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reference text NOT NULL UNIQUE DEFAULT ('VG-' || lpad(nextval('support_reference_seq')::text, 6, '0')),
  status text NOT NULL CHECK (status IN ('unconfirmed', 'open', 'matched', 'closed')),
  channel text NOT NULL CHECK (channel IN ('self', 'professional', 'coordinator')),
  referred_by text NOT NULL CHECK (referred_by IN ('self', 'child_health_clinic', 'gp', 'school', 'neighbourhood_team', 'other')),
  referrer_user_id uuid REFERENCES app_user(id),
  given_name text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
  family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
  email text CHECK (email ~ '^[^@\s]+@[^@\s]+$'),
  phone text CHECK (length(phone) <= 40),
  postcode char(6) NOT NULL REFERENCES postcode_area(postcode),
  municipality_code char(4) NOT NULL REFERENCES municipality(code),
  neighbourhood_code text REFERENCES neighbourhood(code),
  latitude double precision NOT NULL,
  longitude double precision NOT NULL,
  support_kinds text[] NOT NULL CHECK (cardinality(support_kinds) BETWEEN 1 AND 10),
  child_ages integer[] NOT NULL CHECK (cardinality(child_ages) BETWEEN 1 AND 12),
  languages text[] NOT NULL CHECK (cardinality(languages) BETWEEN 1 AND 10),
  availability text[] NOT NULL CHECK (cardinality(availability) BETWEEN 1 AND 21),
  upbringing text CHECK (length(upbringing) <= 2000),
  offer_back text CHECK (length(offer_back) <= 2000),
  consent_version text NOT NULL,
  consent_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  confirmed_at timestamptz,
  closed_at timestamptz,
  close_reason text
);
CREATE INDEX support_request_area_idx ON support_request (municipality_code, status);
COMMENT ON TABLE support_request IS 'A family asking for support (vraaggezin). Self-registered (confirmed by e-mail link) or referred by a professional.';
COMMENT ON COLUMN support_request.availability IS 'Day × part of day that suit, e.g. wed_afternoon.';

CREATE TABLE support_family (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reference text NOT NULL UNIQUE DEFAULT ('SG-' || lpad(nextval('support_reference_seq')::text, 6, '0')),
  status text NOT NULL CHECK (status IN ('unconfirmed', 'registered', 'inactive')),
  channel text NOT NULL CHECK (channel IN ('self', 'coordinator')),
  given_name text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
  family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
  email text CHECK (email ~ '^[^@\s]+@[^@\s]+$'),
  phone text CHECK (length(phone) <= 40),
  postcode char(6) NOT NULL REFERENCES postcode_area(postcode),
  municipality_code char(4) NOT NULL REFERENCES municipality(code),
  neighbourhood_code text REFERENCES neighbourhood(code),
  latitude double precision NOT NULL,
  longitude double precision NOT NULL,
  offers text[] NOT NULL CHECK (cardinality(offers) BETWEEN 1 AND 10),
  max_children integer NOT NULL CHECK (max_children BETWEEN 1 AND 10),
  max_families integer NOT NULL CHECK (max_families BETWEEN 1 AND 5),
  frequency text NOT NULL CHECK (frequency IN ('weekly', 'biweekly', 'monthly', 'occasionally')),
  languages text[] NOT NULL CHECK (cardinality(languages) BETWEEN 1 AND 10),
  availability text[] NOT NULL CHECK (cardinality(availability) BETWEEN 1 AND 21),
  max_travel_km integer NOT NULL CHECK (max_travel_km BETWEEN 1 AND 50),
  preferred_age_min integer NOT NULL CHECK (preferred_age_min BETWEEN 0 AND 17),
  preferred_age_max integer NOT NULL CHECK (preferred_age_max BETWEEN 0 AND 17),
  parenting_experience text CHECK (length(parenting_experience) <= 2000),
  foster_interest_at timestamptz,
  foster_interest_note text CHECK (length(foster_interest_note) <= 2000),
  consent_version text NOT NULL,
  consent_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  confirmed_at timestamptz,
  CONSTRAINT support_family_age_range CHECK (preferred_age_min <= preferred_age_max)
);
CREATE INDEX support_family_area_idx ON support_family (municipality_code, status);
COMMENT ON TABLE support_family IS 'A volunteer support family (steungezin). Suggested only when fully screened with a VOG that has not expired.';
COMMENT ON COLUMN support_family.foster_interest_at IS 'When the family said it is interested in becoming a foster family (pleeggezin).';

CREATE TABLE support_screening_step (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  family_id uuid NOT NULL REFERENCES support_family(id) ON DELETE CASCADE,
  step text NOT NULL CHECK (step IN ('vog', 'intake', 'references', 'approval')),
  done_on date NOT NULL,
  note text CHECK (length(note) <= 1000),
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX support_screening_family_idx ON support_screening_step (family_id, step, done_on DESC);
COMMENT ON TABLE support_screening_step IS 'Screening history: VOG received (done_on = issue date), intake interview, references, coordinator approval; the newest row per step counts.';

CREATE TABLE support_confirmation (
  token_hash text PRIMARY KEY,
  request_id uuid REFERENCES support_request(id) ON DELETE CASCADE,
  family_id uuid REFERENCES support_family(id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  CONSTRAINT support_confirmation_one_subject CHECK ((request_id IS NULL) <> (family_id IS NULL))
);
COMMENT ON TABLE support_confirmation IS 'E-mail confirmation links of public registrations; only the SHA-256 of the token is stored.';

CREATE TABLE support_pair_rejection (
  request_id uuid NOT NULL REFERENCES support_request(id) ON DELETE CASCADE,
  family_id uuid NOT NULL REFERENCES support_family(id) ON DELETE CASCADE,
  rejected_by uuid NOT NULL REFERENCES app_user(id),
  rejected_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (request_id, family_id)
);
COMMENT ON TABLE support_pair_rejection IS 'Pairs the coordinator rejected from a proposal: never proposed again.';

CREATE TABLE support_match (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES support_request(id),
  family_id uuid NOT NULL REFERENCES support_family(id),
  status text NOT NULL CHECK (status IN ('proposed', 'introductions', 'joint_introduction', 'trial', 'active', 'evaluated', 'ended')),
  score double precision NOT NULL,
  request_accepted_at timestamptz,
  family_accepted_at timestamptz,
  proposed_at timestamptz NOT NULL DEFAULT now(),
  proposed_by uuid NOT NULL REFERENCES app_user(id),
  started_at timestamptz,
  ended_at timestamptz,
  end_reason text CHECK (end_reason IN ('goal_reached', 'no_click', 'request_family_withdrew', 'support_family_withdrew', 'moved', 'professional_care_needed', 'other')),
  end_note text CHECK (length(end_note) <= 2000),
  evaluation text CHECK (length(evaluation) <= 4000),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT support_match_end CHECK ((status = 'ended') = (end_reason IS NOT NULL))
);
CREATE UNIQUE INDEX support_match_open_request_uq ON support_match (request_id) WHERE status <> 'ended';
CREATE INDEX support_match_family_idx ON support_match (family_id, status);
COMMENT ON TABLE support_match IS 'A request matched with a support family; status follows the lifecycle in modules/support-families/lifecycle.';

CREATE TABLE support_match_event (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  match_id uuid NOT NULL REFERENCES support_match(id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('status', 'introduction_request', 'introduction_family', 'accepted_request', 'accepted_family', 'agreement', 'checkin', 'foster_interest')),
  to_status text,
  happened_on date NOT NULL,
  note text CHECK (length(note) <= 2000),
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX support_match_event_match_idx ON support_match_event (match_id, id);

CREATE TABLE support_match_agreement (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  match_id uuid NOT NULL REFERENCES support_match(id) ON DELETE CASCADE,
  what text NOT NULL CHECK (length(what) BETWEEN 1 AND 1000),
  how_often text NOT NULL CHECK (length(how_often) BETWEEN 1 AND 200),
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX support_match_agreement_match_idx ON support_match_agreement (match_id);
COMMENT ON TABLE support_match_agreement IS 'Written agreements between the two families: what, and how often.';

CREATE TABLE support_match_reminder (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  match_id uuid NOT NULL REFERENCES support_match(id) ON DELETE CASCADE,
  offset_days integer NOT NULL,
  due_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  done_at timestamptz,
  done_by uuid REFERENCES app_user(id),
  UNIQUE (match_id, offset_days)
);
COMMENT ON TABLE support_match_reminder IS 'Check-in reminders for the coordinator, created by the support.checkins job once due.';
