import { LuaScript } from './lua-script';

/**
 * The Lua scripts of the message store (src/store/redis-message-store.ts). Every record script takes
 * the three keys of one message (hash, history, callbacks; one hash tag, so one Cluster slot), and
 * those that read answer the whole record in the same round trip:
 * `{HGETALL hash, LRANGE history, LRANGE callbacks}`. Index scripts take one key each.
 */
const READ_RECORD = `
local function record() return {redis.call('HGETALL', KEYS[1]), redis.call('LRANGE', KEYS[2], 0, -1), redis.call('LRANGE', KEYS[3], 0, -1)} end`;

/**
 * Creates the record unless the id is taken; answers `{1}`, or `{0, <the existing record>}`. ARGV[7]
 * is '1' for a pending record (async, job not confirmed yet), ARGV[8] the job id ('' for none).
 */
export const CREATE = new LuaScript(`${READ_RECORD}
if redis.call('EXISTS', KEYS[1]) == 1 then local r = record() return {0, r[1], r[2], r[3]} end
redis.call('HSET', KEYS[1], 'meta', ARGV[1], 'status', ARGV[2], 'attempts', ARGV[3], 'updatedAt', ARGV[4])
if ARGV[7] == '1' then redis.call('HSET', KEYS[1], 'pending', '1') end
if ARGV[8] ~= '' then redis.call('HSET', KEYS[1], 'jobId', ARGV[8]) end
redis.call('RPUSH', KEYS[2], ARGV[5])
redis.call('EXPIRE', KEYS[1], ARGV[6])
redis.call('EXPIRE', KEYS[2], ARGV[6])
return {1}`);

/**
 * Applies a status change and its history entry; answers `{1, <the record after it>}`, or `{0}` when
 * there is no record. ARGV[3] lists terminal statuses (space separated) that forbid the change
 * ('' for none: the change always applies).
 */
export const UPDATE = new LuaScript(`${READ_RECORD}
if redis.call('EXISTS', KEYS[1]) == 0 then return {0} end
if ARGV[3] ~= '' then
  local status = redis.call('HGET', KEYS[1], 'status')
  for s in string.gmatch(ARGV[3], '%S+') do if s == status then return {0} end end
end
for i = 4, #ARGV, 2 do redis.call('HSET', KEYS[1], ARGV[i], ARGV[i + 1]) end
-- a message that completes (after a retry or a redrive) no longer carries an earlier error
if ARGV[5] == 'completed' then redis.call('HDEL', KEYS[1], 'error') end
redis.call('RPUSH', KEYS[2], ARGV[1])
redis.call('EXPIRE', KEYS[2], ARGV[2])
local r = record()
return {1, r[1], r[2], r[3]}`);

/**
 * A worker's try begins: `{0}` when there is no record; `{3}` when the record belongs to another job
 * than ARGV[4] (a leftover job of a replaced record; '' skips the check); `{4, <record>}` when it is
 * still pending (its request never confirmed it), deleting it in the same step, so a confirm that
 * comes later finds nothing; `{1, <record>}` untouched when its status is one of the terminal ones in
 * ARGV[5..]; else processing, one more attempt, the history entry ARGV[1], and `{2, <record after it>}`.
 */
export const BEGIN_ATTEMPT = new LuaScript(`${READ_RECORD}
if redis.call('EXISTS', KEYS[1]) == 0 then return {0} end
local job = redis.call('HGET', KEYS[1], 'jobId')
if ARGV[4] ~= '' and job and job ~= ARGV[4] then return {3} end
if redis.call('HGET', KEYS[1], 'pending') == '1' then
  local r = record()
  redis.call('DEL', KEYS[1], KEYS[2], KEYS[3])
  return {4, r[1], r[2], r[3]}
end
local status = redis.call('HGET', KEYS[1], 'status')
for i = 5, #ARGV do
  if status == ARGV[i] then local r = record() return {1, r[1], r[2], r[3]} end
end
redis.call('HSET', KEYS[1], 'status', 'processing', 'updatedAt', ARGV[3])
redis.call('HINCRBY', KEYS[1], 'attempts', 1)
redis.call('RPUSH', KEYS[2], ARGV[1])
redis.call('EXPIRE', KEYS[2], ARGV[2])
local r = record()
return {2, r[1], r[2], r[3]}`);

/** Clears the pending mark: 1, or 0 when there is no record or it belongs to another job than ARGV[1]. */
export const CONFIRM = new LuaScript(`
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local job = redis.call('HGET', KEYS[1], 'jobId')
if job and job ~= ARGV[1] then return 0 end
redis.call('HDEL', KEYS[1], 'pending')
return 1`);

/** Deletes the record's keys if it is still pending: 1, else 0. */
export const DISCARD_PENDING = new LuaScript(`
if redis.call('HGET', KEYS[1], 'pending') ~= '1' then return 0 end
redis.call('DEL', KEYS[1], KEYS[2], KEYS[3])
return 1`);

/**
 * Claims open records whose lease ended before ARGV[1] (ms): each gets a new lease ending at ARGV[2],
 * in the same step, so two sweepers never claim one record. At most ARGV[3].
 */
export const CLAIM_EXPIRED = new LuaScript(`
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
for _, member in ipairs(due) do redis.call('ZADD', KEYS[1], 'XX', ARGV[2], member) end
return due`);

/** Answers the record (an empty hash when there is none). */
export const GET = new LuaScript(`${READ_RECORD}
return record()`);

export const APPEND_IF_EXISTS = new LuaScript(`
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('RPUSH', KEYS[2], ARGV[1])
redis.call('EXPIRE', KEYS[2], ARGV[2])
return 1`);

/** Adds a member to a capped, expiring sorted-set index (one key, so one slot). */
export const INDEX = new LuaScript(`
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, -(tonumber(ARGV[3]) + 1))
redis.call('EXPIRE', KEYS[1], ARGV[4])
return 1`);

/**
 * Adds a message id to its backend's index, scored by when its record expires, and drops the ids
 * whose records have expired (ARGV: expiry, id, now; all in ms).
 */
export const SERVICE_INDEX = new LuaScript(`
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[3])
return 1`);

/** The record as the scripts answer it: the hash as a flat field/value list, then the two lists. */
export type RawRecord = [string[], string[], string[]];
