-- Postcode areas (six-character Dutch postcodes) with a centroid and the CBS municipality and
-- neighbourhood they lie in: signals are routed to the neighbourhood team of an address, and
-- support families are suggested by distance. Reference data, not personal data: loaded from
-- the official open CBS/PDOK files (see docs/operations.md) or, for the demo region, synthetic.

CREATE TABLE postcode_area (
  postcode char(6) PRIMARY KEY CHECK (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
  municipality_code char(4) NOT NULL REFERENCES municipality(code),
  neighbourhood_code text REFERENCES neighbourhood(code),
  latitude double precision NOT NULL CHECK (latitude BETWEEN 50.6 AND 53.7),
  longitude double precision NOT NULL CHECK (longitude BETWEEN 3.2 AND 7.3),
  source text NOT NULL CHECK (source IN ('demo', 'cbs', 'pdok'))
);
COMMENT ON TABLE postcode_area IS 'Six-character postcode with its centroid (WGS84) and the CBS municipality/neighbourhood it lies in.';
COMMENT ON COLUMN postcode_area.source IS 'Where the row came from: demo (synthetic, demo region), cbs or pdok (official open data import).';
CREATE INDEX postcode_area_neighbourhood_idx ON postcode_area (neighbourhood_code);
CREATE INDEX postcode_area_municipality_idx ON postcode_area (municipality_code);
