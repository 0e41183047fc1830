-- Removes from the job stream the entries of finished jobs that are older than every entry
-- still needed: the oldest delivered and not acknowledged (a job running), and the first not
-- yet delivered (a job waiting). Called after an entry is acknowledged.
--
-- Trimmed from the front, never deleted one by one: a deleted entry newer than the stream's
-- first leaves a tombstone, and with one after the group's last delivered entry Redis can no
-- longer tell the group's lag (XINFO GROUPS answers nil), which is what an autoscaler (KEDA's
-- redis-streams scaler) sizes the workers on. Trimming at the oldest needed entry keeps every
-- job that is waiting or running, and the lag known.
--
-- Returns how many entries were trimmed.
--
-- The layout, filled in by name by queue/consumer.rs (`TRIM`):
local stream = KEYS[1]
local group = ARGV[1]

local function parse(id)
    local ms, seq = string.match(id, '^(%d+)-(%d+)$')
    return tonumber(ms), tonumber(seq)
end
local function older(a, b)
    local am, as = parse(a)
    local bm, bs = parse(b)
    return am < bm or (am == bm and as < bs)
end

local ok, groups = pcall(redis.call, 'XINFO', 'GROUPS', stream)
if not ok then return 0 end
local last_delivered
for _, g in ipairs(groups) do
    local fields = {}
    for i = 1, #g, 2 do fields[g[i]] = g[i + 1] end
    if fields['name'] == group then last_delivered = fields['last-delivered-id'] end
end
-- No group: nothing was delivered, every entry is waiting.
if not last_delivered then return 0 end

local oldest
local pending = redis.call('XPENDING', stream, group)
if pending[1] > 0 then oldest = pending[2] end
local waiting = redis.call('XRANGE', stream, '(' .. last_delivered, '+', 'COUNT', 1)
if waiting[1] and (not oldest or older(waiting[1][1], oldest)) then oldest = waiting[1][1] end

if oldest then
    return redis.call('XTRIM', stream, 'MINID', oldest)
end
-- Every entry delivered and acknowledged: none is needed.
return redis.call('XTRIM', stream, 'MAXLEN', 0)
