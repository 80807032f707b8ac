-- Life-domain instruments: definitions as configuration (the texts are the instrument owners';
-- only short domain names are stored, never the anchor texts), and measurements per family
-- member (or per household) with one score per item, or one per participant for the safety scale.

CREATE TABLE instrument (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]{1,39}$'),
  version integer NOT NULL CHECK (version >= 1),
  name_nl text NOT NULL CHECK (length(name_nl) BETWEEN 1 AND 200),
  name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
  subject text NOT NULL CHECK (subject IN ('person', 'household', 'either')),
  per_rater boolean NOT NULL DEFAULT false,
  scale_min smallint NOT NULL,
  scale_max smallint NOT NULL,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT instrument_code_version_uq UNIQUE (code, version),
  CONSTRAINT instrument_scale_order CHECK (scale_min < scale_max AND scale_min >= 0 AND scale_max <= 100)
);
COMMENT ON TABLE instrument IS 'An instrument definition (configuration): code + version, names, scale. Texts belong to the instrument owners.';
COMMENT ON COLUMN instrument.subject IS 'Who is measured: one person (person_id required), the household (person_id empty), or either.';
COMMENT ON COLUMN instrument.per_rater IS 'Each participant rates (name + role), several scores per item per measurement (the safety scale).';

CREATE TABLE instrument_item (
  instrument_id uuid NOT NULL REFERENCES instrument(id) ON DELETE CASCADE,
  code text NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]{0,39}$'),
  position smallint NOT NULL CHECK (position >= 1),
  section text CHECK (section ~ '^[a-z][a-z0-9_]{0,39}$'),
  label_nl text NOT NULL CHECK (length(label_nl) BETWEEN 1 AND 200),
  label_en text NOT NULL CHECK (length(label_en) BETWEEN 1 AND 200),
  PRIMARY KEY (instrument_id, code),
  CONSTRAINT instrument_item_position_uq UNIQUE (instrument_id, position)
);
COMMENT ON TABLE instrument_item IS 'A domain or dimension of an instrument, in display order; labels are short domain names.';
COMMENT ON COLUMN instrument_item.section IS 'Optional grouping, e.g. household / children in the household version of the self-sufficiency matrix.';

CREATE TABLE measurement (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  family_id uuid NOT NULL REFERENCES family(id),
  person_id uuid REFERENCES person(id),
  instrument_id uuid NOT NULL REFERENCES instrument(id),
  measured_on date NOT NULL CHECK (measured_on >= DATE '2000-01-01'),
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  note text CHECK (length(note) BETWEEN 1 AND 2000)
);
CREATE INDEX measurement_family_idx ON measurement (family_id, instrument_id, person_id, measured_on);
CREATE INDEX measurement_person_idx ON measurement (person_id) WHERE person_id IS NOT NULL;
COMMENT ON TABLE measurement IS 'One scoring of an instrument for a family member (or the household when person_id is empty).';
COMMENT ON COLUMN measurement.measured_on IS 'The day of the conversation; first and latest per person and instrument feed the outcome indicators.';

CREATE TABLE measurement_score (
  measurement_id uuid NOT NULL REFERENCES measurement(id) ON DELETE CASCADE,
  position smallint NOT NULL CHECK (position >= 1),
  item_code text NOT NULL,
  score smallint NOT NULL CHECK (score BETWEEN 0 AND 100),
  rater_name text CHECK (length(rater_name) BETWEEN 1 AND 200),
  rater_role text CHECK (length(rater_role) BETWEEN 1 AND 200),
  PRIMARY KEY (measurement_id, position),
  CONSTRAINT measurement_score_rater_pair CHECK ((rater_name IS NULL) = (rater_role IS NULL))
);
CREATE UNIQUE INDEX measurement_score_item_uq ON measurement_score (measurement_id, item_code) WHERE rater_name IS NULL;
CREATE UNIQUE INDEX measurement_score_rater_uq ON measurement_score (measurement_id, item_code, lower(rater_name)) WHERE rater_name IS NOT NULL;
COMMENT ON TABLE measurement_score IS 'A score on one item; the range is the instrument''s scale (checked by the service against the definition).';
COMMENT ON COLUMN measurement_score.rater_name IS 'Who gave this rating (safety scale): name as said at the table, with rater_role.';

-- Definitions. Short descriptive domain names only.
INSERT INTO instrument (code, version, name_nl, name_en, subject, per_rater, scale_min, scale_max) VALUES
  ('zrm', 2017, 'Zelfredzaamheid-Matrix', 'Self-sufficiency matrix', 'person', false, 1, 5),
  ('zrm_household', 2017, 'Zelfredzaamheid-Matrix huishouden', 'Self-sufficiency matrix, household', 'household', false, 1, 5),
  ('positive_health', 1, 'Positieve Gezondheid', 'Positive Health', 'person', false, 0, 10),
  ('safety_scale', 1, 'Veiligheidsschaal', 'Safety scale', 'either', true, 0, 10);

INSERT INTO instrument_item (instrument_id, code, position, section, label_nl, label_en)
SELECT i.id, v.code, v.position, v.section, v.label_nl, v.label_en
FROM instrument i
JOIN (VALUES
  ('zrm', 'finances', 1, NULL, 'Financiën', 'Finances'),
  ('zrm', 'work_education', 2, NULL, 'Werk & opleiding', 'Work & education'),
  ('zrm', 'time_use', 3, NULL, 'Tijdsbesteding', 'Time use'),
  ('zrm', 'housing', 4, NULL, 'Huisvesting', 'Housing'),
  ('zrm', 'domestic_relations', 5, NULL, 'Huiselijke relaties', 'Domestic relations'),
  ('zrm', 'mental_health', 6, NULL, 'Geestelijke gezondheid', 'Mental health'),
  ('zrm', 'physical_health', 7, NULL, 'Lichamelijke gezondheid', 'Physical health'),
  ('zrm', 'substance_use', 8, NULL, 'Middelengebruik', 'Substance use'),
  ('zrm', 'basic_adl', 9, NULL, 'Basale ADL', 'Basic ADL'),
  ('zrm', 'instrumental_adl', 10, NULL, 'Instrumentele ADL', 'Instrumental ADL'),
  ('zrm', 'social_network', 11, NULL, 'Sociaal netwerk', 'Social network'),
  ('zrm', 'social_participation', 12, NULL, 'Maatschappelijke participatie', 'Social participation'),
  ('zrm', 'justice', 13, NULL, 'Justitie', 'Justice'),
  ('zrm_household', 'household_finances', 1, 'household', 'Financiën huishouden', 'Household finances'),
  ('zrm_household', 'housing', 2, 'household', 'Huisvesting', 'Housing'),
  ('zrm_household', 'running_household', 3, 'household', 'Huishouden', 'Running the household'),
  ('zrm_household', 'domestic_relations', 4, 'household', 'Huiselijke relaties', 'Domestic relations'),
  ('zrm_household', 'social_environment', 5, 'household', 'Sociale omgeving', 'Social environment'),
  ('zrm_household', 'family_structure', 6, 'children', 'Gezinsstructuur', 'Family structure'),
  ('zrm_household', 'physical_care', 7, 'children', 'Lichamelijke verzorging', 'Physical care'),
  ('zrm_household', 'emotional_support', 8, 'children', 'Emotionele steun', 'Emotional support'),
  ('zrm_household', 'socialisation', 9, 'children', 'Socialisatie', 'Socialisation'),
  ('zrm_household', 'childcare', 10, 'children', 'Opvang', 'Childcare'),
  ('zrm_household', 'schooling', 11, 'children', 'Onderwijs', 'Schooling'),
  ('positive_health', 'bodily_functions', 1, NULL, 'Lichaamsfuncties', 'Bodily functions'),
  ('positive_health', 'mental_wellbeing', 2, NULL, 'Mentaal welbevinden', 'Mental wellbeing'),
  ('positive_health', 'meaningfulness', 3, NULL, 'Zingeving', 'Meaningfulness'),
  ('positive_health', 'quality_of_life', 4, NULL, 'Kwaliteit van leven', 'Quality of life'),
  ('positive_health', 'participation', 5, NULL, 'Meedoen', 'Participation'),
  ('positive_health', 'daily_functioning', 6, NULL, 'Dagelijks functioneren', 'Daily functioning'),
  ('safety_scale', 'safety', 1, NULL, 'Veiligheid', 'Safety')
) AS v (instrument_code, code, position, section, label_nl, label_en) ON v.instrument_code = i.code;
