-- Learning and the meetlat (issue 14, items 5 and 6): a region's measuring stick of its transformation,
-- each municipality's position on it over time in its own words, and the learning log with its
-- reflection meetings, decisions and follow-up actions. No personal data: nothing here names a family.

CREATE TABLE meetlat (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  region_code text NOT NULL REFERENCES region(code),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  is_example boolean NOT NULL DEFAULT false,
  levels text[] NOT NULL CHECK (cardinality(levels) BETWEEN 2 AND 10),
  active boolean NOT NULL DEFAULT true,
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX meetlat_active_uq ON meetlat (region_code) WHERE active;
COMMENT ON TABLE meetlat IS 'A region''s measuring stick (transformatiemeetlat): ordered steps; one active per region, earlier ones kept with their positions.';
COMMENT ON COLUMN meetlat.is_example IS 'The demo''s example meetlat ("voorbeeld"): a real region loads its own.';
COMMENT ON COLUMN meetlat.levels IS 'Names of the levels 1..n a municipality can take on each step, in order.';

CREATE TABLE meetlat_step (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meetlat_id uuid NOT NULL REFERENCES meetlat(id) ON DELETE CASCADE,
  position integer NOT NULL CHECK (position BETWEEN 1 AND 20),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description text NOT NULL CHECK (length(description) <= 2000),
  indicator_keys text[] NOT NULL DEFAULT '{}',
  UNIQUE (meetlat_id, position)
);
COMMENT ON COLUMN meetlat_step.indicator_keys IS 'Keys of the outcome indicators that evidence this step (e.g. drop_out, repeat_use).';

CREATE TABLE meetlat_assessment (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meetlat_id uuid NOT NULL REFERENCES meetlat(id) ON DELETE CASCADE,
  municipality_code char(4) NOT NULL REFERENCES municipality(code),
  assessed_on date NOT NULL,
  focus_step_id uuid NOT NULL REFERENCES meetlat_step(id) ON DELETE CASCADE,
  focus_reason text NOT NULL CHECK (length(focus_reason) BETWEEN 1 AND 2000),
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (meetlat_id, municipality_code, assessed_on)
);
CREATE INDEX meetlat_assessment_municipality_idx ON meetlat_assessment (municipality_code, assessed_on);
COMMENT ON TABLE meetlat_assessment IS 'A municipality positions itself on every step at a chosen moment, and names the step that needs most attention now.';

CREATE TABLE meetlat_position (
  assessment_id uuid NOT NULL REFERENCES meetlat_assessment(id) ON DELETE CASCADE,
  step_id uuid NOT NULL REFERENCES meetlat_step(id) ON DELETE CASCADE,
  level integer NOT NULL CHECK (level BETWEEN 1 AND 10),
  reflection text NOT NULL CHECK (length(reflection) BETWEEN 1 AND 1000),
  PRIMARY KEY (assessment_id, step_id)
);
COMMENT ON COLUMN meetlat_position.reflection IS 'A short reflection in the municipality''s own words.';

CREATE TABLE learning_entry (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('went_well', 'went_less_well', 'chafed')),
  title text NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
  municipality_code char(4) NOT NULL REFERENCES municipality(code),
  team_id uuid REFERENCES team(id),
  meetlat_step_id uuid REFERENCES meetlat_step(id) ON DELETE SET NULL,
  pilot_id uuid,
  author_id uuid NOT NULL REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX learning_entry_municipality_idx ON learning_entry (municipality_code, created_at DESC);
CREATE INDEX learning_entry_team_idx ON learning_entry (team_id) WHERE team_id IS NOT NULL;
COMMENT ON TABLE learning_entry IS 'Learning log: what went well, less well, where it chafed. Linked to a municipality and optionally a team, meetlat step or pilot — never to a family.';
COMMENT ON COLUMN learning_entry.pilot_id IS 'The pilot this entry is about (pilots are another capability''s records: no foreign key here).';

CREATE TABLE reflection_meeting (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_code char(4) NOT NULL REFERENCES municipality(code),
  team_id uuid REFERENCES team(id),
  held_on date NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 3 AND 200),
  created_by uuid NOT NULL REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reflection_meeting_municipality_idx ON reflection_meeting (municipality_code, held_on DESC);
COMMENT ON TABLE reflection_meeting IS 'A reflection meeting where learning-log entries are discussed.';

CREATE TABLE reflection_discussion (
  meeting_id uuid NOT NULL REFERENCES reflection_meeting(id) ON DELETE CASCADE,
  entry_id uuid NOT NULL REFERENCES learning_entry(id) ON DELETE CASCADE,
  decision text NOT NULL CHECK (length(decision) BETWEEN 1 AND 2000),
  created_by uuid NOT NULL REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (meeting_id, entry_id)
);
CREATE INDEX reflection_discussion_entry_idx ON reflection_discussion (entry_id);
COMMENT ON TABLE reflection_discussion IS 'An entry discussed at a meeting, and what the meeting decided about it.';

CREATE TABLE reflection_action (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meeting_id uuid NOT NULL REFERENCES reflection_meeting(id) ON DELETE CASCADE,
  entry_id uuid NOT NULL REFERENCES learning_entry(id) ON DELETE CASCADE,
  description text NOT NULL CHECK (length(description) BETWEEN 3 AND 500),
  owner_id uuid NOT NULL REFERENCES app_user(id),
  due_on date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
  status_changed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (meeting_id, entry_id) REFERENCES reflection_discussion(meeting_id, entry_id) ON DELETE CASCADE
);
CREATE INDEX reflection_action_entry_idx ON reflection_action (entry_id);
CREATE INDEX reflection_action_owner_idx ON reflection_action (owner_id, status);
COMMENT ON TABLE reflection_action IS 'A follow-up action agreed at a reflection meeting, with an owner and a due date.';
