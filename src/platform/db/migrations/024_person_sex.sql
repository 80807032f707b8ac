-- The sex of a youth as CBS Beleidsinformatie Jeugd and the iJw messages carry it (COD046: 0 unknown,
-- 1 male, 2 female, 9 not specified). Needed for the half-year CBS delivery of neighbourhood-team help;
-- NULL means not recorded (the record cannot be delivered until it is).
ALTER TABLE person ADD COLUMN sex char(1) CHECK (sex IN ('0', '1', '2', '9'));
COMMENT ON COLUMN person.sex IS 'COD046 sex (0 unknown, 1 male, 2 female, 9 not specified); NULL = not recorded. Used for the CBS delivery.';
