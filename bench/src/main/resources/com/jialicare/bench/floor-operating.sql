-- The SQL floor of the operating subsidy (RULES.md §4): eligible resident-months and their total per
-- care home for the months from :first_day (first day of the first month) to :end_day (first day after the
-- last month), in one statement. The benchmark writes the two dates in, runs it with jit = off (PostgreSQL's
-- JIT compiled it for longer than it ran), and compares it to the application's preview to the fen.
--
-- A resident-month is a stay and a calendar month in which the stay has at least one day; day_until is the
-- first day after the stay's part of the month, so its last day in the stay that month is day_until - 1,
-- which picks the policy version (every condition and the rate, §4.5) and the capability level.
-- Date arithmetic: PostgreSQL's date + interval 'n months' keeps the day of month and clamps it to the
-- month's end (2024-01-31 + 6 months = 2024-07-31; 2023-08-31 + 6 months = 2024-02-29), exactly as
-- java.time's plusMonths and plusYears do; the benchmark checks this on the month ends before it runs.
-- Absences of one stay never overlap (Stay.recordAbsence refuses it; the generator's checks prove it), so
-- days absent are a sum.
--
-- Written for speed as well as for the rules: a 12-row month table joined by date ranges (generate_series
-- per stay misleads the planner), every per-resident condition applied before absences and levels are
-- looked at, absences summed per stay and month once, the level of the surviving rows looked up by index.
WITH policy AS MATERIALIZED (
    SELECT p.*, coalesce(lead(p.effective_from) OVER (ORDER BY p.effective_from), 'infinity'::date) AS effective_until,
           string_to_array(p.operating_ownerships, ',') AS ownerships
    FROM policy_version p
),
month AS MATERIALIZED (
    SELECT m::date AS month_start, (m + interval '1 month')::date AS next_month_start
    FROM generate_series(DATE :first_day, DATE :end_day - 1, interval '1 month') AS m
),
resident_month AS (
    SELECT s.id AS stay_id, s.care_home_id, s.resident_id, m.month_start,
           greatest(m.month_start, s.admitted_on) AS day_from,
           least(m.next_month_start, coalesce(s.discharged_on, 'infinity'::date)) AS day_until,
           p.*
    FROM stay s
    JOIN care_home h ON h.id = s.care_home_id
    JOIN resident r ON r.id = s.resident_id
    JOIN month m ON s.admitted_on < m.next_month_start
                AND (s.discharged_on IS NULL OR s.discharged_on > greatest(m.month_start, s.admitted_on))
    -- the version in force on the last day in the stay that month
    JOIN policy p ON p.effective_from < least(m.next_month_start, coalesce(s.discharged_on, 'infinity'::date))
                 AND least(m.next_month_start, coalesce(s.discharged_on, 'infinity'::date)) <= p.effective_until
    WHERE s.admitted_on < DATE :end_day AND (s.discharged_on IS NULL OR s.discharged_on > DATE :first_day)
      AND h.ownership = ANY (p.ownerships)                                                  -- 1. home
      AND h.filed_on < m.next_month_start
      AND starts_with(r.hukou_code, p.local_hukou_prefix)                                   -- 2. resident
      AND (r.birth_date + make_interval(years => p.min_age))::date < m.next_month_start
      AND NOT r.state_supported
      AND (s.admitted_on + make_interval(months => p.min_stay_months))::date <= m.next_month_start -- 3. six months
      AND (s.discharged_on IS NULL OR s.discharged_on >= (s.admitted_on + make_interval(months => p.min_stay_months))::date)
),
absent AS (
    SELECT a.stay_id, m.month_start,
           sum(greatest(0, least(a.until_on, m.next_month_start, coalesce(s.discharged_on, 'infinity'::date))
                           - greatest(a.from_on, m.month_start, s.admitted_on))) AS days
    FROM absence a
    JOIN stay s ON s.id = a.stay_id
    JOIN month m ON a.from_on < m.next_month_start AND a.until_on > m.month_start
    WHERE a.from_on < DATE :end_day AND a.until_on > DATE :first_day AND a.withdrawn_at IS NULL
    GROUP BY a.stay_id, m.month_start
)
SELECT rm.care_home_id, count(*) AS eligible_months,                                         -- 5. amount
       sum(CASE ls.care_level WHEN 0 THEN rm.operating_rate_0 WHEN 1 THEN rm.operating_rate_1
               WHEN 2 THEN rm.operating_rate_2 WHEN 3 THEN rm.operating_rate_3 ELSE rm.operating_rate_4 END) AS total
FROM resident_month rm
LEFT JOIN absent ab ON ab.stay_id = rm.stay_id AND ab.month_start = rm.month_start
-- the level on the last day: the latest assessment effective by then, else the earliest one
CROSS JOIN LATERAL (
    SELECT coalesce((SELECT a.care_level FROM assessment a WHERE a.resident_id = rm.resident_id AND a.effective_on < rm.day_until
                     ORDER BY a.effective_on DESC LIMIT 1),
                    (SELECT a.care_level FROM assessment a WHERE a.resident_id = rm.resident_id
                     ORDER BY a.effective_on LIMIT 1)) AS care_level) ls
WHERE (rm.day_until - rm.day_from) - coalesce(ab.days, 0) >= rm.min_days_present            -- 4. presence
  AND NOT EXISTS (SELECT 1 FROM claimed_month c                                             -- 6. once only
                  WHERE c.stay_id = rm.stay_id AND c.month_start = rm.month_start)
GROUP BY rm.care_home_id
