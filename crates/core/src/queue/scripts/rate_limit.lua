-- Counts one submission in a client's sliding window, unless the window is full. The clock is
-- Redis's, so the api processes' clocks need not agree.
--
-- Returns -1 (counted), or the milliseconds until the oldest counted submission leaves the
-- window (refused, not counted).
--
-- The layout, filled in by name by queue/admission.rs (`RATE_LIMIT`):
local window_key = KEYS[1]
local limit = ARGV[1]
local window_ms = ARGV[2]
-- Unique per submission, so that two in the same millisecond are both counted.
local member = ARGV[3]

local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local window = tonumber(window_ms)
redis.call('ZREMRANGEBYSCORE', window_key, '-inf', now - window)
if redis.call('ZCARD', window_key) < tonumber(limit) then
    redis.call('ZADD', window_key, now, member .. ':' .. now)
    redis.call('PEXPIRE', window_key, window)
    return -1
end
local oldest = redis.call('ZRANGE', window_key, 0, 0, 'WITHSCORES')
return tonumber(oldest[2]) + window - now
