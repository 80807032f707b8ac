-- How the professionals of a referral-index match contacted each other. Every party sees that, when
-- and how contact was made; the free-text note stays with the match coordinator(s).
ALTER TABLE involvement_match
  ADD COLUMN contact_method text CHECK (contact_method IN ('phone', 'meeting', 'email'));
COMMENT ON COLUMN involvement_match.contact_method IS 'phone, meeting or email: shown to every party; contact_note only to the coordinators.';
