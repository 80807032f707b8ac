-- Durable background jobs (claimed with FOR UPDATE SKIP LOCKED), schedules, in-app inbox and mail outbox.

CREATE TABLE job (
  id bigserial PRIMARY KEY,
  kind text NOT NULL,
  payload jsonb NOT NULL DEFAULT '{}'::jsonb,
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'done', 'failed')),
  run_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  max_attempts integer NOT NULL DEFAULT 5 CHECK (max_attempts >= 1),
  last_error text,
  dedupe_key text,
  created_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  finished_by text
);
CREATE INDEX job_due_idx ON job (run_at) WHERE status = 'queued';
CREATE UNIQUE INDEX job_dedupe_uq ON job (kind, dedupe_key) WHERE dedupe_key IS NOT NULL AND status = 'queued';
COMMENT ON COLUMN job.finished_by IS 'Instance id that executed the job: shows exactly-once execution across instances.';

CREATE TABLE job_schedule (
  name text PRIMARY KEY,
  kind text NOT NULL,
  interval_seconds integer NOT NULL CHECK (interval_seconds > 0),
  next_run_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE job_schedule IS 'Recurring jobs; whichever instance advances next_run_at enqueues the run.';

CREATE TABLE job_probe (
  job_id bigint PRIMARY KEY,
  instance_id text NOT NULL,
  executed_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE job_probe IS 'Written by the probe job kind; the primary key makes a double execution fail loudly.';

CREATE TABLE notification (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
  kind text NOT NULL,
  link text,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz
);
CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC);
COMMENT ON TABLE notification IS 'In-app inbox. Only a kind and an in-app link: never personal data.';

CREATE TABLE mail_outbox (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  to_address text NOT NULL,
  subject text NOT NULL,
  body_text text NOT NULL,
  transport text NOT NULL CHECK (transport IN ('smtp', 'local')),
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  error text
);
COMMENT ON TABLE mail_outbox IS 'Every outgoing mail. Without SMTP configured this is the local outbox an admin can read.';
