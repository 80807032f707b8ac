-- A mark is no longer lost to a refresh running while it is made (PostgreSQL, READ COMMITTED).
--
-- Before: one row per family, the trigger's INSERT … ON CONFLICT DO NOTHING, and a refresh that deleted
-- every row and recomputed the families from the snapshot of the same statement. A writer that marked a
-- family already marked left the row alone; when it committed after that snapshot, the refresh recomputed
-- the family without its change and deleted the mark anyway: stale until the nightly full run.
--
-- Now each mark says which transaction made it (xact), and a refresh deletes exactly the marks whose
-- transactions its recompute saw: those committed before a snapshot it takes just before recomputing
-- (summary.ts). A mark of a transaction still running, or committed later, stays for the next run.
--
-- Why one row per family and transaction rather than one versioned row per family (ON CONFLICT DO
-- UPDATE SET mark = nextval(…)): updating the family's row would hold its lock until the writer commits,
-- so writers of the same family would queue behind each other, the refresh's DELETE would wait for them
-- (or deadlock with a writer marking two families), and every trigger call would write a row version.
-- Here a writer only ever meets its own row (the key holds its transaction id): no writer waits for
-- another or for the refresh, and the refresh deletes rows nobody else touches. The price: a family
-- changed by n transactions between two runs has n rows (deleted by the next run).
ALTER TABLE outcome_summary_stale ADD COLUMN xact xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE outcome_summary_stale DROP CONSTRAINT outcome_summary_stale_pkey, ADD PRIMARY KEY (family_id, xact);
COMMENT ON COLUMN outcome_summary_stale.xact IS 'The (top-level) transaction that marked the family: a refresh deletes the marks of the transactions its recompute saw, and leaves the others for the next run.';
COMMENT ON TABLE outcome_summary_stale IS 'Families changed since their outcome summary rows were computed, one row per family and marking transaction; insights.outcome_summary.refresh deletes the marks whose changes it took in.';

-- The marking function of 034, marking once per family and transaction (not waiting for anyone).
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
  -- xact defaults to this transaction: a conflict is only ever with this transaction's own mark.
  IF fam IS NOT NULL THEN
    INSERT INTO outcome_summary_stale (family_id) VALUES (fam) ON CONFLICT (family_id, xact) DO NOTHING;
  END IF;
  IF old_fam IS NOT NULL AND old_fam IS DISTINCT FROM fam THEN
    INSERT INTO outcome_summary_stale (family_id) VALUES (old_fam) ON CONFLICT (family_id, xact) DO NOTHING;
  END IF;
  RETURN NULL;
END $$;
