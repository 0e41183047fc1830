-- Stores how a claimed webhook attempt ended — only if the claim is still the claimer's (its
-- token in the record: a lease that ran out may have been claimed again, and the record may
-- have expired): the answer's status and the error, then either the next attempt's due time
-- (the state stays pending) or the final state (delivered or failed), which takes the id out
-- of the webhooks set.
--
-- Returns 1 when stored, 0 when the claim was no longer this one's.
--
-- The layout, filled in by name by queue/webhooks.rs (`SETTLE`):
local webhooks = KEYS[1]
local record = KEYS[2]
local id = ARGV[1]
local token = ARGV[2]
local claim_field = ARGV[3]
local state_field = ARGV[4]
local status_field = ARGV[5]
local error_field = ARGV[6]
-- '' to retry after retry_ms, else the final state.
local final = ARGV[7]
local retry_ms = ARGV[8]
-- '' for none.
local status = ARGV[9]
local error = ARGV[10]

if redis.call('HGET', record, claim_field) ~= token then return 0 end
if status ~= '' then
    redis.call('HSET', record, status_field, status)
else
    redis.call('HDEL', record, status_field)
end
if error ~= '' then
    redis.call('HSET', record, error_field, error)
else
    redis.call('HDEL', record, error_field)
end
if final == '' then
    local t = redis.call('TIME')
    local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
    redis.call('ZADD', webhooks, 'XX', now + tonumber(retry_ms), id)
else
    redis.call('HSET', record, state_field, final)
    redis.call('HDEL', record, claim_field)
    redis.call('ZREM', webhooks, id)
end
return 1
