-- A family login is one person of the household (a parent, a young person), not the household as a
-- whole: what a portal user may see depends on who they are (authority, age; issue 15). Older rows
-- keep person_id null and see as the household's parent with authority did before.
ALTER TABLE family_account ADD COLUMN person_id uuid REFERENCES person(id);
CREATE UNIQUE INDEX family_account_person_uq ON family_account (person_id) WHERE person_id IS NOT NULL;
COMMENT ON COLUMN family_account.person_id IS 'The household member this portal login is; null only for logins made before migration 022.';
