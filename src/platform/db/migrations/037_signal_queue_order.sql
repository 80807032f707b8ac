-- The triage queue's two default views, each as an index in the view's own order (issue 16, soak): a
-- page is then an index scan of the page, however long the team's backlog is. The open queue by
-- priority (urgency, then the SLA's due date, then arrival: signals/queries.ts, sort 'priority'); the
-- triaged queue by the latest decision (sort 'triaged_desc'). The urgency rank must stay the same
-- expression as the query's ORDER BY, or PostgreSQL sorts the whole backlog again.
CREATE INDEX signal_open_queue_idx ON signal (
  team_id,
  (CASE urgency WHEN 'crisis' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END),
  triage_due_on,
  received_at,
  id
) WHERE status = 'received';
CREATE INDEX signal_triaged_queue_idx ON signal (team_id, triaged_at DESC NULLS LAST, received_at DESC, id)
  WHERE status <> 'received';
