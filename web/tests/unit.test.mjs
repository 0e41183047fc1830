// The page's logic that needs no browser: how the api's answers are put into words and markers,
// and the stored list of runs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  describeFailure,
  describeRejection,
  formatElapsed,
  markerRange,
  nextWait,
  parseRetryAfter,
  toEditorColumn,
} from '../src/api.js';
import * as history from '../src/history.js';

test('a forbidden_code answer becomes one problem per violation', () => {
  const body = {
    error: {
      code: 'forbidden_code',
      message: 'x',
      violations: [
        { rule: 'forbidden-import', detail: 'os', line: 1, column: 8 },
        { rule: 'forbidden-call', detail: 'eval', line: 3, column: 1 },
      ],
    },
  };
  const r = describeRejection(422, body, null);
  assert.deepEqual(r.problems, [
    { line: 1, column: 8, rule: 'forbidden-import', detail: 'os' },
    { line: 3, column: 1, rule: 'forbidden-call', detail: 'eval' },
  ]);
  assert.match(r.message, /2 things this sandbox forbids/);
});

test('a syntax error becomes a problem at its line and column', () => {
  const body = { error: { code: 'syntax_error', message: 'invalid syntax', line: 2, column: 7 } };
  const r = describeRejection(422, body, null);
  assert.deepEqual(r.problems, [{ line: 2, column: 7, rule: 'syntax-error', detail: 'invalid syntax' }]);
  assert.equal(r.message, 'Not run: syntax error on line 2.');
});

test('413, 429 and 503 are messages, with the retry time when there is one', () => {
  assert.equal(
    describeRejection(413, { error: { code: 'code_too_large', message: 'code is over 65536 bytes' } }).message,
    'Too large: code is over 65536 bytes',
  );
  const limited = describeRejection(429, { error: { code: 'rate_limited', message: 'm' } }, '1');
  assert.equal(limited.message, 'Too many runs in the last minute: try again in 1 second.');
  assert.equal(limited.retryAfter, 1);
  assert.match(describeRejection(429, null, null).message, /wait a little/);
  assert.equal(
    describeRejection(503, { error: { code: 'queue_full' } }, '30').message,
    'The queue is full: nothing was run, try again in 30 seconds.',
  );
  assert.equal(
    describeRejection(503, { error: { code: 'unavailable' } }, null).message,
    'The service is unavailable: nothing was run, try again shortly.',
  );
  for (const r of [413, 429, 503].map((s) => describeRejection(s, null, null))) {
    assert.deepEqual(r.problems, []);
  }
});

test('an unexpected answer still says what happened', () => {
  assert.equal(describeRejection(500, null, null).message, 'Not run (HTTP 500): unexpected answer from the server.');
  assert.equal(
    describeRejection(400, { error: { code: 'invalid_request', message: 'code is empty' } }).message,
    'Not run (HTTP 400): code is empty',
  );
});

test('Retry-After is read only as whole seconds', () => {
  assert.equal(parseRetryAfter('12'), 12);
  assert.equal(parseRetryAfter(' 0 '), 0);
  assert.equal(parseRetryAfter(null), null);
  assert.equal(parseRetryAfter('Wed, 21 Oct 2015 07:28:00 GMT'), null);
  assert.equal(parseRetryAfter('-3'), null);
});

test('character columns become UTF-16 columns for Monaco', () => {
  assert.equal(toEditorColumn('import os', 8), 8);
  // "😀" is one character for the api and two UTF-16 units for Monaco.
  assert.equal(toEditorColumn('s = "😀"; import os', 18), 19);
});

test('a marker covers the detail where it appears, else the word at its start', () => {
  assert.deepEqual(markerRange('import os', 1, 8, 'os'), {
    startLineNumber: 1, startColumn: 8, endLineNumber: 1, endColumn: 10,
  });
  // x.__class__: the node starts at x; the marker covers the attribute named in the detail.
  assert.deepEqual(markerRange('y = x.__class__', 4, 5, '__class__'), {
    startLineNumber: 4, startColumn: 7, endLineNumber: 4, endColumn: 16,
  });
  // A detail not in the text (NFKC-normalised from another spelling): the word at the start.
  assert.deepEqual(markerRange('ｅｖａｌ("1")', 2, 1, 'eval'), {
    startLineNumber: 2, startColumn: 1, endLineNumber: 2, endColumn: 5,
  });
  // A syntax error at the end of a line still gets one column.
  assert.deepEqual(markerRange('def f(', 1, 7, 'invalid syntax'), {
    startLineNumber: 1, startColumn: 7, endLineNumber: 1, endColumn: 8,
  });
});

test('elapsed time and poll waits', () => {
  assert.equal(formatElapsed(430), '0.4 s');
  assert.equal(formatElapsed(125_000), '2 min 05 s');
  assert.equal(nextWait(0), 1);
  assert.equal(nextWait(60_000), 5);
  assert.match(describeFailure({ code: 'expired' }), /no worker started it in time/);
});

/** localStorage's interface over a Map; `quota` bytes make setItem throw like a full storage. */
function storage(quota = Infinity) {
  const map = new Map();
  return {
    getItem: (k) => (map.has(k) ? map.get(k) : null),
    setItem: (k, v) => {
      if (v.length > quota) throw new Error('QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k) => map.delete(k),
  };
}

test('the history keeps the newest runs, updates a run in place, and survives junk', () => {
  const s = storage();
  for (let i = 0; i < history.LIMIT + 3; i += 1) {
    history.record(s, { id: `id${i}`, at: i, code: `print(${i})`, status: 'queued' });
  }
  let runs = history.load(s);
  assert.equal(runs.length, history.LIMIT);
  assert.equal(runs[0].id, `id${history.LIMIT + 2}`);
  runs = history.record(s, { id: 'id5', at: 5, code: 'print(5)', status: 'completed' });
  assert.equal(runs[0].status, 'completed');
  assert.equal(runs.filter((r) => r.id === 'id5').length, 1);

  s.setItem(history.KEY, '{not json');
  assert.deepEqual(history.load(s), []);
  s.setItem(history.KEY, JSON.stringify([{ id: 1 }, { id: 'ok', at: 1, code: '' }]));
  assert.deepEqual(history.load(s).map((r) => r.id), ['ok']);
});

test('a full storage drops the oldest runs rather than the new one', () => {
  const s = storage(400);
  for (let i = 0; i < 10; i += 1) {
    history.record(s, { id: `id${i}`, at: i, code: 'x'.repeat(50) });
  }
  const runs = history.load(s);
  assert.ok(runs.length > 0 && runs.length < 10, `${runs.length} kept`);
  assert.equal(runs[0].id, 'id9');
});

test('a run is titled by its first line of code', () => {
  assert.equal(history.title('# comment\n\nimport time\n'), 'import time');
  assert.equal(history.title('# only a comment'), '# only a comment');
  assert.equal(history.title('   '), '(empty)');
  assert.equal(history.title('x'.repeat(80)).length, 60);
});
