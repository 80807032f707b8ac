-- A signal submitted through the partner API names its key; the key table arrived with the
-- referral index (migration 010), after the signals tables (009), so the reference is added here.
ALTER TABLE signal ADD CONSTRAINT signal_api_key_fk FOREIGN KEY (api_key_id) REFERENCES partner_api_key(id);
CREATE INDEX signal_api_key_idx ON signal (api_key_id) WHERE api_key_id IS NOT NULL;
