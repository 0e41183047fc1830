// The page's logic that needs no browser: how the api's answers are put into words and markers,
// and the stored list of runs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  caseRows,
  parseTests,
  summaryText,
  describeFailure,
  describeRejection,
  exitCodeText,
  formatCountdown,
  formatCpu,
  formatElapsed,
  formatMemory,
  headline,
  markdownText,
  markerRange,
  nextWait,
  parseRetryAfter,
  parseTraceback,
  secondsLeft,
  toEditorColumn,
  tracebackProblem,
  tracebackRange,
  MAX_INPUT_BYTES,
  MAX_INPUT_FILES,
  addInputFiles,
  base64ToBytes,
  bytesToBase64,
  downloadName,
  fileDisplay,
  formatSize,
  imageDataUrl,
  inputPath,
  runtimeChoices,
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
    { line: 1, column: 8, rule: 'forbidden-import', detail: 'os', reason: null, hint: null },
    { line: 3, column: 1, rule: 'forbidden-call', detail: 'eval', reason: null, hint: null },
  ]);
  assert.match(r.message, /2 things this sandbox forbids/);
  assert.equal(r.headline, 'Not run: forbidden code');
  assert.equal(r.kind, 'forbidden_code');
  assert.equal(r.transient, false);
});

test('a violation\'s reason and hint are kept when sent, null when absent, null or blank', () => {
  const violations = [
    { rule: 'forbidden-import', detail: 'sys', line: 1, column: 8, reason: 'sys reaches every module', hint: 'read standard input with input() or open(0)' },
    { rule: 'forbidden-import', detail: 'os', line: 2, column: 8, reason: ' os runs processes ', hint: null },
    { rule: 'forbidden-call', detail: 'eval', line: 3, column: 1, reason: '', hint: '   ' },
    { rule: 'forbidden-call', detail: 'exec', line: 4, column: 1, reason: 7, hint: ['x'] },
  ];
  const r = describeRejection(422, { error: { code: 'forbidden_code', violations } }, null);
  assert.deepEqual(
    r.problems.map((p) => [p.reason, p.hint]),
    [
      ['sys reaches every module', 'read standard input with input() or open(0)'],
      ['os runs processes', null],
      [null, null],
      [null, null],
    ],
  );
});

test('a syntax error becomes a problem at its line and column', () => {
  const body = { error: { code: 'syntax_error', message: 'invalid syntax', line: 2, column: 7 } };
  const r = describeRejection(422, body, null);
  assert.deepEqual(r.problems, [
    { line: 2, column: 7, rule: 'syntax-error', detail: 'invalid syntax', reason: null, hint: null },
  ]);
  assert.equal(r.message, 'Not run: syntax error on line 2.');
  assert.equal(r.headline, 'Not run: syntax error');
  assert.equal(r.kind, 'syntax_error');
});

test('413, 429 and 503 are messages, with the retry time when there is one', () => {
  assert.equal(
    describeRejection(413, { error: { code: 'code_too_large', message: 'code is over 65536 bytes' } }).message,
    'Too large: code is over 65536 bytes',
  );
  const limited = describeRejection(429, { error: { code: 'rate_limited', message: 'm' } }, '1');
  assert.equal(limited.message, 'Too many submissions from your address in the last minute: nothing was run, try again in 1 second.');
  assert.equal(limited.retryAfter, 1);
  assert.equal(limited.transient, true);
  assert.match(
    describeRejection(429, { error: { code: 'storage_quota_exceeded' } }, '40').message,
    /stored jobs are at the storage .* try again in 40 seconds/,
  );
  assert.equal(
    describeRejection(429, { error: { code: 'storage_quota_exceeded' } }, null).message,
    'This run alone is over the storage this server keeps per client: nothing was run.',
  );
  assert.equal(describeRejection(503, { error: { code: 'queue_full' } }, '5').transient, true);
  assert.equal(describeRejection(413, { error: { code: 'code_too_large' } }, null).transient, false);
  assert.equal(describeRejection(413, { error: { code: 'code_too_large' } }, null).headline, 'Not run: code too large');
  assert.equal(describeRejection(422, { error: { code: 'too_complex', message: 'm' } }, null).headline, 'Not run: too complex');
  assert.equal(describeRejection(500, null, null).kind, 'http_500');
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
  // Short while queued (a start does not end a held poll), longer once running.
  assert.equal(nextWait('queued'), 1);
  assert.equal(nextWait(undefined), 1);
  assert.equal(nextWait('running'), 5);
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

const done = (result) => ({ status: 'completed', result: { exit_code: 0, duration_ms: 120, ...result } });

test('the headline follows the outcome, and only a success is green', () => {
  assert.deepEqual(headline(done({ outcome: 'success' })), { tone: 'ok', text: 'Succeeded in 0.1 s' });
  assert.deepEqual(headline(done({ outcome: 'runtime_error', exit_code: 1 })), {
    tone: 'bad',
    text: 'Runtime error: exit code 1 after 0.1 s',
  });
  assert.equal(
    headline(done({ outcome: 'runtime_error', exit_code: 137 })).text,
    'Runtime error: exit code 137 (signal 9) after 0.1 s',
  );
  assert.deepEqual(headline(done({ outcome: 'timeout', exit_code: null, duration_ms: 3004 })), {
    tone: 'bad',
    text: 'Timed out: stopped at the time limit after 3.0 s',
  });
  assert.deepEqual(headline(done({ outcome: 'memory_limit', exit_code: 137, duration_ms: 800 })), {
    tone: 'bad',
    text: 'Memory limit exceeded: stopped after 0.8 s',
  });
  // An outcome this page does not know is never shown as a success.
  assert.equal(headline(done({ outcome: 'something_new' })).tone, 'bad');
  assert.deepEqual(headline({ status: 'failed', error: { code: 'expired' } }), {
    tone: 'bad',
    text: 'Failed: the service could not run it',
  });
  for (const outcome of ['runtime_error', 'timeout', 'memory_limit']) {
    assert.doesNotMatch(headline(done({ outcome })).text, /Completed|Succeeded/);
  }
  assert.equal(exitCodeText(2), '2');
  assert.equal(exitCodeText(143), '143 (signal 15)');
});

// What the launcher writes on stderr (runtime/launcher.py), taken from real runs.
const ZERO_DIVISION = [
  'Traceback (most recent call last):',
  '  File "main.py", line 5, in <module>',
  '    f(0)',
  '  File "main.py", line 2, in f',
  '    return 1 / x',
  '           ~~^~~',
  'ZeroDivisionError: division by zero',
  '',
].join('\n');

test('a traceback gives the innermost main.py line, the failing part and the exception', () => {
  const tb = parseTraceback(ZERO_DIVISION);
  assert.deepEqual(tb, {
    line: 2,
    fn: 'f',
    source: 'return 1 / x',
    caret: { start: 7, end: 12 },
    message: 'ZeroDivisionError: division by zero',
    callers: [5],
  });
  // The editor's line is indented: the marker covers `1 / x`.
  assert.deepEqual(tracebackRange('    return 1 / x', tb), {
    startLineNumber: 2, startColumn: 12, endLineNumber: 2, endColumn: 17,
  });
  // A line that is not the one printed (the code changed): the whole line but its indentation.
  assert.deepEqual(tracebackRange('    y = 2', tb), {
    startLineNumber: 2, startColumn: 5, endLineNumber: 2, endColumn: 10,
  });
  assert.deepEqual(tracebackProblem(tb), {
    line: 2,
    column: null,
    rule: 'runtime-error',
    detail: 'ZeroDivisionError: division by zero',
    where: 'in f, called from line 5',
  });
});

test('frames of other files are skipped: the run-time wall\'s refusal points at the program', () => {
  const stderr = [
    'Traceback (most recent call last):',
    '  File "main.py", line 2, in <module>',
    '    f = open("/proc/self/status")',
    '        ^^^^^^^^^^^^^^^^^^^^^^^^^',
    '  File "/opt/sandbox/launcher.py", line 732, in hook',
    '    judge(event, args)',
    '  File "/opt/sandbox/launcher.py", line 217, in refuse',
    '    raise PermissionError(f"{POLICY_NAME}: {what} is not allowed")',
    "PermissionError: sandbox policy: opening '/proc/self/status' is not allowed",
  ].join('\n');
  const tb = parseTraceback(stderr);
  assert.equal(tb.line, 2);
  assert.equal(tb.fn, '<module>');
  assert.deepEqual(tb.caret, { start: 4, end: 29 });
  assert.equal(tb.message, "PermissionError: sandbox policy: opening '/proc/self/status' is not allowed");
  assert.equal(tracebackProblem(tb).where, '');
});

test('a chained exception is read from its last traceback; an exception group from its box', () => {
  const chained = [
    'Traceback (most recent call last):',
    '  File "main.py", line 2, in <module>',
    '    1/0',
    '    ~^~',
    'ZeroDivisionError: division by zero',
    '',
    'The above exception was the direct cause of the following exception:',
    '',
    'Traceback (most recent call last):',
    '  File "main.py", line 4, in <module>',
    '    raise ValueError("x") from e',
    'ValueError: x',
  ].join('\n');
  const tb = parseTraceback(chained);
  assert.equal(tb.line, 4);
  assert.equal(tb.caret, null);
  assert.equal(tb.message, 'ValueError: x');
  const group = [
    '  + Exception Group Traceback (most recent call last):',
    '  |   File "main.py", line 1, in <module>',
    '  |     raise ExceptionGroup("eg", [ValueError("v")])',
    '  | ExceptionGroup: eg (1 sub-exception)',
    '  +-+---------------- 1 ----------------',
    '    | ValueError: v',
  ].join('\n');
  const g = parseTraceback(group);
  assert.equal(g.line, 1);
  assert.equal(g.source, 'raise ExceptionGroup("eg", [ValueError("v")])');
  assert.equal(g.message, 'ExceptionGroup: eg (1 sub-exception)');
});

test('no traceback, none of main.py, or one cut short', () => {
  assert.equal(parseTraceback('bad things\n'), null);
  assert.equal(parseTraceback(''), null);
  assert.equal(parseTraceback(null), null);
  assert.equal(
    parseTraceback('Traceback (most recent call last):\n  File "/usr/lib/python3.11/json/__init__.py", line 3, in f\n    x\nValueError\n'),
    null,
  );
  // stderr cut (MAX_OUTPUT_SIZE) before the exception line: the place is still known.
  const cut = parseTraceback('Traceback (most recent call last):\n  File "main.py", line 9, in <module>\n    g()\n');
  assert.equal(cut.line, 9);
  assert.equal(cut.message, null);
  assert.match(tracebackProblem(cut).detail, /message was cut/);
  // A caret line wider than the editor's line never runs past its end.
  const range = tracebackRange('x', { line: 1, source: 'x', caret: { start: 0, end: 40 }, callers: [] });
  assert.deepEqual(range, { startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: 2 });
});

test('the countdown on Run', () => {
  assert.equal(formatCountdown(17), '17 s');
  assert.equal(formatCountdown(0.2), '1 s');
  assert.equal(formatCountdown(0), '0 s');
  assert.equal(formatCountdown(60), '60 s');
  assert.equal(formatCountdown(99), '99 s');
  assert.equal(formatCountdown(125), '2 min 05 s');
  assert.equal(secondsLeft(10_000, 0), 10);
  assert.equal(secondsLeft(10_000, 9_001), 1);
  assert.equal(secondsLeft(10_000, 10_000), 0);
  assert.equal(secondsLeft(0, 5_000), 0);
});

test('the list says each run\'s outcome, refused ones included', () => {
  assert.equal(history.describe({ status: 'completed', outcome: 'timeout' }), 'Timed out');
  assert.equal(history.describe({ status: 'completed', outcome: 'success' }), 'Success');
  assert.equal(history.describe({ status: 'rejected', outcome: 'syntax_error' }), 'Not run: syntax error');
  assert.equal(history.describe({ status: 'rejected', outcome: 'forbidden_code' }), 'Not run: forbidden code');
  assert.equal(history.describe({ status: 'rejected', outcome: 'too_complex' }), 'Not run: too complex');
  assert.equal(history.describe({ status: 'rejected', outcome: 'http_418' }), 'Not run: refused');
  assert.equal(history.describe({ status: 'failed' }), 'Failed: the service could not run it');
  assert.equal(history.describe({ status: 'queued' }), 'result not seen');
  const a = history.localId();
  assert.match(a, /^local-[a-z0-9]+-[a-z0-9]+$/);
  assert.notEqual(a, history.localId());
});

test('hover text is escaped Markdown: a detail or exception message makes no link, image or markup', () => {
  // Every ASCII punctuation character is escaped, the harmless ones too; letters, digits and
  // spaces are not.
  assert.equal(markdownText('ZeroDivisionError: division by zero 2'), 'ZeroDivisionError\\: division by zero 2');
  assert.equal(markdownText('![x](http://e/) <b>*y*</b>'), '\\!\\[x\\]\\(http\\:\\/\\/e\\/\\) \\<b\\>\\*y\\*\\<\\/b\\>');
  assert.equal(markdownText('a\nb'), 'a\n\nb');
  assert.equal(markdownText('`code` _x_ #1'), '\\`code\\` \\_x\\_ \\#1');
});

test('CPU time and peak memory read as the kernel accounted them, or say they were not measured', () => {
  assert.equal(formatCpu(0), '0 ms');
  assert.equal(formatCpu(1012), '1012 ms');
  assert.equal(formatCpu(null), 'not measured');
  assert.equal(formatCpu(undefined), 'not measured');
  assert.equal(formatMemory(9 * 1024 * 1024 + 400 * 1024), '9.4 MiB');
  assert.equal(formatMemory(52428800), '50.0 MiB');
  assert.equal(formatMemory(512 * 1024), '512 KiB');
  assert.equal(formatMemory(null), 'not measured');
  assert.equal(formatMemory(undefined), 'not measured');
});

test('the test cases box: empty is no batch, a list of cases is one, anything else says what is wrong', () => {
  assert.deepEqual(parseTests('  '), { tests: null });
  assert.deepEqual(parseTests('[{"stdin": "1\\n", "expected_stdout": "2"}, {}]'), {
    tests: [{ stdin: '1\n', expected_stdout: '2' }, {}],
  });
  assert.match(parseTests('[').error, /not JSON/);
  assert.match(parseTests('[]').error, /list of cases/);
  assert.match(parseTests('{"stdin": ""}').error, /list of cases/);
  assert.match(parseTests('[{"stdin": 5}]').error, /case 1/);
  assert.match(parseTests('[{}, {"input": ""}]').error, /case 2/);
});

test('a batch\'s cases become rows with their verdict in words, and the summary a sentence', () => {
  const rows = caseRows([
    { verdict: 'accepted', exit_code: 0, duration_ms: 12, cpu_ms: 9, peak_memory_bytes: 16100000, stdout: '5\n' },
    { verdict: 'timeout', exit_code: null, duration_ms: 1000, cpu_ms: null, peak_memory_bytes: null, stdout: '' },
    { verdict: 'something_new', exit_code: 1 },
  ]);
  assert.deepEqual(rows[0], {
    number: '1', verdict: 'accepted', label: 'Accepted', passed: true, exit: '0',
    time: '12 ms', cpu: '9 ms', memory: '16.1 MB', stdout: '5\n',
  });
  assert.equal(rows[1].label, 'Timed out');
  assert.equal(rows[1].passed, false);
  assert.equal(rows[1].exit, '–');
  assert.equal(rows[1].memory, '–');
  assert.equal(rows[2].label, 'something_new');
  assert.equal(summaryText({ passed: 3, total: 4, first_failed: 1 }), '3 of 4 passed; the first failure is case 2');
  assert.equal(summaryText({ passed: 2, total: 2, first_failed: null }), '2 of 2 passed');
});

test('the runtime picker lists the service\'s runtimes, and python alone when it cannot', () => {
  const body = {
    runtimes: [
      { name: 'python', default: true, python_version: '3.11', available: true },
      { name: 'python-data', default: false, python_version: '3.11', available: false },
    ],
  };
  assert.deepEqual(runtimeChoices(body), [
    { name: 'python', label: 'python (Python 3.11)', selected: true, available: true },
    { name: 'python-data', label: 'python-data (Python 3.11, not served now)', selected: false, available: false },
  ]);
  const pythonOnly = [{ name: 'python', label: 'python', selected: true, available: true }];
  // The request failed (null), a body that is not the API's, an empty list, names that are not names.
  for (const bad of [null, undefined, {}, { runtimes: [] }, { runtimes: 'x' }, { runtimes: [{ name: '<b>x</b>' }, { name: 7 }] }]) {
    assert.deepEqual(runtimeChoices(bad), pythonOnly, JSON.stringify(bad));
  }
  // No default marked: python is selected; exactly one is selected.
  const picked = runtimeChoices({ runtimes: [{ name: 'python-data' }, { name: 'python' }] });
  assert.deepEqual(picked.map((c) => [c.name, c.selected]), [['python-data', false], ['python', true]]);
  const two = runtimeChoices({ runtimes: [{ name: 'a', default: true }, { name: 'b', default: true }] });
  assert.deepEqual(two.map((c) => c.selected), [true, false]);
});

test('input files: at most 16, 1 MiB in all, a name listed again replaces the first', () => {
  const f = (name, size) => ({ name, size });
  let { files, error } = addInputFiles([], [f('a.csv', 10), f('b.txt', 20)]);
  assert.equal(error, undefined);
  assert.deepEqual(files.map((x) => [x.path, x.size]), [['a.csv', 10], ['b.txt', 20]]);
  ({ files } = addInputFiles(files, [f('a.csv', 5)]));
  assert.deepEqual(files.map((x) => [x.path, x.size]), [['a.csv', 5], ['b.txt', 20]]);

  const sixteen = Array.from({ length: MAX_INPUT_FILES }, (_, i) => f(`f${i}`, 1));
  assert.equal(addInputFiles([], sixteen).files.length, 16);
  const over = addInputFiles(addInputFiles([], sixteen).files, [f('one-more', 1)]);
  assert.match(over.error, /At most 16 files/);
  assert.equal(over.files.length, 16, 'the list is left as it was');

  assert.equal(addInputFiles([], [f('full', MAX_INPUT_BYTES)]).error, undefined);
  const big = addInputFiles([f('x', 1)].map((x) => ({ ...x, path: 'x' })), [f('full', MAX_INPUT_BYTES)]);
  assert.match(big.error, /At most 1\.0 MiB of files/);
  assert.deepEqual(big.files.map((x) => x.path), ['x']);

  const bad = addInputFiles([], [f('..', 1)]);
  assert.match(bad.error, /cannot be sent/);
  assert.deepEqual(bad.files, []);
});

test('a browser file name is a job path only when the API takes it', () => {
  for (const good of ['data.csv', 'a b.txt', '..x', 'ünï.txt']) assert.equal(inputPath(good), good);
  for (const bad of ['', '.', '..', 'a/b', 'a\\b', 'a\u0000b', 'a\nb', 'a\u009bb', 'x'.repeat(256), null]) {
    assert.equal(inputPath(bad), null, JSON.stringify(bad));
  }
});

test('sizes and base64 both ways', () => {
  assert.equal(formatSize(0), '0 B');
  assert.equal(formatSize(1023), '1023 B');
  assert.equal(formatSize(1536), '1.5 KiB');
  assert.equal(formatSize(1024 * 1024), '1.0 MiB');
  assert.equal(formatSize(undefined), 'size unknown');
  const bytes = new Uint8Array(100000).map((_, i) => (i * 7) % 256);
  const text = bytesToBase64(bytes);
  assert.equal(text, Buffer.from(bytes).toString('base64'));
  assert.deepEqual(base64ToBytes(text), bytes);
  assert.equal(bytesToBase64(new Uint8Array([0xff, 0x00, 0x89])), '/wCJ');
  assert.equal(base64ToBytes('not base64!'), null);
});

test('only raster images are shown inline; SVG, HTML and the rest are downloads', () => {
  for (const t of ['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'IMAGE/PNG', ' image/png ']) {
    assert.equal(fileDisplay(t), 'inline', t);
  }
  for (const t of ['image/svg+xml', 'text/html', 'application/xhtml+xml', 'image/png; x=1', 'image/bmp',
    'text/plain', 'application/octet-stream', '', null, undefined, 7]) {
    assert.equal(fileDisplay(t), 'download', String(t));
  }
  assert.equal(imageDataUrl('image/png', 'iVBORw0KGgo='), 'data:image/png;base64,iVBORw0KGgo=');
  assert.equal(imageDataUrl('image/svg+xml', 'PHN2Zz4='), null);
  assert.equal(imageDataUrl('text/html', 'PGI+'), null);
  // Nothing but base64 reaches the URL.
  for (const content of ['abc"><script>', 'ab c', 'abc', 'a=bc', 'javascript:alert(1)', null]) {
    assert.equal(imageDataUrl('image/png', content), null, String(content));
  }
});

test('a download is named by the last part of its path, plain characters only', () => {
  assert.equal(downloadName('chart.png'), 'chart.png');
  assert.equal(downloadName('plots/2024/chart-1_a.png'), 'chart-1_a.png');
  assert.equal(downloadName('../../etc/passwd'), 'passwd');
  assert.equal(downloadName('..\\..\\evil.exe'), 'evil.exe');
  assert.equal(downloadName('.bashrc'), 'bashrc');
  assert.equal(downloadName('a b<script>.html'), 'a_b_script_.html');
  assert.equal(downloadName('résumé.pdf'), 'r_sum_.pdf');
  assert.equal(downloadName('a\u202egnp.exe'), 'a_gnp.exe');
  for (const nothing of ['', '..', '/', '...', '\u0000', undefined, '___']) assert.equal(downloadName(nothing), 'file', String(nothing));
  const long = downloadName(`${'x'.repeat(300)}.png`);
  assert.equal(long.length, 100);
  assert.ok(long.endsWith('.png'));
});

test('runtime refusals are named: an unknown runtime, and one no worker serves (a 503 that runs nothing)', () => {
  const unknown = describeRejection(400, { error: { code: 'unsupported_runtime', message: 'runtime "x" is not known' } }, null);
  assert.equal(unknown.headline, 'Not run: unknown runtime');
  assert.equal(unknown.transient, false);
  const down = describeRejection(503, { error: { code: 'runtime_unavailable', message: 'no worker' } }, '5');
  assert.equal(down.message, 'No worker runs this runtime at the moment: nothing was run, try again in 5 seconds.');
  assert.equal(down.transient, true);
});
