/*
 * Lua scripts of the shared request budgets (see redis-rate-budgets.ts). Every script reads the
 * time from Redis (`TIME`), so all workers share one clock. Keys of a budget:
 *   KEYS[1] flight  sorted set: request id -> lease expiry (ms), requests granted and not ended
 *   KEYS[2] done    sorted set: request id -> when it ended (ms), kept as long as the longest window
 *   KEYS[3] next    the spaced start of the next request (ms)
 *   KEYS[4] paused  every request waits until then (ms), set by a Retry-After
 */

const NOW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
`;

/**
 * ARGV: id, leaseMs, spacingMs, toleranceMs, maxConcurrent (0: none), keepMs, then pairs of
 * (limit, windowMs). Returns {granted, waitMs, busy}: `busy` when requests in flight block it
 * (their end is not known: ask again soon).
 */
export const ACQUIRE_SCRIPT = `${NOW}
local id = ARGV[1]
local lease = tonumber(ARGV[2])
local spacing = tonumber(ARGV[3])
local tolerance = tonumber(ARGV[4])
local maxc = tonumber(ARGV[5])
local keep = tonumber(ARGV[6])
-- Requests whose lease ran out (their worker died or froze) ended at their lease's end.
local expired = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'WITHSCORES')
for i = 1, #expired, 2 do
  if keep > 0 then redis.call('ZADD', KEYS[2], expired[i + 1], expired[i]) end
end
if #expired > 0 then redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now) end
if keep > 0 then redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', string.format('(%d', now - keep)) end
local wait = 0
local busy = 0
local paused = tonumber(redis.call('GET', KEYS[4]) or '0')
if paused > now then wait = paused - now end
local flying = redis.call('ZCARD', KEYS[1])
if maxc > 0 and flying >= maxc then busy = 1 end
local nextAt = tonumber(redis.call('GET', KEYS[3]) or '0')
if spacing > 0 and nextAt - tolerance > now then wait = math.max(wait, nextAt - tolerance - now) end
for i = 7, #ARGV, 2 do
  local limit = tonumber(ARGV[i])
  local window = tonumber(ARGV[i + 1])
  if flying >= limit then
    busy = 1
  else
    -- Requests that ended within the window still count: the API may have seen them in it.
    local from = string.format('(%d', now - window)
    local excess = flying + redis.call('ZCOUNT', KEYS[2], from, '+inf') - limit + 1
    if excess > 0 then
      local oldest = redis.call('ZRANGEBYSCORE', KEYS[2], from, '+inf', 'WITHSCORES', 'LIMIT', excess - 1, 1)
      wait = math.max(wait, tonumber(oldest[2]) + window - now)
    end
  end
end
if wait > 0 or busy == 1 then return {0, wait, busy} end
redis.call('ZADD', KEYS[1], now + lease, id)
redis.call('PEXPIRE', KEYS[1], lease + keep + 60000)
if spacing > 0 then
  local following = math.max(nextAt, now) + spacing
  redis.call('SET', KEYS[3], string.format('%d', following), 'PX', following - now + 1000)
end
return {1, 0, 0}
`;

/** ARGV: id, keepMs. The request ended now: it leaves the flight and counts in the windows from now. */
export const RELEASE_SCRIPT = `${NOW}
redis.call('ZREM', KEYS[1], ARGV[1])
local keep = tonumber(ARGV[2])
if keep > 0 then
  redis.call('ZADD', KEYS[2], now, ARGV[1])
  redis.call('PEXPIRE', KEYS[2], keep + 60000)
end
return 1
`;

/** ARGV: leaseMs, then ids: the requests are still in flight (their worker lives). */
export const RENEW_SCRIPT = `${NOW}
local lease = tonumber(ARGV[1])
for i = 2, #ARGV do redis.call('ZADD', KEYS[1], 'XX', now + lease, ARGV[i]) end
redis.call('PEXPIRE', KEYS[1], lease + 120000)
return 1
`;

/** ARGV: ms. Holds every request of the budget for that long from now (a longer pause already set stays). */
export const PAUSE_SCRIPT = `${NOW}
local untilAt = now + tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[4]) or '0')
if untilAt > current then redis.call('SET', KEYS[4], string.format('%d', untilAt), 'PX', tonumber(ARGV[1]) + 1000) end
return 1
`;
