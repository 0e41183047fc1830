-- Writes a job's record and its stream entry in one step, unless the stream is full; with an
-- idempotency TTL, first answers with the job already accepted under the key; with a quota
-- limit, first checks and then counts the client's stored bytes (STORAGE_QUOTA).
--
-- Returns 1 (enqueued), 0 (max_len jobs are waiting or running), the first job's id (a string:
-- the idempotency key was already used), or {used, wait_ms} (over the quota; wait_ms -1 when
-- the client has nothing stored).
--
-- The layout, filled in by name by queue/admission.rs (`ENQUEUE`):
local stream = KEYS[1]
local record = KEYS[2]
-- Used only with an idempotency TTL; named always (a script's keys are declared).
local idempotency = KEYS[3]
-- The client's storage set and total; used only with a quota limit.
local storage = KEYS[4]
local storage_total = KEYS[5]
local max_len = ARGV[1]
local status_field = ARGV[2]
local queued = ARGV[3]
local created_at_field = ARGV[4]
local created_at = ARGV[5]
local entry_id_field = ARGV[6]
local id = ARGV[7]
local entry_code_field = ARGV[8]
local code = ARGV[9]
local entry_stdin_field = ARGV[10]
local stdin = ARGV[11]
local entry_created_at_field = ARGV[12]
-- Seconds, or '' without an idempotency key.
local idempotency_ttl = ARGV[13]
-- Bytes, or '' without a quota.
local quota_limit = ARGV[14]
local quota_hold_ms = ARGV[15]
local cost = ARGV[16]
local client = ARGV[17]
local client_field = ARGV[18]
local cost_field = ARGV[19]
-- The limits the job runs under (the record's), and those it asked for (the entry's).
local limits_field = ARGV[20]
local limits = ARGV[21]
local entry_limits_field = ARGV[22]
local requested_limits = ARGV[23]
-- The consumer group: jobs waiting or running are its lag plus its pending entries.
local group = ARGV[24]
-- The job's callback_url ('' without one) and its delivery's first state.
local callback_url_field = ARGV[25]
local callback_url = ARGV[26]
local callback_state_field = ARGV[27]
local pending = ARGV[28]
-- A batch's test cases (JSON), or '' for a job without them.
local entry_tests_field = ARGV[29]
local tests = ARGV[30]
-- The job's runtime ('' for the default) and its input files (JSON, or '' for none).
local entry_runtime_field = ARGV[31]
local runtime = ARGV[32]
local entry_files_field = ARGV[33]
local files = ARGV[34]

-- Jobs waiting or running. The stream also holds the finished entries behind the oldest running
-- job until trim.lua removes them, so its length is only the answer when the group is missing
-- or its lag unknown.
local function unfinished()
    local ok, groups = pcall(redis.call, 'XINFO', 'GROUPS', stream)
    if ok then
        for _, g in ipairs(groups) do
            local fields = {}
            for i = 1, #g, 2 do fields[g[i]] = g[i + 1] end
            if fields['name'] == group and fields['lag'] then
                return fields['lag'] + fields['pending']
            end
        end
    end
    return redis.call('XLEN', stream)
end

if idempotency_ttl ~= '' then
    local first = redis.call('GET', idempotency)
    if first then return first end
end
local now = 0
if quota_limit ~= '' then
    local t = redis.call('TIME')
    now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
    -- What expired leaves the client's total.
    local expired = redis.call('ZRANGEBYSCORE', storage, '-inf', now)
    local freed = 0
    for _, member in ipairs(expired) do
        freed = freed + tonumber(string.match(member, ':(%d+)$'))
    end
    if #expired > 0 then
        redis.call('ZREMRANGEBYSCORE', storage, '-inf', now)
        redis.call('DECRBY', storage_total, freed)
    end
    local used = tonumber(redis.call('GET', storage_total) or '0')
    if used + tonumber(cost) > tonumber(quota_limit) then
        local oldest = redis.call('ZRANGE', storage, 0, 0, 'WITHSCORES')
        if oldest[2] then return {used, tonumber(oldest[2]) - now} end
        return {used, -1}
    end
end
if unfinished() >= tonumber(max_len) then return 0 end
redis.call('HSET', record, status_field, queued, created_at_field, created_at)
if limits ~= '' then redis.call('HSET', record, limits_field, limits) end
if callback_url ~= '' then
    redis.call('HSET', record, callback_url_field, callback_url, callback_state_field, pending)
end
local entry = {entry_id_field, id, entry_code_field, code, entry_stdin_field, stdin,
               entry_created_at_field, created_at, entry_limits_field, requested_limits}
if tests ~= '' then
    table.insert(entry, entry_tests_field)
    table.insert(entry, tests)
end
if runtime ~= '' then
    table.insert(entry, entry_runtime_field)
    table.insert(entry, runtime)
end
if files ~= '' then
    table.insert(entry, entry_files_field)
    table.insert(entry, files)
end
redis.call('XADD', stream, '*', unpack(entry))
if idempotency_ttl ~= '' then
    redis.call('SET', idempotency, id, 'EX', idempotency_ttl)
end
if quota_limit ~= '' then
    redis.call('HSET', record, client_field, client, cost_field, cost)
    redis.call('ZADD', storage, now + tonumber(quota_hold_ms), id .. ':s:' .. cost)
    redis.call('INCRBY', storage_total, cost)
    local last = redis.call('ZRANGE', storage, -1, -1, 'WITHSCORES')
    redis.call('PEXPIREAT', storage, last[2])
    redis.call('PEXPIREAT', storage_total, last[2])
end
return 1
