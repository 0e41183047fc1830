-- Takes back a job the api enqueued but could not answer 202 for (its replicas did not confirm
-- it in time): its record, its idempotency key and its count in the client's quota go, unless a
-- worker has already started it. Its stream entry stays; the worker that reads it finds no
-- record and discards it (queue/consumer.rs), so it never runs.
--
-- Returns 1 (withdrawn) or 0 (a worker has it, or it is already gone).
--
-- The layout, filled in by name by queue/admission.rs (`WITHDRAW`):
local record = KEYS[1]
-- Used only when the job had an idempotency key (named always: a script's keys are declared).
local idempotency = KEYS[2]
-- The client's storage set and total; used only when the job was counted in a quota.
local storage = KEYS[3]
local storage_total = KEYS[4]
local status_field = ARGV[1]
local queued = ARGV[2]
local id = ARGV[3]
-- '' when the job carried no idempotency key.
local with_idempotency = ARGV[4]
-- '' when the job was not counted in a quota.
local cost = ARGV[5]

if redis.call('HGET', record, status_field) ~= queued then return 0 end
redis.call('DEL', record)
if with_idempotency ~= '' and redis.call('GET', idempotency) == id then
    redis.call('DEL', idempotency)
end
if cost ~= '' then
    if redis.call('ZREM', storage, id .. ':s:' .. cost) == 1 then
        redis.call('DECRBY', storage_total, cost)
    end
end
return 1
