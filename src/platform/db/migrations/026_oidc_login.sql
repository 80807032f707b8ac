-- OpenID Connect login (issue 15): the short-lived login transactions (state, nonce, PKCE verifier)
-- kept server-side and used once, the link of an external identity to an account, and which
-- provider a session came from (for logout at that provider).

CREATE TABLE oidc_login (
  state_hash char(64) PRIMARY KEY CHECK (state_hash ~ '^[0-9a-f]{64}$'),
  provider text NOT NULL CHECK (provider IN ('citizen', 'professional')),
  browser_hash char(64) NOT NULL CHECK (browser_hash ~ '^[0-9a-f]{64}$'),
  code_verifier_enc text NOT NULL,
  nonce text NOT NULL CHECK (length(nonce) BETWEEN 20 AND 200),
  return_to text NOT NULL CHECK (return_to ~ '^/[^/\\]' OR return_to = '/'),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX oidc_login_expires_idx ON oidc_login (expires_at);
COMMENT ON TABLE oidc_login IS 'One started OIDC login: deleted when its callback arrives (a replayed state finds nothing) or when it expires.';
COMMENT ON COLUMN oidc_login.state_hash IS 'SHA-256 of the state parameter; the state itself is only in the authorization request.';
COMMENT ON COLUMN oidc_login.browser_hash IS 'SHA-256 of the random value in the browser''s short-lived login cookie: the callback must come from the browser that started it.';
COMMENT ON COLUMN oidc_login.code_verifier_enc IS 'PKCE code verifier, AES-256-GCM encrypted with a key derived from APP_SECRET.';

CREATE TABLE external_identity (
  provider text NOT NULL CHECK (provider IN ('citizen', 'professional')),
  issuer text NOT NULL CHECK (length(issuer) BETWEEN 1 AND 500),
  subject_hash char(64) NOT NULL CHECK (subject_hash ~ '^[0-9a-f]{64}$'),
  user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_login_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (issuer, subject_hash)
);
CREATE UNIQUE INDEX external_identity_user_uq ON external_identity (user_id, issuer);
COMMENT ON TABLE external_identity IS 'An identity at an OIDC provider (issuer + subject) linked to one account. The subject is kept as a keyed hash: some DigiD brokers use the BSN as subject.';
COMMENT ON COLUMN external_identity.subject_hash IS 'HMAC-SHA256 of the provider''s subject with a key derived from APP_SECRET.';

ALTER TABLE session ADD COLUMN identity_provider text CHECK (identity_provider IN ('citizen', 'professional'));
COMMENT ON COLUMN session.identity_provider IS 'The OIDC provider this session was logged in with (logout ends the session there too); null for a password login.';
