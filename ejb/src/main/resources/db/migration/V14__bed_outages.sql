-- A bed's past periods out of service (docs/RULES.md §8.1): retired on from_day, back in service from until_day
-- (a dated change). bed.retired_on keeps the current retirement only; these keep the days in between out of
-- service in the bed's history (bed board, residency, construction subsidy).
CREATE TABLE bed_outage (
    bed_id     BIGINT NOT NULL,
    from_day   DATE   NOT NULL,
    until_day  DATE   NOT NULL,
    CONSTRAINT pk_bed_outage PRIMARY KEY (bed_id, from_day),
    CONSTRAINT fk_bed_outage_bed FOREIGN KEY (bed_id) REFERENCES bed (id),
    CONSTRAINT ck_bed_outage_period CHECK (until_day > from_day)
);
