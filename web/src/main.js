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
  describeFailure,
  describeRejection,
  formatElapsed,
  markerRange,
  nextWait,
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
  stdin: $('stdin'),
  status: $('status'),
  message: $('message'),
  problems: $('problems'),
  problemList: $('problem-list'),
  summary: $('summary'),
  outcome: $('outcome'),
  exitCode: $('exit-code'),
  duration: $('duration'),
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
  wordWrap: 'off',
});
const model = editor.getModel();
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

async function run() {
  if (busy) return;
  const code = editor.getValue();
  const stdin = ui.stdin.value;
  setBusy(true);
  clearResult();
  const started = performance.now();
  setStatus('submitting', 'Submitting', started);
  revealStatus();
  try {
    let response;
    try {
      response = await fetch('jobs', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code, language: 'python', stdin }),
      });
    } catch {
      return fail('Cannot reach the server: check the connection and try again.');
    }
    const body = await response.json().catch(() => null);
    if (response.status !== 202 || !body || typeof body.id !== 'string') {
      const rejection = describeRejection(response.status, body, response.headers.get('retry-after'));
      showProblems(rejection.problems);
      setStatus('rejected', 'Not run');
      showMessage(rejection.message);
      return;
    }
    const entry = { id: body.id, at: Date.now(), code, stdin, status: 'queued' };
    renderHistory(history.record(localStorage, entry));
    setStatus('queued', 'Queued', started);
    const job = await follow(body.id, started);
    if (job) {
      showJob(job, started);
      renderHistory(history.record(localStorage, { ...entry, status: job.status, outcome: job.result?.outcome }));
    }
  } finally {
    setBusy(false);
  }
}

/** Polls the job until it is terminal; the status line follows it. Null if polling gave up. */
async function follow(id, started) {
  let failures = 0;
  for (;;) {
    const wait = nextWait(performance.now() - started);
    let response;
    try {
      response = await fetch(`jobs/${encodeURIComponent(id)}?wait=${wait}`, { cache: 'no-store' });
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
    setStatus(job.status, job.status === 'running' ? 'Running' : 'Queued', started);
    // The server did not hold this poll (this client holds its maximum of waiting polls):
    // pause instead of asking again at once, in a loop.
    if (response.headers.get('wait-limited') === 'true') {
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

function showJob(job, started) {
  const elapsed = started === undefined ? '' : ` in ${formatElapsed(performance.now() - started)}`;
  if (job.status === 'failed') {
    setStatus('failed', `Failed${elapsed}`);
    showMessage(describeFailure(job.error));
    return;
  }
  const r = job.result;
  setStatus('completed', `Completed${elapsed}`);
  ui.summary.hidden = false;
  ui.summary.dataset.outcome = r.outcome;
  ui.outcome.textContent = OUTCOMES[r.outcome] || r.outcome;
  ui.exitCode.textContent = r.exit_code === null ? 'none (killed)' : String(r.exit_code);
  ui.duration.textContent = `${r.duration_ms} ms`;
  ui.stdout.textContent = r.stdout;
  ui.stderr.textContent = r.stderr;
  ui.stdoutTruncated.hidden = !r.stdout_truncated;
  ui.stderrTruncated.hidden = !r.stderr_truncated;
}

function showProblems(problems) {
  const markers = [];
  ui.problemList.replaceChildren();
  for (const p of problems) {
    const line = Math.min(Math.max(1, p.line | 0), model.getLineCount());
    const range = markerRange(model.getLineContent(line), line, Math.max(1, p.column | 0), p.detail);
    markers.push({
      ...range,
      severity: monaco.MarkerSeverity.Error,
      message: `${p.rule}: ${p.detail}`,
      source: 'sandbox',
    });
    // Each entry moves the cursor to its problem, so the list works from the keyboard.
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link problem';
    button.textContent = `Line ${p.line}, column ${p.column}: ${p.rule} — ${p.detail}`;
    button.addEventListener('click', () => {
      editor.setPosition({ lineNumber: range.startLineNumber, column: range.startColumn });
      editor.revealLineInCenter(range.startLineNumber);
      editor.focus();
    });
    item.append(button);
    ui.problemList.append(item);
  }
  monaco.editor.setModelMarkers(model, 'sandbox', markers);
  ui.problems.hidden = problems.length === 0;
}

function clearResult() {
  monaco.editor.setModelMarkers(model, 'sandbox', []);
  ui.problemList.replaceChildren();
  ui.problems.hidden = true;
  ui.message.hidden = true;
  ui.message.textContent = '';
  ui.summary.hidden = true;
  ui.stdout.textContent = '';
  ui.stderr.textContent = '';
  ui.stdoutTruncated.hidden = true;
  ui.stderrTruncated.hidden = true;
}

function showMessage(text) {
  ui.message.textContent = text;
  ui.message.hidden = false;
}

function fail(text) {
  setStatus('error', 'Error');
  showMessage(text);
}

/**
 * The status line: `label` is announced to screen readers when the state changes; the elapsed
 * time beside it ticks without being announced (it is aria-hidden).
 */
function setStatus(state, label, started) {
  clearInterval(timer);
  timer = null;
  ui.status.dataset.state = state;
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

/** On a narrow screen the result is below the editor: bring the status line into view. */
function revealStatus() {
  const box = ui.status.getBoundingClientRect();
  if (box.top < 0 || box.bottom > window.innerHeight) {
    ui.status.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }
}

function setBusy(on) {
  busy = on;
  // aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
  ui.run.setAttribute('aria-disabled', String(on));
  ui.run.textContent = on ? 'Running…' : 'Run';
}

function renderHistory(runs) {
  ui.historyList.replaceChildren();
  for (const r of runs) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'link';
    button.textContent = history.title(r.code);
    button.setAttribute('aria-label', `Load run: ${history.title(r.code)}`);
    button.addEventListener('click', () => load(r));
    const meta = document.createElement('span');
    meta.className = 'meta';
    const when = new Date(r.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    meta.textContent = ` ${when} · ${r.outcome ? OUTCOMES[r.outcome] || r.outcome : r.status}`;
    item.append(button, meta);
    ui.historyList.append(item);
  }
  ui.historyEmpty.hidden = runs.length > 0;
  ui.historyClear.hidden = runs.length === 0;
}

/** Puts a past run back in the editor and shows its result while the server still has it. */
async function load(run) {
  if (busy) return;
  editor.setValue(run.code);
  ui.stdin.value = run.stdin || '';
  clearResult();
  setStatus('loading', 'Loading the stored result');
  try {
    const response = await fetch(`jobs/${encodeURIComponent(run.id)}`, { cache: 'no-store' });
    if (response.status === 404) {
      setStatus('idle', 'Loaded from history; the server no longer has its result.');
      return;
    }
    const job = await response.json();
    if (TERMINAL.has(job.status)) {
      showJob(job);
    } else {
      setStatus(job.status, `Loaded from history: still ${job.status}.`);
    }
  } catch {
    setStatus('idle', 'Loaded from history; the server could not be reached for its result.');
  }
}

renderHistory(history.load(localStorage));
