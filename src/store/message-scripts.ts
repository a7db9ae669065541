import { LuaScript } from './lua-script';

/**
 * The Lua scripts of the message store (src/store/redis-message-store.ts). Every record script takes
 * the three keys of one message (hash, history, callbacks; one hash tag, so one Cluster slot), and
 * those that read answer the whole record in the same round trip:
 * `{HGETALL hash, LRANGE history, LRANGE callbacks}`. CREATE and UPDATE also write the indexes, the
 * recovery list and the journal in the same step: one round trip each, the whole sync path in two.
 */
const READ_RECORD = `
local function record() return {redis.call('HGETALL', KEYS[1]), redis.call('LRANGE', KEYS[2], 0, -1), redis.call('LRANGE', KEYS[3], 0, -1)} end`;

/**
 * Creates the record unless its sender already used the id, and in the same atomic step puts it on
 * the recovery list, in its search indexes and its backend's index, and (a journal entry given) in
 * the journal, so a record is never open and unlisted, or stored and unfindable. Answers
 * `{1, simVersion}`, or `{0, simVersion, <the existing record>}` untouched. Two things the caller
 * cached ride along, so they are checked at no extra round trip:
 * - its access token (token check '1': the last key): when it is gone (revoked, wiped, expired),
 *   nothing is written and the answer is `{3}`, so a token refused anywhere is refused here too;
 * - the simulation version: when ARGV[8] is not '' and differs from it, nothing is written and the
 *   answer is `{2, simVersion}`, so a process whose copy of clock and scenarios is stale reloads it
 *   and tries again: a change made anywhere takes effect on the next message.
 * KEYS: hash, history, callbacks, recovery list, backend index, journal, simulation version, the
 * set of senders, the search indexes, then (with the token check) the token.
 * ARGV: meta, the numbers (below), updatedAt, first history entry, job id ('' for none), member,
 * journal entry ('' for none), the simulation version the caller's copy is of ('' to skip the
 * check), the sender (added to the set of senders), then the record's later history entries and
 * extra hash field/value pairs (a record created already finished: its last entry, its response or
 * error). The numbers are one argument, space separated (each argument costs the client more than
 * splitting them costs Redis): status, attempts, ttl (s), pending ('1'/'0'), lease end (ms, '-' for
 * none), index score, index cap, backend index score (expiry, ms), now (ms), journal cap, token
 * check ('1'/'0'), trim ('1' when this call also trims the indexes), the deadline (ms on Redis's
 * clock, '-' for none), the number of later history entries.
 * Past the deadline nothing is read or written and the answer is `{4}`: the request that sent it
 * has stopped waiting (Redis was paused, and resumed later) and answered that nothing was kept,
 * which stays true.
 * A lease end of '-' keeps the record off the recovery list (a finished record has no owner to lose).
 * Trimming is lazy: the capped search indexes and the backend index are cut back on one call in so
 * many (readers read only the newest `cap` entries and skip expired records anyway), so a message
 * costs two commands per index, not three; the journal is cut whenever it grows past its cap.
 */
export const CREATE = new LuaScript(`${READ_RECORD}
local n = {}
for word in string.gmatch(ARGV[2], '%S+') do n[#n + 1] = word end
local status, attempts, ttl, pending, lease, score, cap, backendScore, now, journalCap, tokenCheck, trim, deadline, later = unpack(n)
if deadline ~= '-' then
  local t = redis.call('TIME')
  if tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000) > tonumber(deadline) then return {4} end
end
local indexes = #KEYS
if tokenCheck == '1' then
  if redis.call('EXISTS', KEYS[#KEYS]) == 0 then return {3} end
  indexes = indexes - 1
end
local version = redis.call('GET', KEYS[7]) or ''
if ARGV[8] ~= '' and ARGV[8] ~= version then return {2, version} end
if redis.call('EXISTS', KEYS[1]) == 1 then local r = record() return {0, version, r[1], r[2], r[3]} end
if lease ~= '-' then redis.call('ZADD', KEYS[4], 'NX', lease, ARGV[6]) end
local fields = {'meta', ARGV[1], 'status', status, 'attempts', attempts, 'updatedAt', ARGV[3]}
if pending == '1' then fields[#fields + 1] = 'pending' fields[#fields + 1] = '1' end
if ARGV[5] ~= '' then fields[#fields + 1] = 'jobId' fields[#fields + 1] = ARGV[5] end
later = tonumber(later)
for i = 10 + later, #ARGV do fields[#fields + 1] = ARGV[i] end
redis.call('HSET', KEYS[1], unpack(fields))
redis.call('RPUSH', KEYS[2], ARGV[4], unpack(ARGV, 10, 9 + later))
redis.call('EXPIRE', KEYS[1], ttl)
redis.call('EXPIRE', KEYS[2], ttl)
redis.call('SADD', KEYS[8], ARGV[9])
trim = trim == '1'
for i = 9, indexes do
  redis.call('ZADD', KEYS[i], score, ARGV[6])
  if trim then redis.call('ZREMRANGEBYRANK', KEYS[i], 0, -(tonumber(cap) + 1)) end
  redis.call('EXPIRE', KEYS[i], ttl)
end
redis.call('ZADD', KEYS[5], backendScore, ARGV[6])
if trim then redis.call('ZREMRANGEBYSCORE', KEYS[5], '-inf', '(' .. now) end
if ARGV[7] ~= '' and redis.call('LPUSH', KEYS[6], ARGV[7]) > tonumber(journalCap) then
  redis.call('LTRIM', KEYS[6], 0, tonumber(journalCap) - 1)
end
return {1, version}`);

/**
 * Appends a history entry and answers the list's length. The list was created with the record and
 * shares its expiry, so RPUSH keeps that expiry; only a list that had to be created again gets one.
 */
const APPEND_HISTORY = `
local function appendHistory(entry, ttl)
  local length = redis.call('RPUSH', KEYS[2], entry)
  if length == 1 then redis.call('EXPIRE', KEYS[2], ttl) end
  return length
end`;

/**
 * Applies a status change and its history entry; answers `{1, <the record after it>}`, or `{0}` when
 * there is no record. ARGV[3] lists terminal statuses (space separated) that forbid the change
 * ('' for none: the change always applies). ARGV[4] is the record's member on the recovery list
 * (KEYS[4]) when the change finishes it: it leaves the list in the same step ('' keeps it).
 * Two ways for a caller that has the record to spare reading it back:
 * - ARGV[5] '0' (a worker's try, which holds the record's head): the answer is `{1}` alone ('1'
 *   answers the record);
 * - ARGV[6] and ARGV[7], when ARGV[6] is not '': the history length (this entry included) and the
 *   number of callback attempts the record has if nothing but this change touched it since the
 *   caller read it (a caller whose copy has no error): then the answer is `{2}`, and the caller
 *   builds the record from its copy.
 * ARGV[8..] are field/value pairs, the status first.
 */
export const UPDATE = new LuaScript(`${READ_RECORD}${APPEND_HISTORY}
if redis.call('EXISTS', KEYS[1]) == 0 then return {0} end
if ARGV[3] ~= '' then
  local status = redis.call('HGET', KEYS[1], 'status')
  for s in string.gmatch(ARGV[3], '%S+') do if s == status then return {0} end end
end
redis.call('HSET', KEYS[1], unpack(ARGV, 8))
local length = appendHistory(ARGV[1], ARGV[2])
if ARGV[4] ~= '' then redis.call('ZREM', KEYS[4], ARGV[4]) end
-- a message that completes (after a retry or a redrive) no longer carries an earlier error
if ARGV[9] == 'completed' then redis.call('HDEL', KEYS[1], 'error') end
if ARGV[6] ~= '' and length == tonumber(ARGV[6]) and redis.call('LLEN', KEYS[3]) == tonumber(ARGV[7]) then return {2} end
if ARGV[5] == '0' then return {1} end
local r = record()
return {1, r[1], r[2], r[3]}`);

/**
 * A worker's try begins. The record's hash is read once; the answer carries it as it was read (no
 * history or callback lists: a try needs neither):
 * `{0}` when there is no record, or only a pending one of another job (a leftover the gateway that
 * queued this job may be replacing with its own record right now, docs/adr/0019); `{3}` when the
 * record does not name the job ARGV[4] (a leftover job of a replaced record, or a record with no job
 * at all; '' skips the check); `{4, hash}` when it
 * is still pending (a request of the earlier accept protocol never confirmed it), deleting it in the
 * same step; `{1, hash}` untouched when its status is one of the terminal ones in ARGV[6..]; else
 * processing at ARGV[3], one more attempt, the history entry ARGV[1], and `{2, hash}` (the hash
 * before the change, which the caller applies itself).
 * Before all that, like CREATE: `{5, simVersion}` and nothing done when ARGV[5] (the version of the
 * worker's copy of clock and scenarios, '' to skip) is not the simulation version (KEYS[4]).
 */
export const BEGIN_ATTEMPT = new LuaScript(`${APPEND_HISTORY}
if ARGV[5] ~= '' then
  local version = redis.call('GET', KEYS[4]) or ''
  if version ~= ARGV[5] then return {5, version} end
end
local hash = redis.call('HGETALL', KEYS[1])
if #hash == 0 then return {0} end
local field = {}
for i = 1, #hash, 2 do field[hash[i]] = hash[i + 1] end
if ARGV[4] ~= '' and field.jobId ~= ARGV[4] then return field.pending == '1' and {0} or {3} end
if field.pending == '1' then
  redis.call('DEL', KEYS[1], KEYS[2], KEYS[3])
  return {4, hash}
end
for i = 6, #ARGV do
  if field.status == ARGV[i] then return {1, hash} end
end
redis.call('HSET', KEYS[1], 'status', 'processing', 'updatedAt', ARGV[3], 'attempts', (tonumber(field.attempts) or 0) + 1)
appendHistory(ARGV[1], ARGV[2])
return {2, hash}`);

/**
 * A worker's first try of a read-only message, run before its record was read (docs/adr/0021): the
 * whole try in one step. Only a record that is `queued`, names the job ARGV[4] and is not pending is
 * changed: one more attempt, completed at ARGV[6] with the response ARGV[7], both history entries
 * (ARGV[1] processing, ARGV[2] completed), off the recovery list (KEYS[4], member ARGV[8]); answers
 * `{2}`. Otherwise nothing changes: `{0}` when there is no record, or only a pending one of another
 * job (it may still be on its way); `{1}` for anything else (the long way sorts it out). Like
 * BEGIN_ATTEMPT, first `{5, simVersion}` when ARGV[5] (the worker's copy, '' to skip) is not the
 * simulation version (KEYS[5]).
 */
export const COMPLETE_AHEAD = new LuaScript(`${APPEND_HISTORY}
if ARGV[5] ~= '' then
  local version = redis.call('GET', KEYS[5]) or ''
  if version ~= ARGV[5] then return {5, version} end
end
local f = redis.call('HMGET', KEYS[1], 'status', 'jobId', 'pending', 'attempts')
if not f[1] then return {0} end
if f[2] ~= ARGV[4] then return f[3] == '1' and {0} or {1} end
if f[3] == '1' or f[1] ~= 'queued' then return {1} end
redis.call('HSET', KEYS[1], 'status', 'completed', 'updatedAt', ARGV[6], 'attempts', (tonumber(f[4]) or 0) + 1, 'response', ARGV[7])
redis.call('HDEL', KEYS[1], 'error')
appendHistory(ARGV[1], ARGV[3])
redis.call('RPUSH', KEYS[2], ARGV[2])
redis.call('ZREM', KEYS[4], ARGV[8])
return {2}`);

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

/** The record as the scripts answer it: the hash as a flat field/value list, then the two lists. */
export type RawRecord = [string[], string[], string[]];

/** A record's hash as the scripts answer it: a flat field/value list. */
export type RawHash = string[];
