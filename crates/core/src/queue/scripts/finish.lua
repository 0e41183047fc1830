-- Stores a job's terminal state only if it has none yet (the first result wins), sets the
-- record's expiry, publishes the job's id, counts the result for the job's client under
-- STORAGE_QUOTA, makes its webhook due (if it has a callback_url), and acknowledges the stream
-- entry (queue/jobs.rs then trims the stream: trim.lua).
--
-- Returns 1 if this call wrote the result, else 0.
--
-- The layout, filled in by name by queue/jobs.rs (`FINISH`):
local record = KEYS[1]
local stream = KEYS[2]
local channel = KEYS[3]
-- The webhooks due (a sorted set of job ids by due time): a job with a callback_url joins it
-- in the step that makes it terminal, so no worker death can lose its delivery.
local webhooks = KEYS[4]
local status_field = ARGV[1]
local status = ARGV[2]
local finished_at_field = ARGV[3]
local finished_at = ARGV[4]
-- `result` or `error`, and its JSON.
local outcome_field = ARGV[5]
local outcome = ARGV[6]
local ttl_secs = ARGV[7]
local group = ARGV[8]
-- '' when there is no entry to acknowledge.
local entry_id = ARGV[9]
local id = ARGV[10]
local storage_prefix = ARGV[11]
local storage_total_prefix = ARGV[12]
local client_field = ARGV[13]
local cost_field = ARGV[14]
-- The terminal statuses.
local completed = ARGV[15]
local failed = ARGV[16]
local callback_url_field = ARGV[17]

local s = redis.call('HGET', record, status_field)
local written = 0
if s and s ~= completed and s ~= failed then
    redis.call('HSET', record, status_field, status, finished_at_field, finished_at,
               outcome_field, outcome)
    redis.call('EXPIRE', record, ttl_secs)
    redis.call('PUBLISH', channel, id)
    written = 1
    if redis.call('HEXISTS', record, callback_url_field) == 1 then
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        redis.call('ZADD', webhooks, 'NX', now, id)
    end
    -- STORAGE_QUOTA: the result counts for the client until the record expires, and so, from
    -- now on exactly, do its code and stdin. The keys are built from the record's client (a
    -- standalone Redis, as the service uses, allows it).
    local client = redis.call('HGET', record, client_field)
    if client then
        local cost = redis.call('HGET', record, cost_field) or '0'
        local name = string.len(client) .. ':' .. client
        local set, total = storage_prefix .. name, storage_total_prefix .. name
        local t = redis.call('TIME')
        local expires = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            + tonumber(ttl_secs) * 1000
        redis.call('ZADD', set, 'XX', expires, id .. ':s:' .. cost)
        local bytes = string.len(outcome)
        if redis.call('ZADD', set, 'NX', expires, id .. ':r:' .. bytes) == 1 then
            redis.call('INCRBY', total, bytes)
        end
        local last = redis.call('ZRANGE', set, -1, -1, 'WITHSCORES')
        redis.call('PEXPIREAT', set, last[2])
        redis.call('PEXPIREAT', total, last[2])
    end
end
if entry_id ~= '' then
    redis.call('XACK', stream, group, entry_id)
end
return written
