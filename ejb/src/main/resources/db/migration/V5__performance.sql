-- Indexes found by the benchmark (bench/, docs/BENCHMARKS.md). Portable SQL: runs on H2 2.x and PostgreSQL 13+.

-- The bed board of a day (CareHomeService.bedsOn) looks up each bed's occupancy on that day. With every
-- column it reads in the index, PostgreSQL answers from the index alone (index-only scan) instead of
-- scanning all occupancies of the city; it serves "is this bed taken from that day on" (retiring a bed)
-- as the index it replaces did.
CREATE INDEX ix_occupancy_bed_day ON occupancy (bed_id, from_on, until_on, stay_id);
DROP INDEX ix_occupancy_bed;
