-- Outcome indicators (CBS Beleidsinformatie Jeugd definitions, issue 14) and pilots as records of their
-- own. The trajectory already carries entry point, first contact, ending reason and managing without
-- help (migration 005); this adds what the indicators need beside it: every satisfaction measurement
-- (at most one per informant counts), goal attainment at closing, the municipality's choices for the
-- definitions and the publication, and pilots with the trajectories that take part.

-- Satisfaction measurements: "how useful was this help", 1-10, youth or parent as informant. The
-- trajectory's own satisfaction column (set when closing) counts as a measurement too; per trajectory
-- and informant only the latest measurement counts (an informant measured twice counts once).
CREATE TABLE trajectory_satisfaction (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  trajectory_id uuid NOT NULL REFERENCES trajectory(id) ON DELETE CASCADE,
  informant text NOT NULL CHECK (informant IN ('youth', 'parent')),
  mark smallint NOT NULL CHECK (mark BETWEEN 1 AND 10),
  measured_on date NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX trajectory_satisfaction_trajectory_idx ON trajectory_satisfaction (trajectory_id, informant, measured_on);
COMMENT ON TABLE trajectory_satisfaction IS 'Satisfaction marks (1-10) per informant; the latest per trajectory and informant counts for the indicator.';

-- Goals achieved: recorded for a closed trajectory against its plan's goals.
CREATE TABLE trajectory_goal_attainment (
  trajectory_id uuid PRIMARY KEY REFERENCES trajectory(id) ON DELETE CASCADE,
  attainment text NOT NULL CHECK (attainment IN ('achieved', 'partly', 'not_achieved')),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE trajectory_goal_attainment IS 'Whether the plan''s goals were achieved (achieved / partly / not achieved), recorded at closing.';

-- The municipality's choices: which ending reasons count as drop-out, the local repeat-use window,
-- and how counts are published (threshold, rounding to multiples of 5 as CBS does).
CREATE TABLE outcome_setting (
  municipality_code char(4) PRIMARY KEY REFERENCES municipality(code),
  drop_out_reasons text NOT NULL DEFAULT '03' CHECK (drop_out_reasons IN ('03', '03+04')),
  repeat_window_months smallint NOT NULL DEFAULT 12 CHECK (repeat_window_months BETWEEN 1 AND 60),
  suppression_threshold smallint NOT NULL DEFAULT 5 CHECK (suppression_threshold BETWEEN 2 AND 50),
  round_to_five boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE outcome_setting IS 'Per municipality: drop-out numerator (03 or 03+04), local repeat-use look-back window, publication threshold and rounding. Absent row = defaults.';

-- Pilots (seed 000): where and since when, and which trajectories take part.
CREATE TABLE pilot (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_code char(4) NOT NULL REFERENCES municipality(code),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  description text NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
  since date NOT NULL,
  until date,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT pilot_period CHECK (until IS NULL OR until >= since)
);
CREATE INDEX pilot_municipality_idx ON pilot (municipality_code, since);
COMMENT ON TABLE pilot IS 'A pilot of a municipality (e.g. the family support worker at the GP): its figures are compared with the municipality''s other trajectories of the same period.';

CREATE TABLE pilot_trajectory (
  pilot_id uuid NOT NULL REFERENCES pilot(id) ON DELETE CASCADE,
  trajectory_id uuid NOT NULL REFERENCES trajectory(id) ON DELETE CASCADE,
  joined_on date NOT NULL,
  PRIMARY KEY (pilot_id, trajectory_id)
);
CREATE INDEX pilot_trajectory_trajectory_idx ON pilot_trajectory (trajectory_id);
COMMENT ON TABLE pilot_trajectory IS 'Participation of a trajectory in a pilot.';

-- The indicators start from a municipality and a period: families by municipality, trajectories by
-- their closing and first-contact dates (scale: 2.5 million trajectories).
CREATE INDEX family_municipality_idx ON family (municipality_code, id);
CREATE INDEX trajectory_closed_idx ON trajectory (closed_at, family_id) WHERE closed_at IS NOT NULL;
CREATE INDEX trajectory_family_opened_idx ON trajectory (family_id, opened_at);
CREATE INDEX decision_trajectory_idx ON decision (trajectory_id) WHERE trajectory_id IS NOT NULL;
