-- The top-3 table (meetings with the family and chain partners) and the one living plan per family.
-- Participants are stored by name and role label (no link to person records): the family's
-- network and chain partners' professionals are often not Keukentafel users.

CREATE TABLE meeting (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  family_id uuid NOT NULL REFERENCES family(id),
  kind text NOT NULL CHECK (kind IN ('top3', 'met', 'family_group', 'other')),
  held_on date NOT NULL,
  location text CHECK (length(location) BETWEEN 1 AND 200),
  created_by uuid NOT NULL REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  confirmed_at timestamptz,
  confirmed_by uuid REFERENCES app_user(id),
  confirmed_reason text CHECK (length(confirmed_reason) BETWEEN 1 AND 2000),
  plan_version integer CHECK (plan_version >= 1),
  CONSTRAINT meeting_confirmed_consistent CHECK ((confirmed_at IS NULL) = (confirmed_by IS NULL)),
  CONSTRAINT meeting_plan_after_confirm CHECK (plan_version IS NULL OR confirmed_at IS NOT NULL)
);
CREATE INDEX meeting_family_idx ON meeting (family_id, held_on DESC);
COMMENT ON TABLE meeting IS 'A table conversation with the family (top-3, Multi Expertise Team, family group conference).';
COMMENT ON COLUMN meeting.confirmed_reason IS 'Why the table''s confirmed top-3 differs from the computed (Borda) order; required only then.';
COMMENT ON COLUMN meeting.plan_version IS 'The plan version that took this meeting''s result over ("Neem over in het gezinsplan").';

CREATE TABLE meeting_concern (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  concern_key text NOT NULL CHECK (concern_key ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
  label text NOT NULL CHECK (length(label) BETWEEN 1 AND 200),
  CONSTRAINT meeting_concern_key_uq UNIQUE (meeting_id, concern_key)
);
COMMENT ON TABLE meeting_concern IS 'A shared concern label the facilitator maps similar concerns of different participants onto.';

CREATE TABLE meeting_participant (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  position integer NOT NULL CHECK (position >= 1),
  kind text NOT NULL CHECK (kind IN ('family_member', 'network', 'professional', 'chain_partner', 'other')),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  role_label text NOT NULL CHECK (length(role_label) BETWEEN 1 AND 200),
  user_id uuid REFERENCES app_user(id),
  safety_rating smallint CHECK (safety_rating BETWEEN 0 AND 10),
  strengths text[] NOT NULL DEFAULT '{}' CHECK (cardinality(strengths) <= 10),
  CONSTRAINT meeting_participant_position_uq UNIQUE (meeting_id, position)
);
COMMENT ON COLUMN meeting_participant.name IS 'Display name as said at the table; participants need not be Keukentafel users.';
COMMENT ON COLUMN meeting_participant.safety_rating IS 'The participant''s own 0-10 safety rating (10 = safe enough), where safety is at stake.';
COMMENT ON COLUMN meeting_participant.strengths IS 'What goes well, in the participant''s own words.';

CREATE TABLE meeting_ranking (
  participant_id uuid NOT NULL REFERENCES meeting_participant(id) ON DELETE CASCADE,
  rank smallint NOT NULL CHECK (rank BETWEEN 1 AND 3),
  concern_id uuid NOT NULL REFERENCES meeting_concern(id) ON DELETE CASCADE,
  own_words text NOT NULL CHECK (length(own_words) BETWEEN 1 AND 2000),
  PRIMARY KEY (participant_id, rank),
  CONSTRAINT meeting_ranking_concern_once UNIQUE (participant_id, concern_id)
);
CREATE INDEX meeting_ranking_concern_idx ON meeting_ranking (concern_id);
COMMENT ON TABLE meeting_ranking IS 'A participant''s own ranked concerns (up to three) in their own words, each mapped onto a shared concern.';

CREATE TABLE meeting_top3 (
  meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
  position smallint NOT NULL CHECK (position BETWEEN 1 AND 3),
  concern_id uuid NOT NULL REFERENCES meeting_concern(id),
  PRIMARY KEY (meeting_id, position),
  CONSTRAINT meeting_top3_concern_once UNIQUE (meeting_id, concern_id)
);
COMMENT ON TABLE meeting_top3 IS 'The top-3 as confirmed by the table; position 1 is the concern tackled first.';

CREATE TABLE plan (
  family_id uuid PRIMARY KEY REFERENCES family(id),
  current_version integer NOT NULL CHECK (current_version >= 1),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE plan IS 'One plan per family (een gezin, een plan). Edits compare current_version with the version they were based on.';

CREATE TABLE plan_version (
  family_id uuid NOT NULL REFERENCES plan(family_id),
  version integer NOT NULL CHECK (version >= 1),
  content jsonb NOT NULL CHECK (jsonb_typeof(content) = 'object'),
  note text CHECK (length(note) BETWEEN 1 AND 500),
  source text NOT NULL DEFAULT 'edit' CHECK (source IN ('edit', 'meeting')),
  source_meeting_id uuid REFERENCES meeting(id),
  author_id uuid NOT NULL REFERENCES app_user(id),
  author_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (family_id, version),
  CONSTRAINT plan_version_source_consistent CHECK ((source = 'meeting') = (source_meeting_id IS NOT NULL))
);
COMMENT ON TABLE plan_version IS 'Every change of a plan is a new, immutable version: a header row and a JSONB snapshot of the whole plan.';
COMMENT ON COLUMN plan_version.author_name IS 'The author''s display name at the time, so the version history reads the same later.';

CREATE FUNCTION plan_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'plan versions are immutable' USING ERRCODE = '23514';
END;
$$;
CREATE TRIGGER plan_version_no_update BEFORE UPDATE OR DELETE ON plan_version
  FOR EACH ROW EXECUTE FUNCTION plan_version_immutable();

CREATE TABLE plan_sign_off (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  family_id uuid NOT NULL,
  version integer NOT NULL,
  signed_on date NOT NULL,
  signed_by_name text NOT NULL CHECK (length(signed_by_name) BETWEEN 1 AND 200),
  signed_by_user_id uuid REFERENCES app_user(id),
  note text CHECK (length(note) BETWEEN 1 AND 500),
  recorded_by uuid NOT NULL REFERENCES app_user(id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT plan_sign_off_version_fk FOREIGN KEY (family_id, version) REFERENCES plan_version(family_id, version)
);
CREATE INDEX plan_sign_off_version_idx ON plan_sign_off (family_id, version);
COMMENT ON TABLE plan_sign_off IS 'The family''s agreement with one plan version: when and by whom (a family member''s name, or their own portal login).';
