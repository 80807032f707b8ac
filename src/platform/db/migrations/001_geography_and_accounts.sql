-- Geography, organisations, users, teams and sessions: who works where, for whom.

CREATE TABLE region (
  code text PRIMARY KEY CHECK (code ~ '^[A-Z0-9-]{2,20}$'),
  name text NOT NULL
);
COMMENT ON TABLE region IS 'Youth-care region (jeugdhulpregio): municipalities that purchase care together.';

CREATE TABLE municipality (
  code char(4) PRIMARY KEY CHECK (code ~ '^[0-9]{4}$'),
  name text NOT NULL,
  region_code text NOT NULL REFERENCES region(code)
);
COMMENT ON COLUMN municipality.code IS 'CBS municipality code (gemeentecode), four digits.';

CREATE TABLE district (
  code text PRIMARY KEY CHECK (code ~ '^WK[0-9]{6}$'),
  name text NOT NULL,
  municipality_code char(4) NOT NULL REFERENCES municipality(code)
);
COMMENT ON TABLE district IS 'Wijk, CBS-shaped code WK + municipality code + 2 digits.';

CREATE TABLE neighbourhood (
  code text PRIMARY KEY CHECK (code ~ '^BU[0-9]{8}$'),
  name text NOT NULL,
  district_code text NOT NULL REFERENCES district(code),
  municipality_code char(4) NOT NULL REFERENCES municipality(code)
);
COMMENT ON TABLE neighbourhood IS 'Buurt, CBS-shaped code BU + municipality code + district 2 digits + 2 digits.';
CREATE INDEX neighbourhood_municipality_idx ON neighbourhood (municipality_code);

CREATE TABLE organisation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  type text NOT NULL CHECK (type IN (
    'municipality', 'neighbourhood_team_carrier', 'school', 'gp_practice', 'child_health_clinic',
    'housing_corporation', 'police', 'veilig_thuis', 'child_protection_board', 'certified_institution',
    'care_provider', 'welfare_organisation')),
  agb_code char(8) CHECK (agb_code ~ '^[0-9]{8}$'),
  municipality_code char(4) REFERENCES municipality(code),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT organisation_provider_has_agb CHECK ((type = 'care_provider') = (agb_code IS NOT NULL))
);
CREATE UNIQUE INDEX organisation_name_uq ON organisation (lower(name));
COMMENT ON COLUMN organisation.agb_code IS 'AGB code (Vektis), eight digits; only for care providers.';

CREATE TABLE role_policy (
  role text PRIMARY KEY CHECK (role IN ('professional', 'team_lead', 'consultant', 'coordinator', 'signaller',
    'policy', 'privacy_officer', 'admin', 'family')),
  totp_required boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE role_policy IS 'Per-role settings an admin controls, such as requiring a TOTP second factor.';
INSERT INTO role_policy (role) VALUES ('professional'), ('team_lead'), ('consultant'), ('coordinator'),
  ('signaller'), ('policy'), ('privacy_officer'), ('admin'), ('family');

CREATE TABLE app_user (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
  display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
  email text CHECK (email ~ '^[^@\s]+@[^@\s]+$'),
  home_organisation_id uuid NOT NULL REFERENCES organisation(id),
  roles text[] NOT NULL CHECK (cardinality(roles) >= 1 AND roles <@ ARRAY['professional', 'team_lead', 'consultant',
    'coordinator', 'signaller', 'policy', 'privacy_officer', 'admin', 'family']::text[]),
  password_hash text,
  totp_secret_enc text,
  totp_enabled boolean NOT NULL DEFAULT false,
  totp_last_step bigint,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX app_user_username_uq ON app_user (username);
CREATE INDEX app_user_home_organisation_idx ON app_user (home_organisation_id);
COMMENT ON COLUMN app_user.totp_secret_enc IS 'TOTP secret, AES-256-GCM encrypted with a key derived from APP_SECRET.';
COMMENT ON COLUMN app_user.totp_last_step IS 'Last accepted TOTP time step: a code is accepted once (no replay).';

CREATE TABLE team (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  type text NOT NULL CHECK (type IN ('neighbourhood_team', 'cjg', 'wij_team', 'social_team', 'multi_expertise_team')),
  organisation_id uuid NOT NULL REFERENCES organisation(id),
  municipality_code char(4) NOT NULL REFERENCES municipality(code),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX team_name_uq ON team (municipality_code, lower(name));
COMMENT ON TABLE team IS 'A team serves one municipality, or some of its neighbourhoods (team_neighbourhood).';

CREATE TABLE team_neighbourhood (
  team_id uuid NOT NULL REFERENCES team(id) ON DELETE CASCADE,
  neighbourhood_code text NOT NULL REFERENCES neighbourhood(code),
  PRIMARY KEY (team_id, neighbourhood_code)
);

CREATE TABLE team_membership (
  team_id uuid NOT NULL REFERENCES team(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES app_user(id),
  is_lead boolean NOT NULL DEFAULT false,
  since date NOT NULL DEFAULT CURRENT_DATE,
  PRIMARY KEY (team_id, user_id)
);
CREATE INDEX team_membership_user_idx ON team_membership (user_id);
COMMENT ON TABLE team_membership IS 'The second business card: a user works in teams, possibly of other organisations.';

CREATE TABLE session (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  token_hash text NOT NULL UNIQUE,
  user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  mfa_pending boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  user_agent text,
  ip text
);
CREATE INDEX session_user_idx ON session (user_id);
CREATE INDEX session_expires_idx ON session (expires_at);
COMMENT ON COLUMN session.token_hash IS 'SHA-256 of the random cookie token; the token itself is never stored.';
