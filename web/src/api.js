// Talking to the api (docs/api.md; /openapi.json), with no DOM and no Monaco: everything here is plain data
// in, plain data out, so tests/unit.test.mjs checks it under Node.

/** Statuses after which a job never changes. */
export const TERMINAL = new Set(['completed', 'failed']);

/**
 * What the page shows for a refused `POST /jobs`: `{ message, problems, headline, kind, transient,
 * retryAfter }`. Each problem is `{ line, column, rule, detail, reason, hint }` (1-based, column
 * in characters as the api counts them; `reason` and `hint` are a violation's optional one-line
 * why and allowed way, null when the api does not send them) to be shown as an editor marker and
 * in the list. `kind` is the error code (or `http_<status>`), which the list of runs keeps.
 * `transient` answers (429, 503) said nothing about the code: the page keeps the previous
 * result on screen and they are not runs. `retryAfter` is the header's value in seconds, or null.
 */
export function describeRejection(status, body, retryAfter) {
  const error = (body && body.error) || {};
  const kind = typeof error.code === 'string' && error.code ? error.code : `http_${status}`;
  const described = describe(status, error, parseRetryAfter(retryAfter));
  const transient = status === 429 || status === 503;
  return {
    retryAfter: null,
    ...described,
    kind,
    transient,
    headline: REFUSALS[kind] ? `Not run: ${REFUSALS[kind]}` : 'Not run',
  };
}

/** An optional one-line string field of a violation: trimmed, or null when absent or empty. */
function optionalText(value) {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function describe(status, error, seconds) {
  const text = typeof error.message === 'string' ? error.message : '';
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
            reason: optionalText(v.reason),
            hint: optionalText(v.hint),
          })),
        };
      }
      if (error.code === 'syntax_error') {
        return {
          message: `Not run: syntax error on line ${error.line}.`,
          problems: [
            { line: error.line, column: error.column, rule: 'syntax-error', detail: text, reason: null, hint: null },
          ],
        };
      }
      return { message: `Not run: ${text || 'the code was refused.'}`, problems: [] };
    case 413:
      return { message: `Too large: ${text || 'the code or input is over the limit.'}`, problems: [] };
    case 429: {
      const when = seconds === null ? 'wait a little and try again' : `try again in ${plural(seconds, 'second')}`;
      const what = {
        storage_quota_exceeded:
          seconds === null
            ? 'This run alone is over the storage this server keeps per client'
            : 'Your stored jobs are at the storage this server keeps per client',
        too_many_connections: 'Too many connections from your address',
      }[error.code] || 'Too many submissions from your address in the last minute';
      return {
        message:
          error.code === 'storage_quota_exceeded' && seconds === null
            ? `${what}: nothing was run.`
            : `${what}: nothing was run, ${when}.`,
        problems: [],
        retryAfter: seconds,
      };
    }
    case 503: {
      const when = seconds === null ? 'shortly' : `in ${plural(seconds, 'second')}`;
      const what =
        {
          queue_full: 'The queue is full',
          runtime_unavailable: 'No worker runs this runtime at the moment',
          too_many_connections: 'The server has too many connections',
        }[error.code] || 'The service is unavailable';
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

/**
 * A result's CPU time (`cpu_ms`, the kernel's accounting of the job): `12 ms`; `not measured`
 * when the service could not measure it (null, or absent from an older service).
 */
export function formatCpu(ms) {
  return typeof ms === 'number' && ms >= 0 ? `${Math.round(ms)} ms` : 'not measured';
}

/**
 * A result's memory peak (`peak_memory_bytes`): `9.4 MiB` (binary units, as MEMORY_LIMIT and
 * `limits.memory_mb`), `512 KiB` below a MiB; `not measured` when null or absent.
 */
export function formatMemory(bytes) {
  if (typeof bytes !== 'number' || bytes < 0) return 'not measured';
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/** Human words for a result's outcome. */
export const OUTCOMES = {
  success: 'Success',
  runtime_error: 'Runtime error',
  timeout: 'Timed out',
  memory_limit: 'Memory limit exceeded',
};

/** Human words for a test case's verdict. */
export const VERDICTS = {
  accepted: 'Accepted',
  wrong_answer: 'Wrong answer',
  timeout: 'Timed out',
  memory_limit: 'Memory limit exceeded',
  runtime_error: 'Runtime error',
  completed: 'Completed',
};

/**
 * The "Test cases" box: empty (no batch), or a JSON list of cases, each `{"stdin",
 * "expected_stdout"}` (both optional strings). Returns `{ tests }` (null when empty) or
 * `{ error }` saying what is wrong, so that nothing is sent the server would refuse anyway.
 */
export function parseTests(text) {
  if (!text || !text.trim()) return { tests: null };
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: `Test cases: not JSON (${e.message}).` };
  }
  if (!Array.isArray(value) || value.length === 0) {
    return { error: 'Test cases: give a list of cases, like [{"stdin": "2 3\\n", "expected_stdout": "5"}].' };
  }
  for (const [i, c] of value.entries()) {
    const ok =
      c && typeof c === 'object' && !Array.isArray(c) &&
      Object.keys(c).every((k) => k === 'stdin' || k === 'expected_stdout') &&
      Object.values(c).every((v) => v === null || typeof v === 'string');
    if (!ok) return { error: `Test cases: case ${i + 1} must be {"stdin": "…", "expected_stdout": "…"} (strings).` };
  }
  return { tests: value };
}

/** The rows of the tests panel: one per case, the figures as the page shows them. */
export function caseRows(cases) {
  const ms = (n) => (n === null || n === undefined ? '–' : `${n} ms`);
  return cases.map((c, i) => ({
    number: String(i + 1),
    verdict: c.verdict,
    label: VERDICTS[c.verdict] || c.verdict,
    passed: c.verdict === 'accepted' || c.verdict === 'completed',
    exit: c.exit_code === null || c.exit_code === undefined ? '–' : String(c.exit_code),
    time: ms(c.duration_ms),
    cpu: ms(c.cpu_ms),
    memory: typeof c.peak_memory_bytes === 'number' ? `${(c.peak_memory_bytes / 1e6).toFixed(1)} MB` : '–',
    stdout: c.stdout || '',
  }));
}

/** "3 of 4 passed; the first failure is case 2", from a batch's `summary`. */
export function summaryText(summary) {
  const head = `${summary.passed} of ${summary.total} passed`;
  if (summary.first_failed === null || summary.first_failed === undefined) return head;
  return `${head}; the first failure is case ${summary.first_failed + 1}`;
}

/** What the page says about a `failed` job's error code. */
export function describeFailure(error) {
  const code = error && error.code;
  const reasons = {
    engine_unavailable: 'the container engine was unavailable',
    too_many_attempts: 'the workers running it kept stopping, and it was tried too many times',
    expired: 'no worker started it in time',
    internal: 'an internal error',
  };
  return `The service could not run this job: ${reasons[code] || (error && error.message) || 'unknown error'}.`;
}

/**
 * How long the next `GET /jobs/{id}?wait=` holds, by the job's last status. A poll ends early
 * only when the job is terminal, not when a worker starts it: while it is queued the page asks
 * every second so that "Running" is shown within a second of the start; once it runs, the
 * terminal notice ends the poll, so it may hold longer.
 */
export function nextWait(status) {
  return status === 'running' ? 5 : 1;
}

/** What the page calls each refusal code in its headline and in the list of runs. */
export const REFUSALS = {
  syntax_error: 'syntax error',
  forbidden_code: 'forbidden code',
  too_complex: 'too complex',
  code_too_large: 'code too large',
  payload_too_large: 'too large',
  invalid_request: 'invalid request',
  unsupported_language: 'unsupported language',
  unsupported_runtime: 'unknown runtime',
  unauthorized: 'API key required',
};

/**
 * The headline for a finished job: `{ tone, text }`, where `tone` is `ok` only for a success.
 * The time is the program's own (`duration_ms`, the same as the Duration beside the outcome),
 * not the round trip. Anything not known to be a success (an outcome this page does not know
 * included) is `bad`: the page never says a run went well when it did not.
 */
export function headline(job) {
  if (!job || job.status !== 'completed' || !job.result) {
    return { tone: 'bad', text: 'Failed: the service could not run it' };
  }
  const r = job.result;
  const time = formatElapsed(r.duration_ms);
  switch (r.outcome) {
    case 'success':
      return { tone: 'ok', text: `Succeeded in ${time}` };
    case 'runtime_error':
      return {
        tone: 'bad',
        text:
          typeof r.exit_code === 'number'
            ? `Runtime error: exit code ${exitCodeText(r.exit_code)} after ${time}`
            : `Runtime error after ${time}`,
      };
    case 'timeout':
      return { tone: 'bad', text: `Timed out: stopped at the time limit after ${time}` };
    case 'memory_limit':
      return { tone: 'bad', text: `Memory limit exceeded: stopped after ${time}` };
    default:
      return { tone: 'bad', text: `Ended with outcome "${r.outcome}" after ${time}` };
  }
}

/** `1`, `137 (signal 9)`: the engine reports death by signal N as 128+N. */
export function exitCodeText(code) {
  return code > 128 && code < 160 ? `${code} (signal ${code - 128})` : String(code);
}

/**
 * The place in `main.py` where a program that raised stopped, from its stderr: the launcher
 * prints CPython's traceback (`File "main.py", line N, in f`, the source line, 3.11's `~~^~~`
 * under the failing part, then `ZeroDivisionError: division by zero`). Returns `{ line, source,
 * caret, message, fn, callers }` for the innermost `main.py` frame of the last traceback in the
 * text (frames of library files are skipped; `callers` are the lines of the outer `main.py`
 * frames, outermost first), or null when there is none. `caret` is `{ start, end }`, 0-based
 * character offsets into `source` (the line as printed, without its indentation), or null.
 * `message` is the first line of the exception, or null when stderr was cut before it.
 */
export function parseTraceback(stderr, filename = 'main.py') {
  if (typeof stderr !== 'string') return null;
  const lines = stderr.split('\n');
  let start = -1;
  lines.forEach((l, i) => {
    if (/Traceback \(most recent call last\):\s*$/.test(l)) start = i;
  });
  if (start < 0) return null;
  // Frames of an exception group are printed inside a box of `|` and `+`.
  const framePattern = /^([\s|+]*)File "((?:[^"\\]|\\.)*)", line (\d+)(?:, in (.*))?$/;
  const frames = [];
  let message = null;
  for (let i = start + 1; i < lines.length; i += 1) {
    const m = framePattern.exec(lines[i]);
    if (m) {
      frames.push({ file: m[2], line: Number(m[3]), fn: m[4] ?? null, at: i, indent: m[1].length });
      continue;
    }
    if (frames.length === 0 || lines[i].trim() === '') continue;
    // Source and caret lines are indented deeper than their frame; the exception is not.
    const prefix = /^[\s|+]*/.exec(lines[i])[0].length;
    if (prefix < frames.at(-1).indent) {
      message = lines[i].slice(prefix);
      break;
    }
  }
  const own = frames.filter((f) => f.file === filename);
  if (own.length === 0) return null;
  const frame = own.at(-1);
  let source = null;
  let caret = null;
  const sourceLine = lines[frame.at + 1];
  if (sourceLine !== undefined && !framePattern.test(sourceLine)) {
    const indent = /^[\s|+]*/.exec(sourceLine)[0].length;
    if (indent > frame.indent && sourceLine.trim() !== '') {
      source = sourceLine.slice(indent);
      const caretLine = lines[frame.at + 2];
      if (caretLine !== undefined && /^[\s|+]*[~^]+\s*$/.test(caretLine)) {
        const first = caretLine.search(/[~^]/);
        const last = Math.max(caretLine.lastIndexOf('~'), caretLine.lastIndexOf('^'));
        if (first >= indent) caret = { start: first - indent, end: last + 1 - indent };
      }
    }
  }
  return {
    line: frame.line,
    fn: frame.fn,
    source,
    caret,
    message,
    callers: own.slice(0, -1).map((f) => f.line),
  };
}

/**
 * The marker's range on `lineText` (the editor's line) for a parsed traceback: the part under
 * the carets when the line is the one printed, else the line without its indentation.
 */
export function tracebackRange(lineText, tb) {
  const line = tb.line;
  const chars = Array.from(lineText);
  const indent = chars.length - Array.from(lineText.trimStart()).length;
  const body = lineText.trim();
  let from = indent;
  let to = indent + Array.from(body).length;
  if (tb.caret && tb.source !== null && tb.source.trim() === body) {
    from = indent + tb.caret.start;
    to = Math.min(indent + tb.caret.end, chars.length);
  }
  if (to <= from) to = from + 1;
  return {
    startLineNumber: line,
    startColumn: toEditorColumn(lineText, from + 1),
    endLineNumber: line,
    endColumn: toEditorColumn(lineText, to + 1),
  };
}

/** The text shown for a traceback's problem: where, in which function, and the exception. */
export function tracebackProblem(tb) {
  const where = [tb.fn && tb.fn !== '<module>' ? `in ${tb.fn}` : null]
    .concat(tb.callers.length ? [`called from line ${tb.callers.join(', ')}`] : [])
    .filter(Boolean)
    .join(', ');
  return {
    line: tb.line,
    column: null,
    rule: 'runtime-error',
    detail: tb.message || 'the program stopped here with an exception (its message was cut)',
    where,
  };
}

/** Seconds left as the Run button shows them: `17 s`, `60 s`, `2 min 05 s` from 100 s on. */
export function formatCountdown(seconds) {
  const s = Math.max(0, Math.ceil(seconds));
  if (s < 100) return `${s} s`;
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

/** Whole seconds from `now` until `until` (ms), rounded up, never below 0. */
export function secondsLeft(until, now) {
  return Math.max(0, Math.ceil((until - now) / 1000));
}

/**
 * `text` as Markdown that renders as exactly that text (Monaco's hover messages are Markdown):
 * every ASCII punctuation character backslash-escaped (CommonMark allows it for all of them), so
 * a violation's detail or a program's exception message cannot make a link, an image or markup;
 * each line its own paragraph.
 */
export function markdownText(text) {
  return String(text)
    .split('\n')
    .map((line) => line.replace(/[!-/:-@[-`{-~]/g, '\\$&'))
    .join('\n\n');
}

/** At most this many input files per job (the service's default `MAX_FILES`). */
export const MAX_INPUT_FILES = 16;
/** At most this many bytes of input files in all (the service's default `MAX_FILES_SIZE`). */
export const MAX_INPUT_BYTES = 1024 * 1024;

/**
 * The runtime picker's choices from `GET /runtimes`' body: `[{ name, label, selected }]`, the
 * service's default selected (else `python`). Anything else than a usable list — the request
 * failed (a service from before runtimes answers 404), the body is not the API's, or the list
 * is empty — gives `python` alone, so the page works against any service.
 */
export function runtimeChoices(body) {
  const list = body && Array.isArray(body.runtimes) ? body.runtimes : [];
  const choices = [];
  for (const r of list) {
    if (!r || typeof r.name !== 'string' || !/^[a-z0-9][a-z0-9._-]{0,63}$/.test(r.name)) continue;
    if (choices.some((c) => c.name === r.name)) continue;
    const version = typeof r.python_version === 'string' && r.python_version ? `Python ${r.python_version}` : '';
    const notes = [version, r.available === false ? 'not served now' : ''].filter(Boolean).join(', ');
    choices.push({ name: r.name, label: notes ? `${r.name} (${notes})` : r.name, selected: r.default === true, available: r.available !== false });
  }
  if (choices.length === 0) return [{ name: 'python', label: 'python', selected: true, available: true }];
  if (!choices.some((c) => c.selected)) {
    const python = choices.find((c) => c.name === 'python') || choices[0];
    python.selected = true;
  }
  // One selected, the first the service marked.
  let seen = false;
  for (const c of choices) {
    if (c.selected && seen) c.selected = false;
    if (c.selected) seen = true;
  }
  return choices;
}

/**
 * The list of input files after adding `incoming` (`[{ name, size, ... }]`, as File objects
 * have them) to `current`: `{ files }`, or `{ error }` and the list unchanged when the addition
 * would go past MAX_INPUT_FILES files or MAX_INPUT_BYTES in all, or a name cannot be a path in
 * the job. A file with the name of one already listed replaces it (paths are unique in a job).
 */
export function addInputFiles(current, incoming) {
  const files = current.slice();
  for (const file of incoming) {
    const name = inputPath(file.name);
    if (name === null) return { error: `“${String(file.name)}” cannot be sent: rename it (no “/”, “\\”, control characters, and not “.” or “..”).`, files: current };
    const entry = { ...file, path: name };
    const at = files.findIndex((f) => f.path === name);
    if (at >= 0) files[at] = entry;
    else files.push(entry);
  }
  if (files.length > MAX_INPUT_FILES) {
    return { error: `At most ${MAX_INPUT_FILES} files can be sent with a run; ${files.length} would be.`, files: current };
  }
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > MAX_INPUT_BYTES) {
    return {
      error: `At most ${formatSize(MAX_INPUT_BYTES)} of files can be sent with a run; these would be ${formatSize(total)}.`,
      files: current,
    };
  }
  return { files };
}

/** A browser file's name as the job's path: the name itself when the API takes it, else null. */
export function inputPath(name) {
  if (typeof name !== 'string' || name === '' || name === '.' || name === '..') return null;
  // eslint-disable-next-line no-control-regex
  if (/[/\\\u0000-\u001f\u007f-\u009f]/.test(name)) return null;
  if (new TextEncoder().encode(name).length > 255) return null;
  return name;
}

/** "0 B", "512 B", "1.5 KiB", "1.0 MiB" (binary units, as the limits). */
export function formatSize(bytes) {
  if (typeof bytes !== 'number' || !(bytes >= 0)) return 'size unknown';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

/** Bytes as base64 (btoa in chunks: one String.fromCharCode call per 32 KiB, not per byte). */
export function bytesToBase64(bytes) {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/**
 * The media types a result's file is shown inline as an image for. Raster formats only: an SVG
 * is a document that can hold script and links, HTML is one; those, and everything else, are
 * offered for download and never rendered.
 */
export const INLINE_IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** `inline` (an <img>) or `download` (a link), by a result file's media type. */
export function fileDisplay(mediaType) {
  const type = typeof mediaType === 'string' ? mediaType.trim().toLowerCase() : '';
  return INLINE_IMAGE_TYPES.has(type) ? 'inline' : 'download';
}

/**
 * The `data:` URL an inline image is shown from, built here from the file's base64 — or null
 * when the type is not one of INLINE_IMAGE_TYPES or the content is not plain base64 (nothing
 * but the alphabet and padding can then reach the URL).
 */
export function imageDataUrl(mediaType, contentBase64) {
  if (fileDisplay(mediaType) !== 'inline') return null;
  if (typeof contentBase64 !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(contentBase64) || contentBase64.length % 4 !== 0) {
    return null;
  }
  return `data:${mediaType.trim().toLowerCase()};base64,${contentBase64}`;
}

/** Base64 back to bytes, or null when it is not base64. */
export function base64ToBytes(text) {
  if (typeof text !== 'string') return null;
  let binary;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The name a downloaded result file is saved under: the last component of the program's path,
 * with only letters, digits, `.`, `_` and `-` kept (anything else becomes `_`), no leading
 * dot (no hidden file, no `..`), at most 100 characters with its extension kept; `file` when
 * nothing is left. The browser sanitises again; this keeps the name plain whatever it does.
 */
export function downloadName(path) {
  const last = String(path ?? '').split(/[/\\]/).pop();
  let name = last.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^[.]+/, '').replace(/_{2,}/g, '_');
  if (name.length > 100) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = name.slice(0, 100 - ext.length) + ext;
  }
  if (name === '' || /^[_.-]*$/.test(name)) return 'file';
  return name;
}
