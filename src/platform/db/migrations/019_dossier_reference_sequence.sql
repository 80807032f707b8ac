-- Dossier numbers as people read them: G-<CBS code>-<number in that municipality> (G-0193-0004),
-- the form the demo region and the municipalities' own registers use, instead of random letters.
CREATE TABLE dossier_reference_counter (
  municipality_code char(4) PRIMARY KEY REFERENCES municipality(code),
  last_number integer NOT NULL CHECK (last_number >= 0)
);
COMMENT ON TABLE dossier_reference_counter IS 'Last dossier number given per municipality; the row lock of the upsert serialises concurrent registrations.';

-- Start after the highest number already given (seeded or earlier sequential references).
INSERT INTO dossier_reference_counter (municipality_code, last_number)
SELECT municipality_code, max(substring(reference FROM '^G-[0-9]{4}-([0-9]{4,9})$')::integer)
FROM family
WHERE reference ~ '^G-[0-9]{4}-[0-9]{4,9}$'
GROUP BY municipality_code;
