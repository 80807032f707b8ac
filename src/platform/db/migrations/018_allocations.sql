-- Care allocation (toewijzing): providers' contracts, products and tariffs, budgets, allocation requests,
-- decisions (beschikkingen) with their allocations, care starts and stops, claims (declaraties), and the
-- iJw 3.2 messages exchanged with providers. Money is always in euro cents (bigint). See docs/ijw.md.

-- Two new roles: the municipality's youth account manager, and a contracted provider's administrator.
ALTER TABLE app_user DROP CONSTRAINT app_user_roles_check;
ALTER TABLE app_user ADD CONSTRAINT app_user_roles_check CHECK (roles <@ ARRAY['professional', 'team_lead',
  'consultant', 'coordinator', 'signaller', 'policy', 'privacy_officer', 'admin', 'family', 'contract_manager',
  'provider']::text[]);
ALTER TABLE role_policy DROP CONSTRAINT role_policy_role_check;
ALTER TABLE role_policy ADD CONSTRAINT role_policy_role_check CHECK (role IN ('professional', 'team_lead',
  'consultant', 'coordinator', 'signaller', 'policy', 'privacy_officer', 'admin', 'family', 'contract_manager',
  'provider'));
INSERT INTO role_policy (role) VALUES ('contract_manager'), ('provider');

-- A provider's own system exchanges iJw messages through the partner API with a key of its own.
ALTER TABLE partner_api_key DROP CONSTRAINT partner_api_key_scopes_check;
ALTER TABLE partner_api_key ADD CONSTRAINT partner_api_key_scopes_check CHECK (cardinality(scopes) >= 1
  AND scopes <@ ARRAY['signals:submit', 'registrations:submit', 'ijw:exchange']::text[]);

-- The iStandaard code lists (JZ020, WJ756, WMO757, JZ002, JZ588, COD327, WJ001, WJ758, WJ759, WJ760, …),
-- loaded from the project's copy of the official lists; code never hard-codes their texts.
CREATE TABLE ijw_code (
  list text NOT NULL CHECK (list ~ '^[A-Z]{2,3}[0-9]{3}$'),
  code text NOT NULL CHECK (code ~ '^[0-9A-Z]{1,4}$'),
  label text NOT NULL CHECK (length(label) BETWEEN 1 AND 500),
  valid_from date,
  valid_to date,
  PRIMARY KEY (list, code)
);
COMMENT ON TABLE ijw_code IS 'iJw 3.2 code lists (codelijsten) as data, loaded from src/modules/allocations/ijw/standard/codelijsten.';

-- What a product category means for escalation: the level of help the indicators count.
CREATE TABLE product_category_level (
  category char(2) PRIMARY KEY CHECK (category ~ '^[0-9]{2}$'),
  level_of_help text NOT NULL CHECK (level_of_help IN ('basic', 'ambulant', 'day_treatment', 'residential',
    'crisis', 'protection'))
);
COMMENT ON TABLE product_category_level IS 'Keukentafel''s mapping of JZ020 categories to levels of help (free-access/basic, ambulant specialised, day treatment, residential, crisis, youth protection/probation).';
INSERT INTO product_category_level (category, level_of_help) VALUES
  ('31', 'ambulant'), ('32', 'day_treatment'), ('33', 'residential'), ('34', 'residential'), ('35', 'ambulant'),
  ('36', 'protection'), ('37', 'protection'), ('38', 'protection'),
  ('40', 'ambulant'), ('41', 'day_treatment'), ('42', 'ambulant'), ('43', 'residential'), ('44', 'residential'),
  ('45', 'ambulant'), ('46', 'crisis'), ('47', 'protection'), ('48', 'protection'), ('49', 'protection'),
  ('50', 'basic'), ('51', 'basic'), ('52', 'ambulant'), ('53', 'ambulant'), ('54', 'ambulant'), ('55', 'residential');

-- Budget lines: per municipality, per year, per line. Regional lines are purchased together and each
-- municipality carries its documented share (split_note says on what basis).
CREATE TABLE budget_line (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_code char(4) NOT NULL REFERENCES municipality(code),
  year smallint NOT NULL CHECK (year BETWEEN 2015 AND 2100),
  line text NOT NULL CHECK (line IN ('local_ambulant', 'local_basic', 'regional_ambulant', 'regional_day_treatment',
    'regional_residential', 'crisis', 'youth_protection', 'tailored_arrangements')),
  scope text NOT NULL CHECK (scope IN ('local', 'regional')),
  amount_cents bigint NOT NULL CHECK (amount_cents >= 0),
  split_note text CHECK (length(split_note) <= 500),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  UNIQUE (municipality_code, year, line),
  CONSTRAINT budget_line_regional_split CHECK (scope = 'local' OR split_note IS NOT NULL)
);
COMMENT ON TABLE budget_line IS 'A municipality''s youth-care budget for one year and one line; committed, spent and remaining are computed from allocations and accepted claim lines.';
COMMENT ON COLUMN budget_line.split_note IS 'For regional lines: how the region''s total is split over its municipalities (e.g. "by number of youths 0-17, CBS 2025").';

-- Contracts: made by one municipality, or by the region for all its municipalities.
CREATE TABLE contract (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reference text NOT NULL UNIQUE CHECK (reference ~ '^[A-Z0-9-]{3,30}$'),
  provider_id uuid NOT NULL REFERENCES organisation(id),
  municipality_code char(4) REFERENCES municipality(code),
  region_code text REFERENCES region(code),
  variant text NOT NULL CHECK (variant IN ('effort', 'output', 'task')),
  starts_on date NOT NULL,
  ends_on date,
  note text CHECK (length(note) <= 2000),
  created_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1,
  CONSTRAINT contract_one_purchaser CHECK ((municipality_code IS NULL) <> (region_code IS NULL)),
  CONSTRAINT contract_period CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX contract_provider_idx ON contract (provider_id);
CREATE INDEX contract_municipality_idx ON contract (municipality_code);
CREATE INDEX contract_region_idx ON contract (region_code);
COMMENT ON COLUMN contract.variant IS 'Execution variant (uitvoeringsvariant): effort-oriented (inspanningsgericht), output-oriented (outputgericht) or task-oriented (taakgericht).';

CREATE TABLE contract_product (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  contract_id uuid NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
  category char(2) NOT NULL REFERENCES product_category_level(category),
  product_code varchar(5) CHECK (product_code ~ '^[0-9A-Z]{1,5}$'),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  unit char(2) NOT NULL CHECK (unit ~ '^[0-9]{2}$'),
  budget_line text NOT NULL CHECK (budget_line IN ('local_ambulant', 'local_basic', 'regional_ambulant',
    'regional_day_treatment', 'regional_residential', 'crisis', 'youth_protection', 'tailored_arrangements')),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX contract_product_code_uq ON contract_product (contract_id, category, coalesce(product_code, ''));
COMMENT ON COLUMN contract_product.product_code IS 'The municipality''s own product code (at most 5 characters); NULL for an aspecific product (category only).';
COMMENT ON COLUMN contract_product.unit IS 'WJ756 unit (ijw_code list WJ756).';
COMMENT ON COLUMN contract_product.budget_line IS 'The budget line an allocation of this product is charged to.';

-- Tariffs have their own validity: they change on 1 January.
CREATE TABLE product_tariff (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  contract_product_id uuid NOT NULL REFERENCES contract_product(id) ON DELETE CASCADE,
  valid_from date NOT NULL,
  valid_to date,
  tariff_cents integer NOT NULL CHECK (tariff_cents BETWEEN 0 AND 100000000),
  UNIQUE (contract_product_id, valid_from),
  CONSTRAINT product_tariff_period CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
COMMENT ON COLUMN product_tariff.tariff_cents IS 'Euro cents per unit of the product (TR418: a claim must use the contracted tariff).';

-- Outcome criteria agreed with the provider (seed 002); the measured values come with the indicators.
CREATE TABLE outcome_criterion (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  contract_id uuid NOT NULL REFERENCES contract(id) ON DELETE CASCADE,
  indicator text NOT NULL CHECK (indicator IN ('drop_out', 'satisfaction', 'managing_without_help', 'repeat_use',
    'goals_achieved', 'problems_reduced')),
  target numeric(7, 2) NOT NULL,
  comparison text NOT NULL CHECK (comparison IN ('at_most', 'at_least')),
  description text CHECK (length(description) <= 1000)
);
CREATE INDEX outcome_criterion_contract_idx ON outcome_criterion (contract_id);

-- Tailored and education-care arrangements (seed 002): a school, providers, a capacity, a cost model.
CREATE TABLE care_arrangement (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_code char(4) NOT NULL REFERENCES municipality(code),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  school_id uuid NOT NULL REFERENCES organisation(id),
  capacity smallint NOT NULL CHECK (capacity BETWEEN 1 AND 100),
  cost_model text NOT NULL CHECK (length(cost_model) BETWEEN 1 AND 2000),
  annual_cost_cents bigint NOT NULL CHECK (annual_cost_cents >= 0),
  starts_on date NOT NULL,
  ends_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT care_arrangement_period CHECK (ends_on IS NULL OR ends_on >= starts_on)
);
CREATE TABLE care_arrangement_provider (
  arrangement_id uuid NOT NULL REFERENCES care_arrangement(id) ON DELETE CASCADE,
  provider_id uuid NOT NULL REFERENCES organisation(id),
  cost_share_pct numeric(5, 2) NOT NULL CHECK (cost_share_pct > 0 AND cost_share_pct <= 100),
  PRIMARY KEY (arrangement_id, provider_id)
);
COMMENT ON COLUMN care_arrangement_provider.cost_share_pct IS 'The shared cost model: each provider''s share of the arrangement''s cost.';

-- An iJw message in or out, kept whole (the XML) with its processing state.
CREATE TABLE ijw_message (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  message_type text NOT NULL CHECK (message_type IN ('JW301', 'JW302', 'JW305', 'JW306', 'JW307', 'JW308', 'JW315',
    'JW316', 'JW317', 'JW318', 'JW319', 'JW320', 'JW323', 'JW325')),
  direction text NOT NULL CHECK (direction IN ('in', 'out')),
  municipality_code char(4) NOT NULL REFERENCES municipality(code),
  provider_id uuid NOT NULL REFERENCES organisation(id),
  identification text NOT NULL CHECK (length(identification) BETWEEN 1 AND 12),
  status text NOT NULL CHECK (status IN ('received', 'processed', 'refused', 'ready', 'collected')),
  answers_message_id uuid REFERENCES ijw_message(id),
  xml text NOT NULL,
  size_bytes integer NOT NULL CHECK (size_bytes > 0),
  line_count integer,
  error text CHECK (length(error) <= 2000),
  received_via text CHECK (received_via IN ('upload', 'partner_api', 'seed', 'produced')),
  uploaded_by uuid REFERENCES app_user(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  processed_at timestamptz,
  collected_at timestamptz,
  UNIQUE (provider_id, direction, identification)
);
CREATE INDEX ijw_message_box_idx ON ijw_message (provider_id, created_at DESC);
CREATE INDEX ijw_message_ready_idx ON ijw_message (provider_id, created_at) WHERE status = 'ready';
CREATE INDEX ijw_message_answers_idx ON ijw_message (answers_message_id);
COMMENT ON TABLE ijw_message IS 'iJw 3.2 messages exchanged with providers; in = received from the provider, out = produced for it (ready → collected).';
COMMENT ON COLUMN ijw_message.identification IS 'BerichtIdentificatie (unique per sender).';
COMMENT ON COLUMN ijw_message.answers_message_id IS 'For a retour message (JW302/306/308/316/318/320) and answers (JW301/JW319/JW325): the message it answers.';

-- A request for help: from the family's plan (an action the regisseur turns into a request), or from a
-- provider (JW315 request for allocation, JW317 request for change).
CREATE TABLE allocation_request (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_code char(4) NOT NULL REFERENCES municipality(code),
  family_id uuid NOT NULL REFERENCES family(id),
  person_id uuid NOT NULL REFERENCES person(id),
  trajectory_id uuid REFERENCES trajectory(id),
  source text NOT NULL CHECK (source IN ('plan', 'jw315', 'jw317')),
  plan_action_key text CHECK (length(plan_action_key) <= 100),
  provider_id uuid REFERENCES organisation(id),
  message_id uuid REFERENCES ijw_message(id),
  request_reference text CHECK (length(request_reference) <= 20),
  changes_allocation_id uuid,
  question text NOT NULL CHECK (length(question) BETWEEN 1 AND 4000),
  category char(2) REFERENCES product_category_level(category),
  product_code varchar(5),
  volume integer CHECK (volume > 0),
  unit char(2),
  frequency char(1),
  budget_cents bigint CHECK (budget_cents >= 0),
  requested_start date,
  requested_end date,
  request_reason char(2),
  requested_by uuid REFERENCES app_user(id),
  received_at timestamptz NOT NULL DEFAULT now(),
  answer_due date NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'granted', 'rejected', 'withdrawn')),
  handled_by uuid REFERENCES app_user(id),
  handled_at timestamptz,
  rejection_reason char(2),
  rejection_note text CHECK (length(rejection_note) <= 2000),
  CONSTRAINT allocation_request_source CHECK ((source = 'plan') = (message_id IS NULL)),
  CONSTRAINT allocation_request_provider CHECK (source = 'plan' OR provider_id IS NOT NULL),
  CONSTRAINT allocation_request_handled CHECK ((status = 'open') = (handled_at IS NULL)),
  CONSTRAINT allocation_request_rejected CHECK ((status = 'rejected') = (rejection_reason IS NOT NULL))
);
CREATE INDEX allocation_request_open_idx ON allocation_request (municipality_code, answer_due) WHERE status = 'open';
CREATE INDEX allocation_request_family_idx ON allocation_request (family_id);
COMMENT ON COLUMN allocation_request.answer_due IS 'Five working days after receipt (OP274 for JW315, OP346 for JW317).';
COMMENT ON COLUMN allocation_request.plan_action_key IS 'Which action of the family''s plan asked for this help.';
COMMENT ON COLUMN allocation_request.request_reason IS 'WJ758 reason of a JW317 request for change.';
COMMENT ON COLUMN allocation_request.rejection_reason IS 'WJ759 reason when the request is rejected (JW319).';

-- The formal decision (beschikking): not an iJw message; one decision, one youth, one or more allocations.
CREATE TABLE decision (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  municipality_code char(4) NOT NULL REFERENCES municipality(code),
  reference text NOT NULL UNIQUE CHECK (reference ~ '^[A-Z0-9-]{4,30}$'),
  family_id uuid NOT NULL REFERENCES family(id),
  person_id uuid NOT NULL REFERENCES person(id),
  trajectory_id uuid REFERENCES trajectory(id),
  request_id uuid REFERENCES allocation_request(id),
  outcome text NOT NULL CHECK (outcome IN ('granted', 'rejected')),
  motivation text NOT NULL CHECK (length(motivation) BETWEEN 1 AND 4000),
  over_budget_reason text CHECK (length(over_budget_reason) <= 2000),
  rejection_reason char(2),
  decided_by uuid NOT NULL REFERENCES app_user(id),
  decided_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT decision_rejection CHECK ((outcome = 'rejected') = (rejection_reason IS NOT NULL))
);
CREATE INDEX decision_family_idx ON decision (family_id, decided_at DESC);
CREATE INDEX decision_municipality_idx ON decision (municipality_code, decided_at DESC);
COMMENT ON COLUMN decision.over_budget_reason IS 'Stated when the expected cost exceeded the remaining budget of its line: care is never silently refused.';

-- An allocated product (toewijzing, sent to the provider as JW301).
CREATE TABLE allocation (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  decision_id uuid NOT NULL REFERENCES decision(id),
  municipality_code char(4) NOT NULL REFERENCES municipality(code),
  allocation_number integer NOT NULL CHECK (allocation_number BETWEEN 1 AND 999999999),
  person_id uuid NOT NULL REFERENCES person(id),
  provider_id uuid NOT NULL REFERENCES organisation(id),
  contract_product_id uuid REFERENCES contract_product(id),
  arrangement_id uuid REFERENCES care_arrangement(id),
  kind text NOT NULL CHECK (kind IN ('specific', 'aspecific', 'generic')),
  category char(2) REFERENCES product_category_level(category),
  product_code varchar(5),
  volume integer CHECK (volume > 0),
  unit char(2),
  frequency char(1),
  budget_cents bigint CHECK (budget_cents >= 0),
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  allocated_at timestamptz NOT NULL DEFAULT now(),
  referrer_type char(2) NOT NULL,
  referrer_agb char(8),
  change_reason char(2),
  expected_cost_cents bigint NOT NULL CHECK (expected_cost_cents >= 0),
  budget_line_id uuid NOT NULL REFERENCES budget_line(id),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn', 'ended')),
  supersedes_id uuid REFERENCES allocation(id),
  UNIQUE (municipality_code, allocation_number),
  CONSTRAINT allocation_period CHECK (ends_on >= starts_on),
  CONSTRAINT allocation_kind_shape CHECK (
    (kind = 'specific' AND category IS NOT NULL AND product_code IS NOT NULL)
    OR (kind = 'aspecific' AND category IS NOT NULL AND product_code IS NULL)
    OR (kind = 'generic' AND category IS NULL AND product_code IS NULL AND budget_cents IS NOT NULL)),
  CONSTRAINT allocation_volume_or_budget CHECK ((volume IS NOT NULL AND unit IS NOT NULL AND frequency IS NOT NULL)
    OR budget_cents IS NOT NULL)
);
CREATE INDEX allocation_decision_idx ON allocation (decision_id);
CREATE INDEX allocation_person_provider_idx ON allocation (person_id, provider_id);
CREATE INDEX allocation_provider_idx ON allocation (provider_id, allocated_at DESC);
CREATE INDEX allocation_budget_line_idx ON allocation (budget_line_id) WHERE status <> 'withdrawn';
COMMENT ON COLUMN allocation.allocation_number IS 'ToewijzingNummer: at most 9 digits, unique per municipality; a correction withdraws (change reason 13) and gets a new number.';
COMMENT ON COLUMN allocation.change_reason IS 'JZ002 reason of the latest change (e.g. 13 = withdrawal/correction).';
COMMENT ON COLUMN allocation.referrer_type IS 'COD327 referrer (01 municipality, 02 GP, …).';
COMMENT ON COLUMN allocation.expected_cost_cents IS 'Volume × tariff (or the budget) over the period, computed at decision time; counts as committed until spent.';

CREATE SEQUENCE allocation_number_seq START 100001;
COMMENT ON SEQUENCE allocation_number_seq IS 'Source of allocation numbers (unique across all municipalities, hence per municipality).';

-- Care as delivered: a start (JW305) and its stop (JW307). One open start per allocation (TR326).
CREATE TABLE care_period (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  allocation_id uuid NOT NULL REFERENCES allocation(id),
  started_on date NOT NULL,
  start_message_id uuid REFERENCES ijw_message(id),
  stopped_on date,
  end_reason char(2),
  stop_message_id uuid REFERENCES ijw_message(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT care_period_stop CHECK ((stopped_on IS NULL) = (end_reason IS NULL)),
  CONSTRAINT care_period_order CHECK (stopped_on IS NULL OR stopped_on >= started_on)
);
CREATE UNIQUE INDEX care_period_one_open_uq ON care_period (allocation_id) WHERE stopped_on IS NULL;
CREATE INDEX care_period_allocation_idx ON care_period (allocation_id, started_on);
COMMENT ON COLUMN care_period.end_reason IS 'JZ588 end reason from the provider''s JW307 (20 = temporarily stopped); kept for the indicators.';

-- A claim (JW323) and its lines; accepted lines are spend.
CREATE TABLE claim (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  message_id uuid NOT NULL UNIQUE REFERENCES ijw_message(id),
  provider_id uuid NOT NULL REFERENCES organisation(id),
  municipality_code char(4) NOT NULL REFERENCES municipality(code),
  invoice_number text NOT NULL CHECK (length(invoice_number) BETWEEN 1 AND 12),
  invoice_date date NOT NULL,
  line_count integer NOT NULL CHECK (line_count >= 0),
  claimed_cents bigint NOT NULL,
  accepted_cents bigint NOT NULL DEFAULT 0,
  rejected_lines integer NOT NULL DEFAULT 0,
  answer_message_id uuid REFERENCES ijw_message(id),
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX claim_provider_idx ON claim (provider_id, received_at DESC);
CREATE INDEX claim_municipality_idx ON claim (municipality_code, received_at DESC);

CREATE TABLE claim_line (
  id bigserial PRIMARY KEY,
  claim_id uuid NOT NULL REFERENCES claim(id) ON DELETE CASCADE,
  provider_id uuid NOT NULL REFERENCES organisation(id),
  municipality_code char(4) NOT NULL REFERENCES municipality(code),
  reference text NOT NULL CHECK (length(reference) BETWEEN 1 AND 20),
  previous_reference text CHECK (length(previous_reference) <= 20),
  allocation_id uuid REFERENCES allocation(id),
  allocation_number integer,
  category char(2),
  product_code varchar(5),
  period_start date NOT NULL,
  period_end date NOT NULL,
  volume integer NOT NULL CHECK (volume >= 0),
  unit char(2) NOT NULL,
  tariff_cents integer NOT NULL,
  amount_cents bigint NOT NULL,
  debit_credit char(1) NOT NULL CHECK (debit_credit IN ('D', 'C')),
  accepted boolean NOT NULL,
  return_codes text[] NOT NULL DEFAULT '{}'
);
CREATE INDEX claim_line_claim_idx ON claim_line (claim_id);
CREATE INDEX claim_line_allocation_idx ON claim_line (allocation_id) WHERE accepted;
CREATE UNIQUE INDEX claim_line_reference_uq ON claim_line (provider_id, municipality_code, reference) WHERE accepted;
COMMENT ON COLUMN claim_line.reference IS 'ReferentieNummer of the line: unique per provider and municipality (TR314).';
COMMENT ON COLUMN claim_line.return_codes IS 'WJ001 return codes of a rejected line (as sent back in the JW325).';
COMMENT ON COLUMN claim_line.amount_cents IS 'Volume × tariff (TR346); a credit line (C) reverses an earlier accepted debit.';

ALTER TABLE allocation_request ADD CONSTRAINT allocation_request_changes_fk
  FOREIGN KEY (changes_allocation_id) REFERENCES allocation(id);
COMMENT ON COLUMN allocation_request.changes_allocation_id IS 'For a JW317 request for change: the allocation it asks to change.';
