-- Decisions (beschikkingen): a readable reference per decision, and the escalation mark of a late
-- allocation request (OP274/OP346: answer within five working days).
ALTER TABLE allocation_request ADD COLUMN escalated_at timestamptz;
COMMENT ON COLUMN allocation_request.escalated_at IS 'When the consultants of the municipality were told the request ran past its answer date (once).';

CREATE SEQUENCE decision_reference_seq START 1001;
COMMENT ON SEQUENCE decision_reference_seq IS 'Source of decision references (B-<municipality>-<number>), shown on the decision letter.';
