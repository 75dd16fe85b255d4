-- The SQL floor of the construction subsidy (RULES.md §3): eligible beds and their total per care
-- home as of :as_of, in one statement. The benchmark compares it to the application's city-wide preview.
--
-- Conditions use the policy version in force on the as-of date; an eligible bed's amount is the per-bed rate
-- of the version in force on its commissioning day (none in force then: the bed came before the policy).
-- Capacity: beds already claimed use it up first; of the rest, the first beds in order of commissioning
-- (then code, then id) up to what is left are eligible. Beds commissioned on one day share one rate, so the
-- total does not depend on how codes compare.
WITH as_of AS (
    SELECT DATE :as_of AS day
),
policy AS (
    SELECT p.*, lead(p.effective_from) OVER (ORDER BY p.effective_from) AS effective_until
    FROM policy_version p
),
current_policy AS (
    SELECT p.* FROM policy p, as_of
    WHERE p.effective_from <= as_of.day AND (p.effective_until IS NULL OR as_of.day < p.effective_until)
),
claimed AS (
    SELECT b.care_home_id, count(*) AS beds FROM claimed_bed c JOIN bed b ON b.id = c.bed_id GROUP BY b.care_home_id
),
eligible_home AS (                                                                        -- 1. home
    SELECT h.id, greatest(0, h.filed_beds - coalesce(c.beds, 0)) AS capacity_left
    FROM care_home h
    LEFT JOIN claimed c ON c.care_home_id = h.id
    CROSS JOIN current_policy p
    CROSS JOIN as_of
    WHERE h.ownership = ANY (string_to_array(p.construction_ownerships, ','))
      AND h.filed_on <= as_of.day
      AND (h.filed_on + make_interval(months => p.min_operating_months))::date <= as_of.day
      AND (h.premises = 'OWNED'
           OR h.lease_ends_on >= (as_of.day + make_interval(years => p.min_lease_years))::date)
),
candidate AS (                                                                            -- 2., 3.
    SELECT b.care_home_id, h.capacity_left, rate.construction_rate_per_bed AS rate,
           row_number() OVER (PARTITION BY b.care_home_id ORDER BY b.commissioned_on, b.code COLLATE "C", b.id) AS n
    FROM bed b
    JOIN eligible_home h ON h.id = b.care_home_id
    CROSS JOIN current_policy p
    CROSS JOIN as_of
    JOIN policy rate ON rate.effective_from <= b.commissioned_on
                    AND (rate.effective_until IS NULL OR b.commissioned_on < rate.effective_until)
    WHERE b.commissioned_on <= as_of.day
      AND b.commissioned_on >= p.bed_policy_start_date
      AND (b.retired_on IS NULL OR b.retired_on > as_of.day)
      AND NOT EXISTS (SELECT 1 FROM bed_outage x WHERE x.bed_id = b.id                    -- §8.1: past outages
                      AND x.from_day <= as_of.day AND x.until_day > as_of.day)
      AND NOT EXISTS (SELECT 1 FROM claimed_bed c WHERE c.bed_id = b.id)
)
SELECT care_home_id, count(*) AS eligible_beds, sum(rate) AS total                        -- 4., 5.
FROM candidate
WHERE n <= capacity_left
GROUP BY care_home_id
