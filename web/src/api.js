// Talking to the api (docs/api.md; /openapi.json), with no DOM and no Monaco: everything here is plain data
// in, plain data out, so tests/unit.test.mjs checks it under Node.

/** Statuses after which a job never changes. */
export const TERMINAL = new Set(['completed', 'failed']);

/**
 * What the page shows for a refused `POST /jobs`: `{ message, problems }`, where each problem is
 * `{ line, column, rule, detail }` (1-based, column in characters as the api counts them) to be
 * shown as an editor marker and in the list. `retryAfter` is the header's value, if any.
 */
export function describeRejection(status, body, retryAfter) {
  const error = (body && body.error) || {};
  const text = typeof error.message === 'string' ? error.message : '';
  const seconds = parseRetryAfter(retryAfter);
  switch (status) {
    case 422:
      if (error.code === 'forbidden_code' && Array.isArray(error.violations)) {
        const n = error.violations.length;
        return {
          message: `Not run: the code uses ${n === 1 ? 'something' : `${n} things`} this sandbox forbids.`,
          problems: error.violations.map((v) => ({
            line: v.line,
            column: v.column,
            rule: String(v.rule),
            detail: String(v.detail),
          })),
        };
      }
      if (error.code === 'syntax_error') {
        return {
          message: `Not run: syntax error on line ${error.line}.`,
          problems: [
            { line: error.line, column: error.column, rule: 'syntax-error', detail: text },
          ],
        };
      }
      return { message: `Not run: ${text || 'the code was refused.'}`, problems: [] };
    case 413:
      return { message: `Too large: ${text || 'the code or input is over the limit.'}`, problems: [] };
    case 429:
      return {
        message:
          seconds === null
            ? 'Too many runs in the last minute: wait a little and try again.'
            : `Too many runs in the last minute: try again in ${plural(seconds, 'second')}.`,
        problems: [],
        retryAfter: seconds,
      };
    case 503: {
      const when = seconds === null ? 'shortly' : `in ${plural(seconds, 'second')}`;
      const what =
        error.code === 'queue_full' ? 'The queue is full' : 'The service is unavailable';
      return { message: `${what}: nothing was run, try again ${when}.`, problems: [], retryAfter: seconds };
    }
    case 401:
      return { message: 'This server requires an API key; the page cannot send one.', problems: [] };
    default:
      return {
        message: `Not run (HTTP ${status}): ${text || 'unexpected answer from the server.'}`,
        problems: [],
      };
  }
}

/** `Retry-After` in whole seconds, or null when absent or not a number of seconds. */
export function parseRetryAfter(value) {
  if (value === null || value === undefined || !/^\s*\d+\s*$/.test(String(value))) return null;
  return Number.parseInt(String(value), 10);
}

export function plural(n, unit) {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

/**
 * The api counts columns in characters (code points); Monaco counts UTF-16 code units. Converts
 * a 1-based character column on `lineText` to Monaco's 1-based column.
 */
export function toEditorColumn(lineText, column) {
  const chars = Array.from(lineText);
  const before = chars.slice(0, Math.max(0, column - 1)).join('');
  return before.length + 1;
}

/**
 * The range a marker covers on `lineText`, in Monaco's columns: the violation's detail where it
 * appears at or after the reported start (`import os` marks `os`; `x.__class__` marks
 * `__class__`), else the identifier-like run at the start, else one character.
 */
export function markerRange(lineText, line, column, detail) {
  const start = toEditorColumn(lineText, column);
  const from = start - 1;
  const needle = typeof detail === 'string' ? detail : '';
  if (needle && /^[\w.]+$/u.test(needle)) {
    const at = lineText.indexOf(needle, from);
    if (at >= 0) {
      return { startLineNumber: line, startColumn: at + 1, endLineNumber: line, endColumn: at + 1 + needle.length };
    }
  }
  const word = /^[\p{L}\p{N}_]+/u.exec(lineText.slice(from));
  const length = word ? word[0].length : Math.min(1, Math.max(0, lineText.length - from));
  return { startLineNumber: line, startColumn: start, endLineNumber: line, endColumn: start + Math.max(length, 1) };
}

/** "0.4 s", "12.0 s", "2 min 05 s". */
export function formatElapsed(ms) {
  const s = Math.max(0, ms) / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  return `${m} min ${String(Math.floor(s % 60)).padStart(2, '0')} s`;
}

/** Human words for a result's outcome. */
export const OUTCOMES = {
  success: 'Success',
  runtime_error: 'Runtime error',
  timeout: 'Timed out',
  memory_limit: 'Memory limit exceeded',
};

/** What the page says about a `failed` job's error code. */
export function describeFailure(error) {
  const code = error && error.code;
  const reasons = {
    engine_unavailable: 'the container engine was unavailable',
    too_many_attempts: 'it was tried too many times',
    expired: 'no worker started it in time',
    internal: 'an internal error',
  };
  return `The service could not run this job: ${reasons[code] || (error && error.message) || 'unknown error'}.`;
}

/**
 * How long the next `GET /jobs/{id}?wait=` holds. Short at first so the status shows queued →
 * running as it moves; longer once the job has been going a while, to poll less.
 */
export function nextWait(elapsedMs) {
  return elapsedMs < 10_000 ? 1 : 5;
}
