-- The outcome summary (029) missed changes to some of the inputs its rows are computed from. Every
-- input of a row, and what marks it now:
--   trajectory (team, entry point, dates, ending, managing, closing mark; a new or moved trajectory
--     of the family, which changes the family's other rows' "no new start" and "previous closing")
--     → its family, and the family it left (029)
--   family.municipality_code → the family (029)
--   decision, allocation (level of help, providers) → the decision's family (029); an allocation or a
--     decision moved to another family: the family it left too (here)
--   trajectory_satisfaction, trajectory_goal_attainment, trajectory_status_change, measurement,
--     measurement_score → the family (029); moved to another trajectory or measurement: the one it
--     left too (here)
--   municipality.region_code (the row's region_code), product_category_level.level_of_help (the
--     row's level_rank), instrument.scale_min/scale_max (problems reduced averages the changes of a
--     family's series on their own scales: with two instruments a scale weighs in) → a full refresh (here)
--   pilots, team leads and the municipality's own settings are read live by the indicators.
--
-- Why a full refresh for these three rather than marking their families: each is a reference-data
-- change made rarely by an administrator (a region reorganised, a category re-levelled, a scale
-- corrected), and each touches a large share of the rows — every family of a municipality, every
-- family with an allocation in a common category. Marking them would write up to hundreds of
-- thousands of stale rows inside the administrator's transaction (and, for a category, scan every
-- allocation there, unindexed) only for the next incremental run to recompute most of the summary
-- anyway. A request is one row update; the next run (within five minutes) recomputes everything.
ALTER TABLE outcome_summary_state ADD COLUMN full_requested_at timestamptz;
COMMENT ON COLUMN outcome_summary_state.full_requested_at IS 'Set by triggers when a change reaches rows of many families (a municipality moved to another region, a category''s level of help, an instrument''s scale): the next refresh recomputes everything and clears it (unless it was requested again meanwhile).';

CREATE FUNCTION outcome_summary_request_full() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- clock_timestamp: every request a new value, so a refresh clears only the request it read
  -- (summary.ts), never one committed while it ran.
  UPDATE outcome_summary_state SET full_requested_at = clock_timestamp();
  RETURN NULL;
END $$;

CREATE TRIGGER outcome_summary_request_full AFTER UPDATE OF region_code ON municipality
  FOR EACH ROW WHEN (OLD.region_code IS DISTINCT FROM NEW.region_code) EXECUTE FUNCTION outcome_summary_request_full();
-- Inserting or deleting a category changes no row: allocations reference their category (foreign key).
CREATE TRIGGER outcome_summary_request_full AFTER UPDATE OF level_of_help ON product_category_level
  FOR EACH ROW WHEN (OLD.level_of_help IS DISTINCT FROM NEW.level_of_help) EXECUTE FUNCTION outcome_summary_request_full();
CREATE TRIGGER outcome_summary_request_full AFTER UPDATE OF scale_min, scale_max ON instrument
  FOR EACH ROW WHEN (OLD.scale_min IS DISTINCT FROM NEW.scale_min OR OLD.scale_max IS DISTINCT FROM NEW.scale_max)
  EXECUTE FUNCTION outcome_summary_request_full();

-- The marking function of 029, now also marking the family a row left when an update moves it to
-- another decision, measurement or trajectory (029 marked the new one only).
CREATE OR REPLACE FUNCTION outcome_summary_mark() RETURNS trigger LANGUAGE plpgsql AS $$
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
    IF TG_OP <> 'DELETE' THEN SELECT d.family_id INTO fam FROM decision d WHERE d.id = NEW.decision_id; END IF;
    IF TG_OP <> 'INSERT' THEN SELECT d.family_id INTO old_fam FROM decision d WHERE d.id = OLD.decision_id; END IF;
  ELSIF TG_TABLE_NAME = 'measurement_score' THEN
    IF TG_OP <> 'DELETE' THEN SELECT m.family_id INTO fam FROM measurement m WHERE m.id = NEW.measurement_id; END IF;
    IF TG_OP <> 'INSERT' THEN SELECT m.family_id INTO old_fam FROM measurement m WHERE m.id = OLD.measurement_id; END IF;
  ELSE
    -- trajectory_satisfaction, trajectory_goal_attainment, trajectory_status_change
    IF TG_OP <> 'DELETE' THEN SELECT t.family_id INTO fam FROM trajectory t WHERE t.id = NEW.trajectory_id; END IF;
    IF TG_OP <> 'INSERT' THEN SELECT t.family_id INTO old_fam FROM trajectory t WHERE t.id = OLD.trajectory_id; END IF;
  END IF;
  IF fam IS NOT NULL THEN
    INSERT INTO outcome_summary_stale (family_id) VALUES (fam) ON CONFLICT (family_id) DO NOTHING;
  END IF;
  IF old_fam IS NOT NULL AND old_fam IS DISTINCT FROM fam THEN
    INSERT INTO outcome_summary_stale (family_id) VALUES (old_fam) ON CONFLICT (family_id) DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
