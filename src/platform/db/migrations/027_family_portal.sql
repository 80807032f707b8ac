-- The family's own Keukentafel (issue 15): whose part of the plan an item is, the parts a young person
-- of 16 or older shields from their parents, items professionals shield from the family with a legal
-- reason, the family's proposals to the plan and its comments on actions.

-- Whose part a plan item is. Items without a row are the family's shared plan.
CREATE TABLE plan_item_person (
  family_id uuid NOT NULL REFERENCES family(id),
  item_id text NOT NULL CHECK (item_id ~ '^[A-Za-z0-9_-]{1,64}$'),
  person_id uuid NOT NULL REFERENCES person(id),
  youth_shielded_at timestamptz,
  youth_shielded_by uuid REFERENCES app_user(id),
  PRIMARY KEY (family_id, item_id),
  CHECK ((youth_shielded_at IS NULL) = (youth_shielded_by IS NULL))
);
COMMENT ON TABLE plan_item_person IS 'The household member a plan item is about (their own part); an item without a row is shared by the family.';
COMMENT ON COLUMN plan_item_person.youth_shielded_at IS 'Set when the young person (16+) shielded their own part from their parents (Jeugdwet 7.3.4/7.3.10); null = visible to parents with authority.';

-- A professional's shield: hides one item from the family, only with a legal reason and a review date.
CREATE TABLE family_shield (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  family_id uuid NOT NULL REFERENCES family(id),
  item_kind text NOT NULL CHECK (item_kind IN ('plan_item', 'meeting')),
  item_ref text NOT NULL CHECK (length(item_ref) BETWEEN 1 AND 64),
  reason text NOT NULL CHECK (reason IN ('child_safety', 'third_party_privacy', 'criminal_investigation', 'serious_harm', 'assessment_in_progress')),
  explanation text NOT NULL CHECK (length(btrim(explanation)) BETWEEN 1 AND 2000),
  review_on date NOT NULL,
  shielded_by uuid NOT NULL REFERENCES app_user(id),
  shielded_at timestamptz NOT NULL DEFAULT now(),
  lifted_at timestamptz,
  lifted_by uuid REFERENCES app_user(id),
  CHECK ((lifted_at IS NULL) = (lifted_by IS NULL))
);
CREATE UNIQUE INDEX family_shield_active_uq ON family_shield (family_id, item_kind, item_ref) WHERE lifted_at IS NULL;
CREATE INDEX family_shield_review_idx ON family_shield (review_on) WHERE lifted_at IS NULL;
COMMENT ON TABLE family_shield IS 'An item hidden from the family portal by a professional, with a documented legal reason and a review date; the privacy officer sees all active shields.';

-- The family proposes a goal or a change; the regisseur accepts it or answers with a reason.
CREATE TABLE plan_proposal (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  family_id uuid NOT NULL REFERENCES family(id),
  kind text NOT NULL CHECK (kind IN ('goal', 'change')),
  body text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 2000),
  proposed_by uuid NOT NULL REFERENCES app_user(id),
  proposed_by_name text NOT NULL,
  proposed_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'declined')),
  answer text CHECK (answer IS NULL OR length(btrim(answer)) BETWEEN 1 AND 2000),
  answered_by uuid REFERENCES app_user(id),
  answered_by_name text,
  answered_at timestamptz,
  plan_version integer,
  CHECK ((status = 'open') = (answered_at IS NULL)),
  CHECK (status <> 'declined' OR answer IS NOT NULL)
);
CREATE INDEX plan_proposal_family_idx ON plan_proposal (family_id, proposed_at DESC);
COMMENT ON TABLE plan_proposal IS 'A goal or change the family proposes to its plan; declined only with a reason (answer).';
COMMENT ON COLUMN plan_proposal.plan_version IS 'The plan version that took an accepted goal over.';

-- The family's (and professionals'') comments on a plan action.
CREATE TABLE plan_action_comment (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  family_id uuid NOT NULL REFERENCES family(id),
  action_id text NOT NULL CHECK (action_id ~ '^[A-Za-z0-9_-]{1,64}$'),
  body text NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 1000),
  author_id uuid NOT NULL REFERENCES app_user(id),
  author_name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_action_comment_family_idx ON plan_action_comment (family_id, created_at);
COMMENT ON TABLE plan_action_comment IS 'A comment on one action of the plan, from the portal; shown with the action.';
