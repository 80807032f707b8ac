-- The family's own rights in its file (issue 15): a statement of its own (Jeugdwet 7.3.8 lid 2),
-- requests to correct or delete data (7.3.9) and questions about an entry of the access log
-- (NEN 7513), each answered with a reason; and an index for the family's "who looked at my file".

CREATE TABLE family_statement (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  family_id uuid NOT NULL REFERENCES family(id),
  person_id uuid NOT NULL REFERENCES person(id),
  author_user_id uuid NOT NULL REFERENCES app_user(id),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX family_statement_family_idx ON family_statement (family_id, created_at DESC);
COMMENT ON TABLE family_statement IS 'A statement the family added to its own file (Jeugdwet 7.3.8 lid 2): kept with the file, shown to the team as the family''s own words, never edited by professionals.';
COMMENT ON COLUMN family_statement.person_id IS 'The household member who wrote it (the portal login''s person).';

CREATE TABLE family_rights_request (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  family_id uuid NOT NULL REFERENCES family(id),
  person_id uuid NOT NULL REFERENCES person(id),
  requester_user_id uuid NOT NULL REFERENCES app_user(id),
  kind text NOT NULL CHECK (kind IN ('correction', 'deletion', 'access_question')),
  about text NOT NULL CHECK (length(about) BETWEEN 1 AND 300),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
  audit_event_id bigint,
  submitted_on date NOT NULL,
  due_on date NOT NULL CHECK (due_on >= submitted_on),
  created_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'granted', 'refused', 'answered')),
  answer text CHECK (length(answer) BETWEEN 1 AND 4000),
  answered_by uuid REFERENCES app_user(id),
  answered_role text,
  answered_at timestamptz,
  CONSTRAINT family_rights_request_question_names_entry CHECK ((kind = 'access_question') = (audit_event_id IS NOT NULL)),
  CONSTRAINT family_rights_request_answer_recorded CHECK (
    (status = 'open') = (answered_at IS NULL) AND (answered_at IS NULL) = (answered_by IS NULL)
    AND (answered_at IS NULL) = (answer IS NULL)),
  CONSTRAINT family_rights_request_outcome_fits_kind CHECK (
    status = 'open' OR (kind = 'access_question') = (status = 'answered'))
);
CREATE INDEX family_rights_request_family_idx ON family_rights_request (family_id, created_at DESC);
CREATE INDEX family_rights_request_entry_idx ON family_rights_request (audit_event_id) WHERE audit_event_id IS NOT NULL;
CREATE INDEX family_rights_request_open_idx ON family_rights_request (due_on) WHERE status = 'open';
COMMENT ON TABLE family_rights_request IS 'A family member''s request to correct or delete data (Jeugdwet 7.3.9, AVG 16/17) or question about an access-log entry; answered within due_on with a reason.';
COMMENT ON COLUMN family_rights_request.due_on IS 'The legal answer deadline: four weeks after submitted_on (see docs/privacy.md).';
COMMENT ON COLUMN family_rights_request.audit_event_id IS 'For a question about the access log: the entry asked about (the family''s own file only).';

-- "Who looked at my file": professionals' allowed accesses to one family, newest first, paged.
-- The family's own portal reads are left out, so its own visits do not fill the list.
CREATE INDEX audit_event_client_access_idx ON audit_event (client_ref, occurred_at DESC, id DESC)
  WHERE outcome = 'allowed' AND actor_role <> 'family';
