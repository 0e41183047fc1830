-- Claims the next webhook that is due: the job id with the lowest score no later than now in
-- the webhooks set. The claim counts an attempt in the job's record, writes the claimer's token
-- there, and pushes the id's score out by the lease: until then no other worker takes it; after
-- it (the claimer died or stopped mid-delivery), any worker does. Ids whose record is gone or
-- no longer pending leave the set on the way; a callback whose last attempt was lost with its
-- worker is given up here.
--
-- Returns {id, attempt} or nil when nothing is due.
--
-- The layout, filled in by name by queue/webhooks.rs (`CLAIM`):
local webhooks = KEYS[1]
-- A job's record key is job_prefix .. id (a standalone Redis, as the service uses, allows it).
local job_prefix = ARGV[1]
local lease_ms = ARGV[2]
local max_attempts = ARGV[3]
local token = ARGV[4]
local state_field = ARGV[5]
local attempts_field = ARGV[6]
local claim_field = ARGV[7]
local error_field = ARGV[8]
local pending = ARGV[9]
local failed = ARGV[10]
local lost = ARGV[11]

local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
-- A bounded number of stale ids per call, so that one call stays short.
for _ = 1, 16 do
    local due = redis.call('ZRANGEBYSCORE', webhooks, '-inf', now, 'LIMIT', 0, 1)
    if #due == 0 then return nil end
    local id = due[1]
    local record = job_prefix .. id
    if redis.call('HGET', record, state_field) ~= pending then
        redis.call('ZREM', webhooks, id)
    else
        local attempts = tonumber(redis.call('HGET', record, attempts_field) or '0')
        if attempts >= tonumber(max_attempts) then
            redis.call('HSET', record, state_field, failed, error_field, lost)
            redis.call('HDEL', record, claim_field)
            redis.call('ZREM', webhooks, id)
        else
            redis.call('HSET', record, attempts_field, attempts + 1, claim_field, token)
            redis.call('ZADD', webhooks, 'XX', now + tonumber(lease_ms), id)
            return {id, attempts + 1}
        end
    end
end
return nil
