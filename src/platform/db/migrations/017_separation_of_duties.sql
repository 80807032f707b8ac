-- Separation of duties for privileged accounts (BIO2): a change that gives an account access to case
-- content waits for a second authorised person; administrators never know or set another user's
-- password (one-time links instead); the mail outbox never keeps a secret readable.

-- An account may exist without roles while its first (privileged) roles wait for approval.
ALTER TABLE app_user DROP CONSTRAINT app_user_roles_check;
ALTER TABLE app_user ADD CONSTRAINT app_user_roles_check CHECK (roles <@ ARRAY['professional', 'team_lead',
  'consultant', 'coordinator', 'signaller', 'policy', 'privacy_officer', 'admin', 'family']::text[]);

CREATE TABLE privileged_change (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('user_roles', 'user_profile', 'team_membership', 'coordinator_area',
    'totp_reset')),
  target_user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  team_id uuid REFERENCES team(id) ON DELETE CASCADE,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 500),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'applied')),
  requested_by uuid NOT NULL REFERENCES app_user(id),
  requested_at timestamptz NOT NULL DEFAULT now(),
  decided_by uuid REFERENCES app_user(id),
  decided_at timestamptz,
  decision_note text CHECK (length(decision_note) <= 500),
  CONSTRAINT privileged_change_team CHECK ((kind = 'team_membership') = (team_id IS NOT NULL)),
  CONSTRAINT privileged_change_decided CHECK ((status IN ('pending', 'applied')) = (decided_at IS NULL)),
  CONSTRAINT privileged_change_decider CHECK ((status IN ('approved', 'rejected')) = (decided_by IS NOT NULL)),
  -- The database itself refuses four-eyes by one pair of eyes.
  CONSTRAINT privileged_change_second_person CHECK (decided_by IS NULL OR (decided_by <> requested_by
    AND decided_by <> target_user_id))
);
CREATE INDEX privileged_change_pending_idx ON privileged_change (requested_at) WHERE status = 'pending';
CREATE INDEX privileged_change_target_idx ON privileged_change (target_user_id, requested_at DESC);
CREATE INDEX privileged_change_requested_idx ON privileged_change (requested_at DESC);
COMMENT ON TABLE privileged_change IS 'Changes that give or take access to case content (care roles, privacy_officer, admin, team membership or lead, coordinator area, e-mail/home organisation of a privileged account, second-factor reset). Granting waits as pending until a second person approves; taking away is recorded as applied at once. The privacy officer reads this list.';
COMMENT ON COLUMN privileged_change.kind IS 'user_roles (payload.add: roles), user_profile (payload: email and/or homeOrganisationId), team_membership (payload.isLead, or payload.removed), coordinator_area (payload: municipalities, regions), totp_reset.';
COMMENT ON COLUMN privileged_change.payload IS 'What will be (or was) applied; never a password or token.';
COMMENT ON COLUMN privileged_change.summary IS 'One line for approvers and the privacy officer, e.g. "roles: +professional".';
COMMENT ON COLUMN privileged_change.status IS 'pending → approved (applied then) or rejected; applied = took effect without a second person because it only removes access.';
COMMENT ON COLUMN privileged_change.decided_by IS 'The second person: never the requester and never the account the change is about.';

CREATE TABLE password_link (
  token_hash text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  purpose text NOT NULL CHECK (purpose IN ('reset', 'activate')),
  requested_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  CHECK (expires_at > created_at)
);
CREATE INDEX password_link_user_idx ON password_link (user_id);
COMMENT ON TABLE password_link IS 'One-time, expiring links to set one''s own password (after an administrator''s reset, or for a new account). Only the SHA-256 of the token is stored; a new link voids the older ones.';
COMMENT ON COLUMN password_link.requested_by IS 'The administrator who asked for the reset: they never see the token or the new password.';

-- The outbox keeps what an administrator needs; a body only when there is no SMTP, and never a secret.
ALTER TABLE mail_outbox ALTER COLUMN body_text DROP NOT NULL;
ALTER TABLE mail_outbox ADD COLUMN redacted boolean NOT NULL DEFAULT false;
UPDATE mail_outbox SET body_text = NULL WHERE transport = 'smtp';
UPDATE mail_outbox SET body_text = regexp_replace(body_text, 'token=[A-Za-z0-9_-]+', 'token=[verwijderd]', 'g'),
  redacted = true WHERE body_text ~ 'token=[A-Za-z0-9_-]+';
COMMENT ON TABLE mail_outbox IS 'Every outgoing mail: recipient, subject, time and delivery state. The body only when no SMTP is configured (the local outbox), with secrets (confirmation and password links) redacted.';
COMMENT ON COLUMN mail_outbox.body_text IS 'NULL for mail sent over SMTP; for the local outbox the text with every secret replaced by [verwijderd].';
COMMENT ON COLUMN mail_outbox.redacted IS 'The mail carried a secret that was removed before storing.';
