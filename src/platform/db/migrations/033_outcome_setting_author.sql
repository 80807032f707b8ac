-- Outcome settings get a write path (issue 14, steering screens): the municipality's policy advisor
-- changes the drop-out definition, the local look-back window and the publication settings. The row
-- keeps who changed it last (the audit log keeps every change); the user stays when their account goes.
ALTER TABLE outcome_setting ADD COLUMN updated_by uuid REFERENCES app_user(id) ON DELETE SET NULL;
COMMENT ON COLUMN outcome_setting.updated_by IS 'Who changed the settings last (NULL: never changed through the app, or the account was removed).';
