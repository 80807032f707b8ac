-- The referral index (Verwijsindex risicojongeren, Jeugdwet §7.1) and partner API keys.
-- A registration records only THAT an organisation is involved with a young person under 23:
-- BSN (encrypted + keyed hash), the professional's contact details, date/time, the legal risk
-- ground (a–l) and the removal date. No content. Address and parent are kept only as keyed hashes,
-- enough to detect a match and nothing more.

CREATE TABLE partner_api_key (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisation(id),
  label text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
  token_prefix text NOT NULL CHECK (token_prefix ~ '^kt_[A-Za-z0-9_-]{8}$'),
  token_hash char(64) NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  scopes text[] NOT NULL CHECK (cardinality(scopes) >= 1 AND scopes <@ ARRAY['signals:submit', 'registrations:submit']::text[]),
  rate_limit_per_minute integer NOT NULL DEFAULT 60 CHECK (rate_limit_per_minute BETWEEN 1 AND 100000),
  created_by uuid NOT NULL REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz,
  revoked_by uuid REFERENCES app_user(id)
);
CREATE INDEX partner_api_key_organisation_idx ON partner_api_key (organisation_id);
COMMENT ON TABLE partner_api_key IS 'Per-organisation API keys for the partner API; the token is shown once at creation and only its SHA-256 is kept.';
COMMENT ON COLUMN partner_api_key.token_hash IS 'SHA-256 of the 256-bit random token (no salt needed: the token is random, not a password).';
COMMENT ON COLUMN partner_api_key.token_prefix IS 'First characters of the token: lets an administrator recognise a key without storing it.';

CREATE TABLE involvement_coordinator (
  municipality_code char(4) PRIMARY KEY REFERENCES municipality(code),
  user_id uuid NOT NULL REFERENCES app_user(id),
  set_by uuid NOT NULL REFERENCES app_user(id),
  set_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE involvement_coordinator IS 'The municipality''s match coordinator (matchcoördinator); the regisseur of an open trajectory of the young person takes precedence.';

CREATE TABLE involvement_registration (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisation(id),
  municipality_code char(4) NOT NULL REFERENCES municipality(code),
  registered_by uuid REFERENCES app_user(id),
  api_key_id uuid REFERENCES partner_api_key(id),
  youth_bsn_enc text NOT NULL,
  youth_bsn_hash char(64) NOT NULL CHECK (youth_bsn_hash ~ '^[0-9a-f]{64}$'),
  youth_birth_date date NOT NULL,
  address_hash char(64) CHECK (address_hash ~ '^[0-9a-f]{64}$'),
  parent_bsn_hash char(64) CHECK (parent_bsn_hash ~ '^[0-9a-f]{64}$'),
  risk_ground char(1) NOT NULL CHECK (risk_ground ~ '^[a-l]$'),
  contact_name text NOT NULL CHECK (length(contact_name) BETWEEN 1 AND 200),
  contact_phone text NOT NULL CHECK (contact_phone ~ '^\+?[0-9 ()-]{6,20}$'),
  contact_email text CHECK (contact_email ~ '^[^@\s]+@[^@\s]+$' AND length(contact_email) <= 200),
  registered_at timestamptz NOT NULL DEFAULT now(),
  ends_on date NOT NULL,
  informed_at timestamptz,
  informed_by uuid REFERENCES app_user(id),
  CONSTRAINT involvement_registration_source CHECK ((registered_by IS NULL) <> (api_key_id IS NULL))
);
-- One active registration per organisation and young person.
CREATE UNIQUE INDEX involvement_registration_org_youth_uq ON involvement_registration (organisation_id, youth_bsn_hash);
-- The three match lookups, each one index probe.
CREATE INDEX involvement_registration_youth_idx ON involvement_registration (youth_bsn_hash);
CREATE INDEX involvement_registration_address_idx ON involvement_registration (address_hash) WHERE address_hash IS NOT NULL;
CREATE INDEX involvement_registration_parent_idx ON involvement_registration (parent_bsn_hash) WHERE parent_bsn_hash IS NOT NULL;
CREATE INDEX involvement_registration_ends_idx ON involvement_registration (ends_on);
CREATE INDEX involvement_registration_birth_idx ON involvement_registration (youth_birth_date);
CREATE INDEX involvement_registration_informing_idx ON involvement_registration (organisation_id, registered_at) WHERE informed_at IS NULL;
COMMENT ON TABLE involvement_registration IS 'Active referral-index registrations: THAT an organisation is involved, never what about. Ended ones move to involvement_archive.';
COMMENT ON COLUMN involvement_registration.youth_birth_date IS 'Needed for the end at 23 and the informing rule by age (<12 parents, 12-16 both, 16+ youth).';
COMMENT ON COLUMN involvement_registration.address_hash IS 'Keyed hash of postcode + house number: matches on the same address without storing it.';
COMMENT ON COLUMN involvement_registration.parent_bsn_hash IS 'Keyed hash of a parent''s BSN: matches on the same parent without storing the number.';
COMMENT ON COLUMN involvement_registration.ends_on IS 'Removal date: at most two years after registration and never after the 23rd birthday.';

CREATE TABLE involvement_match (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('youth', 'address', 'parent')),
  match_key char(64) NOT NULL,
  municipality_code char(4) NOT NULL REFERENCES municipality(code),
  coordinator_id uuid REFERENCES app_user(id),
  coordinator_source text NOT NULL CHECK (coordinator_source IN ('regisseur', 'municipality', 'none')),
  created_at timestamptz NOT NULL DEFAULT now(),
  contact_recorded_at timestamptz,
  contact_recorded_by uuid REFERENCES app_user(id),
  contact_note text CHECK (length(contact_note) <= 500),
  closed_at timestamptz
);
CREATE UNIQUE INDEX involvement_match_open_uq ON involvement_match (kind, match_key) WHERE closed_at IS NULL;
CREATE INDEX involvement_match_coordinator_idx ON involvement_match (coordinator_id, created_at DESC);
CREATE INDEX involvement_match_municipality_idx ON involvement_match (municipality_code, created_at DESC);
COMMENT ON TABLE involvement_match IS 'Two or more active registrations of different organisations on the same youth, address or parent.';
COMMENT ON COLUMN involvement_match.contact_note IS 'Only that/how the professionals contacted each other (e.g. "phoned 3 March"), never case content.';

CREATE TABLE involvement_match_member (
  match_id uuid NOT NULL REFERENCES involvement_match(id) ON DELETE CASCADE,
  registration_id uuid NOT NULL REFERENCES involvement_registration(id) ON DELETE CASCADE,
  joined_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (match_id, registration_id)
);
CREATE INDEX involvement_match_member_registration_idx ON involvement_match_member (registration_id);

CREATE TABLE involvement_archive (
  id uuid PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisation(id),
  municipality_code char(4) NOT NULL REFERENCES municipality(code),
  youth_bsn_hash char(64) NOT NULL,
  risk_ground char(1) NOT NULL,
  contact_name text NOT NULL,
  contact_phone text NOT NULL,
  registered_at timestamptz NOT NULL,
  ended_at timestamptz NOT NULL,
  end_reason text NOT NULL CHECK (end_reason IN ('expired', 'age_23', 'withdrawn')),
  purge_after timestamptz NOT NULL,
  notice_given_at timestamptz,
  notice_registration_id uuid
);
CREATE INDEX involvement_archive_youth_idx ON involvement_archive (youth_bsn_hash) WHERE notice_given_at IS NULL;
CREATE INDEX involvement_archive_purge_idx ON involvement_archive (purge_after);
COMMENT ON TABLE involvement_archive IS 'History archive: ended registrations, kept five years; gives a one-off notice when a new registration for the same young person arrives.';
