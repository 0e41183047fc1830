-- Moves a job to `running`, unless it already has a terminal status or its record is gone.
--
-- Returns 0 (now running), 1 (already terminal) or 2 (no record).
--
-- The layout, filled in by name by queue/jobs.rs (`MARK_RUNNING`):
local record = KEYS[1]
local status_field = ARGV[1]
local running = ARGV[2]
local started_at_field = ARGV[3]
local started_at = ARGV[4]
-- The terminal statuses.
local completed = ARGV[5]
local failed = ARGV[6]

local s = redis.call('HGET', record, status_field)
if not s then return 2 end
if s == completed or s == failed then return 1 end
redis.call('HSET', record, status_field, running, started_at_field, started_at)
return 0
