-- Takes over a pending entry only if it is still where the claimant saw it: held by the same
-- consumer, delivered the same number of times, idle at least min_idle. Of two workers that saw
-- the same entry (a worker restarted under its old name and another taking over its entries,
-- say), one gets it: the second finds it moved and claims nothing, so a job runs at most once
-- per attempt. XCLAIM alone checks only the idle time, which a claim with min_idle 0 skips.
--
-- Returns XCLAIM's reply: the entry, or nothing.
--
-- The layout, filled in by name by queue/consumer.rs (`CLAIM`):
local stream = KEYS[1]
local group = ARGV[1]
local me = ARGV[2]
local entry_id = ARGV[3]
local seen_consumer = ARGV[4]
local seen_deliveries = ARGV[5]
local min_idle = ARGV[6]

local pending = redis.call('XPENDING', stream, group, entry_id, entry_id, 1)
local row = pending[1]
if not row or row[1] ~= entry_id or row[2] ~= seen_consumer or tostring(row[4]) ~= seen_deliveries then
    return {}
end
return redis.call('XCLAIM', stream, group, me, min_idle, entry_id)
