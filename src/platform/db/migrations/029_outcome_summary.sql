-- Outcome indicators at national scale (issue 14 item 10): one row per trajectory with what the
-- indicators count, computed by the job insights.outcome_summary.refresh (exactly once across
-- instances) and read by the dashboards, so a region-year no longer probes every family of the region.
-- A figure says when it was computed (outcome_summary_state.computed_at).
--
-- What stays live at query time: the municipality's choices (drop-out reasons, repeat-use window,
-- publication settings), pilots, and who leads which team. Everything else about a trajectory is here.

CREATE TABLE trajectory_outcome_summary (
  trajectory_id uuid PRIMARY KEY REFERENCES trajectory(id) ON DELETE CASCADE,
  family_id uuid NOT NULL,
  municipality_code char(4) NOT NULL,
  region_code text NOT NULL,
  team_id uuid,
  entry_point text,
  opened_on date NOT NULL,
  closed_on date,
  start_on date NOT NULL,
  ending_reason text,
  managing_without_help text,
  level_rank smallint NOT NULL,
  providers uuid[] NOT NULL,
  no_new_start boolean,
  prev_closed_on date,
  days_to_help integer,
  attainment text,
  problems_reduced boolean,
  sat_youth smallint,
  sat_parent smallint,
  computed_at timestamptz NOT NULL
);
CREATE INDEX trajectory_outcome_summary_mun_closed_idx ON trajectory_outcome_summary (municipality_code, closed_on);
CREATE INDEX trajectory_outcome_summary_mun_start_idx ON trajectory_outcome_summary (municipality_code, start_on);
CREATE INDEX trajectory_outcome_summary_region_closed_idx ON trajectory_outcome_summary (region_code, closed_on);
CREATE INDEX trajectory_outcome_summary_region_start_idx ON trajectory_outcome_summary (region_code, start_on);
CREATE INDEX trajectory_outcome_summary_family_idx ON trajectory_outcome_summary (family_id);
COMMENT ON TABLE trajectory_outcome_summary IS 'Per trajectory what the outcome indicators count (Amsterdam dates; heaviest level of help and providers from the granted allocations; CBS no new start as of computed_at; the latest other closing of the family on or before the start, for the local repeat-use window; days from start to help; goals; problems reduced; the latest satisfaction mark per informant). Written by the job insights.outcome_summary.refresh; no names, no person data.';
COMMENT ON COLUMN trajectory_outcome_summary.prev_closed_on IS 'The latest closing date of another trajectory of the same family on or before start_on: a repeat when it lies within the municipality''s window (applied at query time).';
COMMENT ON COLUMN trajectory_outcome_summary.level_rank IS '0 none (the team''s own help), 1 basic, 2 ambulant, 3 day treatment, 4 crisis or protection, 5 residential.';

-- Families whose trajectories must be computed again, marked by triggers on every table the summary
-- reads; the job takes them (incremental) or recomputes everything (full).
CREATE TABLE outcome_summary_stale (
  family_id uuid PRIMARY KEY,
  marked_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE outcome_summary_stale IS 'Families changed since their outcome summary rows were computed; emptied by insights.outcome_summary.refresh.';

CREATE TABLE outcome_summary_state (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  computed_at timestamptz,
  full_at timestamptz,
  last_rows integer NOT NULL DEFAULT 0,
  last_ms integer NOT NULL DEFAULT 0
);
INSERT INTO outcome_summary_state (id) VALUES (true);
COMMENT ON TABLE outcome_summary_state IS 'When the outcome summary was last brought up to date (computed_at: every change marked before it is in), the last full recomputation, and the last run''s rows and duration.';

CREATE FUNCTION outcome_summary_mark() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  fam uuid;
  old_fam uuid;
BEGIN
  IF TG_TABLE_NAME IN ('trajectory', 'decision', 'measurement') THEN
    IF TG_OP <> 'DELETE' THEN fam := NEW.family_id; END IF;
    IF TG_OP <> 'INSERT' THEN old_fam := OLD.family_id; END IF;
  ELSIF TG_TABLE_NAME = 'family' THEN
    fam := NEW.id;
  ELSIF TG_TABLE_NAME = 'allocation' THEN
    SELECT d.family_id INTO fam FROM decision d WHERE d.id = (CASE WHEN TG_OP = 'DELETE' THEN OLD.decision_id ELSE NEW.decision_id END);
  ELSIF TG_TABLE_NAME = 'measurement_score' THEN
    SELECT m.family_id INTO fam FROM measurement m WHERE m.id = (CASE WHEN TG_OP = 'DELETE' THEN OLD.measurement_id ELSE NEW.measurement_id END);
  ELSE
    -- trajectory_satisfaction, trajectory_goal_attainment, trajectory_status_change
    SELECT t.family_id INTO fam FROM trajectory t WHERE t.id = (CASE WHEN TG_OP = 'DELETE' THEN OLD.trajectory_id ELSE NEW.trajectory_id END);
  END IF;
  IF fam IS NOT NULL THEN
    INSERT INTO outcome_summary_stale (family_id) VALUES (fam) ON CONFLICT (family_id) DO NOTHING;
  END IF;
  IF old_fam IS NOT NULL AND old_fam IS DISTINCT FROM fam THEN
    INSERT INTO outcome_summary_stale (family_id) VALUES (old_fam) ON CONFLICT (family_id) DO NOTHING;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER outcome_summary_mark AFTER INSERT OR UPDATE OR DELETE ON trajectory
  FOR EACH ROW EXECUTE FUNCTION outcome_summary_mark();
CREATE TRIGGER outcome_summary_mark AFTER UPDATE OF municipality_code ON family
  FOR EACH ROW EXECUTE FUNCTION outcome_summary_mark();
CREATE TRIGGER outcome_summary_mark AFTER INSERT OR UPDATE OR DELETE ON decision
  FOR EACH ROW EXECUTE FUNCTION outcome_summary_mark();
CREATE TRIGGER outcome_summary_mark AFTER INSERT OR UPDATE OR DELETE ON allocation
  FOR EACH ROW EXECUTE FUNCTION outcome_summary_mark();
CREATE TRIGGER outcome_summary_mark AFTER INSERT OR UPDATE OR DELETE ON trajectory_satisfaction
  FOR EACH ROW EXECUTE FUNCTION outcome_summary_mark();
CREATE TRIGGER outcome_summary_mark AFTER INSERT OR UPDATE OR DELETE ON trajectory_goal_attainment
  FOR EACH ROW EXECUTE FUNCTION outcome_summary_mark();
CREATE TRIGGER outcome_summary_mark AFTER INSERT OR UPDATE OR DELETE ON trajectory_status_change
  FOR EACH ROW EXECUTE FUNCTION outcome_summary_mark();
CREATE TRIGGER outcome_summary_mark AFTER INSERT OR UPDATE OR DELETE ON measurement
  FOR EACH ROW EXECUTE FUNCTION outcome_summary_mark();
CREATE TRIGGER outcome_summary_mark AFTER INSERT OR UPDATE OR DELETE ON measurement_score
  FOR EACH ROW EXECUTE FUNCTION outcome_summary_mark();
