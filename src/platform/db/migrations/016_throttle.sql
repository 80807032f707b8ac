-- Shared throttling counters, so every app instance sees the same count: failed logins per
-- account name and per source address, failed second-factor codes per account, public form
-- posts per address and confirmation mails per recipient. Keys are HMACs (key derived from
-- APP_SECRET): the table holds no username, address or e-mail in readable form.
CREATE TABLE throttle (
  key text PRIMARY KEY,
  hits integer NOT NULL DEFAULT 0,
  window_start timestamptz NOT NULL DEFAULT now(),
  blocked_until timestamptz,
  expires_at timestamptz NOT NULL
);
CREATE INDEX throttle_expires_idx ON throttle (expires_at);
COMMENT ON TABLE throttle IS 'Rate and failure counters shared by all instances; key = kind + HMAC of the counted value; rows past expires_at are forgotten.';
COMMENT ON COLUMN throttle.blocked_until IS 'Attempts are refused (429/423 with Retry-After) until this moment.';
