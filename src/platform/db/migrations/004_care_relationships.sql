-- The relationships need-to-know is decided on: a family, its trajectory, the regisseur and team,
-- the family's own portal accounts, and break-the-glass grants. Later issues add the dossier content.

CREATE TABLE family (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reference text NOT NULL UNIQUE CHECK (reference ~ '^[A-Z0-9-]{4,20}$'),
  municipality_code char(4) NOT NULL REFERENCES municipality(code),
  neighbourhood_code text REFERENCES neighbourhood(code),
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN family.reference IS 'Non-identifying dossier number, safe to show in URLs and mails.';

CREATE TABLE trajectory (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  family_id uuid NOT NULL REFERENCES family(id),
  team_id uuid NOT NULL REFERENCES team(id),
  regisseur_id uuid NOT NULL REFERENCES app_user(id),
  status text NOT NULL DEFAULT 'registered'
    CHECK (status IN ('registered', 'intake', 'plan', 'in_progress', 'evaluation', 'closed')),
  opened_at timestamptz NOT NULL DEFAULT now(),
  closed_at timestamptz,
  CONSTRAINT trajectory_closed_consistent CHECK ((status = 'closed') = (closed_at IS NOT NULL))
);
CREATE INDEX trajectory_family_idx ON trajectory (family_id);
CREATE INDEX trajectory_regisseur_idx ON trajectory (regisseur_id);
CREATE INDEX trajectory_team_idx ON trajectory (team_id);

CREATE TABLE trajectory_member (
  trajectory_id uuid NOT NULL REFERENCES trajectory(id) ON DELETE CASCADE,
  user_id uuid NOT NULL REFERENCES app_user(id),
  PRIMARY KEY (trajectory_id, user_id)
);
CREATE INDEX trajectory_member_user_idx ON trajectory_member (user_id);

CREATE TABLE family_account (
  user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  family_id uuid NOT NULL REFERENCES family(id),
  PRIMARY KEY (user_id, family_id)
);
COMMENT ON TABLE family_account IS 'A portal (family role) login and the one family it may see.';

CREATE TABLE break_glass (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES app_user(id),
  family_id uuid NOT NULL REFERENCES family(id),
  reason text NOT NULL CHECK (length(reason) BETWEEN 20 AND 2000),
  opened_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  reviewed_by uuid REFERENCES app_user(id),
  reviewed_at timestamptz,
  review_outcome text CHECK (review_outcome IN ('justified', 'unjustified')),
  review_note text,
  CONSTRAINT break_glass_window CHECK (expires_at > opened_at AND expires_at <= opened_at + interval '24 hours')
);
CREATE INDEX break_glass_active_idx ON break_glass (user_id, family_id, expires_at);
CREATE INDEX break_glass_unreviewed_idx ON break_glass (opened_at) WHERE reviewed_at IS NULL;
COMMENT ON TABLE break_glass IS 'Emergency access to a dossier outside one''s relationships: time-limited, reasoned, reviewed.';
