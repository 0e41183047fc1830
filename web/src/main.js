// The page: a Monaco editor, a stdin box, a Run button, and the job's progress and result.
//
// Everything the server or the program sends is put in the page with `textContent` (never
// innerHTML): program output is text, so `<img src=x onerror=...>` printed by a program shows
// those characters and runs nothing. The CSP the api sends (script-src 'self') is the second
// line of defence.
import * as monaco from 'monaco-editor/editor/editor.api.js';
// Only the editor features this page uses, not all of editor.main.js (every language, the
// TypeScript service and its workers): the bundle stays a few MB instead of tens.
import 'monaco-editor/features/hover/register.js';
import 'monaco-editor/features/gotoError/register.js';
import 'monaco-editor/features/find/register.js';
import 'monaco-editor/features/comment/register.js';
import 'monaco-editor/features/bracketMatching/register.js';
import 'monaco-editor/features/clipboard/register.js';
import 'monaco-editor/features/contextmenu/register.js';
import 'monaco-editor/features/cursorUndo/register.js';
import 'monaco-editor/features/folding/register.js';
import 'monaco-editor/features/indentation/register.js';
import 'monaco-editor/features/linesOperations/register.js';
import 'monaco-editor/features/multicursor/register.js';
import 'monaco-editor/features/wordHighlighter/register.js';
import 'monaco-editor/features/wordOperations/register.js';
import 'monaco-editor/features/toggleTabFocusMode/register.js';
// Marks invisible and look-alike characters in code about to be run; computed in the worker.
import 'monaco-editor/features/unicodeHighlighter/register.js';
import 'monaco-editor/features/codicon/register.js';
import 'monaco-editor/languages/definitions/python/register.js';
import {
  OUTCOMES,
  TERMINAL,
  caseRows,
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
  parseTests,
  parseTraceback,
  secondsLeft,
  summaryText,
  tracebackProblem,
  tracebackRange,
} from './api.js';
import * as history from './history.js';
import './style.css';

// The editor worker is a same-origin file (see build.mjs), so the CSP allows it with
// worker-src 'self'; Monaco's default would create a blob: worker.
self.MonacoEnvironment = {
  getWorker: () => new Worker(new URL(__EDITOR_WORKER_URL__, document.baseURI), { name: 'editor' }),
};

const $ = (id) => document.getElementById(id);
const ui = {
  run: $('run'),
  notice: $('notice'),
  stdin: $('stdin'),
  tests: $('tests'),
  testsPanel: $('tests-panel'),
  testsSummary: $('tests-summary'),
  testsRows: $('tests-rows'),
  status: $('status'),
  message: $('message'),
  problems: $('problems'),
  problemList: $('problem-list'),
  problemsNote: $('problems-note'),
  summary: $('summary'),
  outcome: $('outcome'),
  exitCode: $('exit-code'),
  duration: $('duration'),
  cpuTime: $('cpu-time'),
  peakMemory: $('peak-memory'),
  stdout: $('stdout'),
  stderr: $('stderr'),
  stdoutTruncated: $('stdout-truncated'),
  stderrTruncated: $('stderr-truncated'),
  historyList: $('history-list'),
  historyEmpty: $('history-empty'),
  historyClear: $('history-clear'),
};

const SAMPLE = `# Edit me, then press Run (or Ctrl+Enter).
name = input("Your name? ")
print(f"Hello, {name}!")
print(sum(i * i for i in range(10)))
`;

const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
const editor = monaco.editor.create($('editor'), {
  value: SAMPLE,
  language: 'python',
  theme: dark ? 'vs-dark' : 'vs',
  ariaLabel: 'Python code',
  automaticLayout: true,
  minimap: { enabled: false },
  lineNumbersMinChars: 3,
  scrollBeyondLastLine: false,
  fontSize: 14,
  tabSize: 4,
  insertSpaces: true,
  fixedOverflowWidgets: true,
  // The margin where a problem's line gets its error icon (see showProblems).
  glyphMargin: true,
  wordWrap: 'off',
});
const model = editor.getModel();
const glyphs = editor.createDecorationsCollection();
ui.stdin.value = 'world';

// Ctrl/Cmd+Enter runs, in the editor (Monaco keybinding) and anywhere else on the page.
editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => run());
document.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !editor.hasTextFocus()) {
    event.preventDefault();
    run();
  }
});
ui.run.addEventListener('click', () => run());
ui.historyClear.addEventListener('click', () => {
  history.clear(localStorage);
  renderHistory([]);
});

let busy = false;
let timer = null;
// Until when (Date.now() ms) Run waits after a 429/503 with Retry-After, and its ticking.
let cooldownUntil = 0;
let cooldownTimer = null;
// The headline on screen, put back when an answer that ran nothing (429, 503, no connection)
// leaves the previous result up.
let shown = { state: 'idle', label: 'Not run yet.', tone: 'idle', outcome: null };

const BUSY_LABELS = { submitting: 'Sending…', queued: 'Queued…', running: 'Running…', loading: 'Loading…' };

async function run() {
  if (busy) return;
  if (secondsLeft(cooldownUntil, Date.now()) > 0) {
    ui.notice.hidden = false;
    return;
  }
  const code = editor.getValue();
  const stdin = ui.stdin.value;
  const testsText = ui.tests.value;
  const parsed = parseTests(testsText);
  if (parsed.error) {
    showNotice(parsed.error);
    return;
  }
  // Markers go on the code as it was run: not on an editor changed since (see showProblems).
  const version = model.getAlternativeVersionId();
  const before = shown;
  setBusy(true);
  hideNotice();
  const started = performance.now();
  setStatus('submitting', 'Submitting', 'busy', started);
  revealStatus();
  try {
    let response;
    try {
      response = await fetch('jobs', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(
          parsed.tests ? { code, language: 'python', tests: parsed.tests } : { code, language: 'python', stdin },
        ),
      });
    } catch {
      restoreStatus(before);
      showNotice('Cannot reach the server: nothing was run. Check the connection and try again.');
      return;
    }
    const body = await response.json().catch(() => null);
    if (response.status !== 202 || !body || typeof body.id !== 'string') {
      const rejection = describeRejection(response.status, body, response.headers.get('retry-after'));
      if (rejection.transient) {
        // Nothing was run and nothing was said about the code: the last result stays.
        restoreStatus(before);
        showNotice(rejection.message);
        if (rejection.retryAfter) startCooldown(rejection.retryAfter);
        return;
      }
      clearResult();
      setStatus('rejected', rejection.headline, 'bad');
      showMessage(rejection.message);
      showProblems(rejection.problems, version);
      renderHistory(
        history.record(localStorage, {
          id: history.localId(),
          at: Date.now(),
          code,
          stdin,
          status: 'rejected',
          outcome: rejection.kind,
          message: rejection.message,
          problems: rejection.problems,
        }),
      );
      return;
    }
    clearResult();
    const entry = { id: body.id, at: Date.now(), code, stdin, tests: testsText, status: 'queued' };
    renderHistory(history.record(localStorage, entry));
    setStatus('queued', 'Queued', 'busy', started);
    const job = await follow(body.id, started);
    if (job) {
      showJob(job, version);
      renderHistory(history.record(localStorage, { ...entry, status: job.status, outcome: job.result?.outcome }));
    }
  } finally {
    setBusy(false);
  }
}

/** Polls the job until it is terminal; the status line follows it. Null if polling gave up. */
async function follow(id, started) {
  let failures = 0;
  let status = 'queued';
  for (;;) {
    let response;
    try {
      response = await fetch(`jobs/${encodeURIComponent(id)}?wait=${nextWait(status)}`, { cache: 'no-store' });
    } catch {
      // A dropped connection while the job runs: try a few times before giving up.
      failures += 1;
      if (failures > 5) {
        fail('Lost the connection to the server while waiting for the result.');
        return null;
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
      continue;
    }
    failures = 0;
    if (response.status === 404) {
      fail('The job is gone: it expired or the server forgot it.');
      return null;
    }
    const job = await response.json().catch(() => null);
    if (!response.ok || !job) {
      fail(`Polling the job failed (HTTP ${response.status}).`);
      return null;
    }
    if (TERMINAL.has(job.status)) return job;
    if (job.status !== status) {
      status = job.status;
      setStatus(status, status === 'running' ? 'Running' : 'Queued', 'busy', started);
    }
    // The server did not hold this poll (this client holds its maximum of waiting polls):
    // pause instead of asking again at once, in a loop.
    if (response.headers.get('wait-limited') === 'true') {
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

/** A terminal job: its headline (by outcome), result, and a runtime error's place as a marker. */
function showJob(job, version) {
  const head = headline(job);
  if (job.status === 'failed') {
    setStatus('failed', head.text, head.tone);
    showMessage(describeFailure(job.error));
    return;
  }
  const r = job.result;
  setStatus('completed', head.text, head.tone, undefined, r.outcome);
  ui.summary.hidden = false;
  ui.summary.dataset.outcome = r.outcome;
  ui.outcome.textContent = OUTCOMES[r.outcome] || r.outcome;
  ui.exitCode.textContent = r.exit_code === null ? 'none (killed)' : exitCodeText(r.exit_code);
  ui.duration.textContent = `${r.duration_ms} ms`;
  ui.cpuTime.textContent = formatCpu(r.cpu_ms);
  ui.peakMemory.textContent = formatMemory(r.peak_memory_bytes);
  ui.stdout.textContent = r.stdout;
  ui.stderr.textContent = r.stderr;
  ui.stdoutTruncated.hidden = !r.stdout_truncated;
  ui.stderrTruncated.hidden = !r.stderr_truncated;
  if (Array.isArray(r.tests)) showTests(r);
  if (r.outcome === 'runtime_error' && !Array.isArray(r.tests)) {
    const tb = parseTraceback(r.stderr);
    if (tb) showProblems([{ ...tracebackProblem(tb), tb }], version);
  }
}

/** A batch's verdicts: the summary line and a row per case (text only, never markup). */
function showTests(r) {
  ui.testsSummary.textContent = r.summary ? summaryText(r.summary) : '';
  const rows = caseRows(r.tests).map((c) => {
    const tr = document.createElement('tr');
    tr.dataset.passed = String(c.passed);
    tr.dataset.verdict = c.verdict;
    for (const [text, cls] of [
      [c.number, ''], [c.label, 'verdict'], [c.exit, ''], [c.time, ''], [c.cpu, ''], [c.memory, ''],
      [c.stdout, 'case-stdout'],
    ]) {
      const td = document.createElement('td');
      td.textContent = text;
      if (cls) td.className = cls;
      tr.append(td);
    }
    return tr;
  });
  ui.testsRows.replaceChildren(...rows);
  ui.testsPanel.hidden = false;
}

/** The words of a problem in the list: where, then what. */
function problemLabel(p) {
  if (p.tb) return `Line ${p.line}${p.where ? ` (${p.where})` : ''}: ${p.detail}`;
  return `Line ${p.line}, column ${p.column}: ${p.rule} — ${p.detail}`;
}

/** The marker's hover: what, then why and the allowed way when the api says them. */
function markerMessage(p) {
  const lines = [p.tb ? `${p.detail}${p.where ? ` (${p.where})` : ''}` : `${p.rule}: ${p.detail}`];
  if (p.reason) lines.push(`Why: ${p.reason}`);
  if (p.hint) lines.push(`Instead: ${p.hint}`);
  return lines.join('\n');
}

/**
 * Lists the problems, each entry moving the cursor to its place, and marks them in the editor
 * when it still holds the code that was run (`version`); an editor changed since would put
 * the marks on the wrong text, so the list then says so instead.
 */
function showProblems(problems, version) {
  const current = model.getAlternativeVersionId() === version;
  const markers = [];
  const icons = [];
  ui.problemList.replaceChildren();
  for (const p of problems) {
    const line = Math.min(Math.max(1, p.line | 0), model.getLineCount());
    const lineText = model.getLineContent(line);
    const range = p.tb
      ? tracebackRange(lineText, { ...p.tb, line })
      : markerRange(lineText, line, Math.max(1, p.column | 0), p.detail);
    markers.push({
      ...range,
      severity: monaco.MarkerSeverity.Error,
      message: markerMessage(p),
      source: 'sandbox',
    });
    icons.push({
      range: new monaco.Range(line, 1, line, 1),
      options: {
        glyphMarginClassName: 'codicon codicon-error sandbox-glyph',
        glyphMarginHoverMessage: { value: markdownText(markerMessage(p)), isTrusted: false, supportHtml: false },
        stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
      },
    });
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link problem';
    button.textContent = problemLabel(p);
    button.addEventListener('click', () => {
      editor.setPosition({ lineNumber: range.startLineNumber, column: range.startColumn });
      editor.revealLineInCenter(range.startLineNumber);
      editor.focus();
    });
    item.append(button);
    for (const [cls, prefix, text] of [['reason', 'Why: ', p.reason], ['fix', 'Instead: ', p.hint]]) {
      if (!text) continue;
      const note = document.createElement('p');
      note.className = `problem-${cls}`;
      note.textContent = `${prefix}${text}`;
      item.append(note);
    }
    ui.problemList.append(item);
  }
  monaco.editor.setModelMarkers(model, 'sandbox', current ? markers : []);
  glyphs.set(current ? icons : []);
  ui.problemsNote.hidden = current || problems.length === 0;
  ui.problems.hidden = problems.length === 0;
}

function clearResult() {
  monaco.editor.setModelMarkers(model, 'sandbox', []);
  glyphs.clear();
  ui.problemList.replaceChildren();
  ui.problems.hidden = true;
  ui.problemsNote.hidden = true;
  ui.message.hidden = true;
  ui.message.textContent = '';
  ui.summary.hidden = true;
  ui.stdout.textContent = '';
  ui.stderr.textContent = '';
  ui.stdoutTruncated.hidden = true;
  ui.stderrTruncated.hidden = true;
  ui.testsPanel.hidden = true;
  ui.testsRows.replaceChildren();
}

function showMessage(text) {
  ui.message.textContent = text;
  ui.message.hidden = false;
}

/** A note beside Run for an answer that ran nothing; the result below is left as it was. */
function showNotice(text) {
  ui.notice.textContent = text;
  ui.notice.hidden = false;
}

function hideNotice() {
  ui.notice.hidden = true;
  ui.notice.textContent = '';
}

function fail(text) {
  setStatus('error', 'Error', 'bad');
  showMessage(text);
}

/**
 * The status line: `label` is announced to screen readers when the state changes; the elapsed
 * time beside it ticks without being announced (it is aria-hidden). `tone` (ok, bad, busy,
 * idle) is its colour; `outcome` a completed job's.
 */
function setStatus(state, label, tone, started, outcome = null) {
  clearInterval(timer);
  timer = null;
  ui.status.dataset.state = state;
  ui.status.dataset.tone = tone;
  if (outcome) ui.status.dataset.outcome = outcome;
  else delete ui.status.dataset.outcome;
  if (started === undefined) shown = { state, label, tone, outcome };
  if (busy) updateRun();
  const text = document.createElement('span');
  text.textContent = label;
  if (started === undefined) {
    ui.status.replaceChildren(text);
    return;
  }
  const clock = document.createElement('span');
  clock.className = 'elapsed';
  clock.setAttribute('aria-hidden', 'true');
  const tick = () => {
    clock.textContent = ` · ${formatElapsed(performance.now() - started)}`;
  };
  tick();
  ui.status.replaceChildren(text, clock);
  timer = setInterval(tick, 100);
}

function restoreStatus(before) {
  setStatus(before.state, before.label, before.tone, undefined, before.outcome);
}

/** On a narrow screen the result is below the editor: bring the status line into view. */
function revealStatus() {
  const box = ui.status.getBoundingClientRect();
  if (box.top < 0 || box.bottom > window.innerHeight) {
    ui.status.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
}

function setBusy(on) {
  busy = on;
  updateRun();
}

/**
 * The Run button says what it would do: what the current run is at while one is going, the
 * seconds left while the server asked to wait (Retry-After), else Run.
 */
function updateRun() {
  const left = secondsLeft(cooldownUntil, Date.now());
  // aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
  ui.run.setAttribute('aria-disabled', String(busy || left > 0));
  if (busy) ui.run.textContent = BUSY_LABELS[ui.status.dataset.state] || 'Running…';
  else if (left > 0) ui.run.textContent = `Run in ${formatCountdown(left)}`;
  else ui.run.textContent = 'Run';
}

/** Run waits `seconds`, counting down on the button, then works again and the notice goes. */
function startCooldown(seconds) {
  cooldownUntil = Date.now() + seconds * 1000;
  clearInterval(cooldownTimer);
  const tick = () => {
    if (secondsLeft(cooldownUntil, Date.now()) === 0) {
      clearInterval(cooldownTimer);
      cooldownTimer = null;
      cooldownUntil = 0;
      hideNotice();
    }
    updateRun();
  };
  cooldownTimer = setInterval(tick, 250);
  tick();
}

function renderHistory(runs) {
  ui.historyList.replaceChildren();
  for (const r of runs) {
    const item = document.createElement('li');
    item.dataset.status = r.status;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link';
    button.textContent = history.title(r.code);
    button.setAttribute('aria-label', `Load run: ${history.title(r.code)}`);
    button.addEventListener('click', () => load(r));
    const meta = document.createElement('span');
    meta.className = 'meta';
    const when = new Date(r.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    meta.textContent = ` ${when} · ${history.describe(r)}`;
    item.append(button, meta);
    ui.historyList.append(item);
  }
  ui.historyEmpty.hidden = runs.length > 0;
  ui.historyClear.hidden = runs.length === 0;
}

/**
 * Puts a past run back in the editor and shows its result: a refused run's from the list
 * itself, an accepted one's from the server while it still has it.
 */
async function load(run) {
  if (busy) return;
  editor.setValue(run.code);
  ui.stdin.value = run.stdin || '';
  ui.tests.value = run.tests || '';
  const version = model.getAlternativeVersionId();
  clearResult();
  if (run.status === 'rejected') {
    setStatus('rejected', `${history.describe(run)} (from the list of runs)`, 'bad');
    if (run.message) showMessage(run.message);
    showProblems(Array.isArray(run.problems) ? run.problems : [], version);
    return;
  }
  setStatus('loading', 'Loading the stored result', 'busy');
  try {
    const response = await fetch(`jobs/${encodeURIComponent(run.id)}`, { cache: 'no-store' });
    if (response.status === 404) {
      setStatus('idle', 'Loaded from history; the server no longer has its result.', 'idle');
      return;
    }
    const job = await response.json();
    if (TERMINAL.has(job.status)) {
      showJob(job, version);
    } else {
      setStatus('idle', `Loaded from history: still ${job.status} when loaded.`, 'idle');
    }
  } catch {
    setStatus('idle', 'Loaded from history; the server could not be reached for its result.', 'idle');
  }
}

renderHistory(history.load(localStorage));
