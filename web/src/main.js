// The page: a Monaco editor, a stdin box, a Run button, and the job's progress and result.
//
// Everything the server or the program sends is put in the page with `textContent` (never
// innerHTML): program output is text, so `<img src=x onerror=...>` printed by a program shows
// those characters and runs nothing. The CSP the api sends (script-src 'self') is the second
// line of defence. Files the program wrote to out/ are never parsed as markup either: PNG,
// JPEG, GIF and WebP are shown by an <img> whose data: URL this page builds from the base64
// (no other type, SVG included, is rendered), everything else is a download.
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
  addInputFiles,
  base64ToBytes,
  bytesToBase64,
  downloadName,
  fileDisplay,
  formatSize,
  imageDataUrl,
  runtimeChoices,
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
  runtime: $('runtime'),
  inputFiles: $('input-files'),
  inputFilesError: $('input-files-error'),
  inputFileList: $('input-file-list'),
  resultFiles: $('result-files'),
  resultFilesTruncated: $('result-files-truncated'),
  resultImages: $('result-images'),
  resultDownloads: $('result-downloads'),
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

// The input files chosen, as addInputFiles keeps them: `{ name, size, path, file }`.
let inputFiles = [];
// The blob: URLs of the result's download links, revoked when the result is cleared.
let objectUrls = [];

ui.inputFiles.addEventListener('change', () => {
  const incoming = Array.from(ui.inputFiles.files, (file) => ({ name: file.name, size: file.size, file }));
  // Cleared, so that choosing the same file again (changed since) fires `change` again.
  ui.inputFiles.value = '';
  const added = addInputFiles(inputFiles, incoming);
  showInputFilesError(added.error || null);
  inputFiles = added.files;
  renderInputFiles();
});

function showInputFilesError(text) {
  ui.inputFilesError.textContent = text || '';
  ui.inputFilesError.hidden = !text;
}

/** The chosen input files, each with its size and a button that removes it. */
function renderInputFiles() {
  ui.inputFileList.replaceChildren(
    ...inputFiles.map((f) => {
      const item = document.createElement('li');
      const name = document.createElement('span');
      name.textContent = f.path;
      const meta = document.createElement('span');
      meta.className = 'meta';
      meta.textContent = ` ${formatSize(f.size)} `;
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'link';
      remove.textContent = 'Remove';
      remove.setAttribute('aria-label', `Remove ${f.path}`);
      remove.addEventListener('click', () => {
        inputFiles = inputFiles.filter((g) => g !== f);
        showInputFilesError(null);
        renderInputFiles();
        ui.inputFiles.focus();
      });
      item.append(name, meta, remove);
      return item;
    }),
  );
}

/** The input files as `POST /jobs` takes them, read now (base64, whatever they hold). */
async function readInputFiles() {
  return Promise.all(
    inputFiles.map(async (f) => ({
      path: f.path,
      content: bytesToBase64(new Uint8Array(await f.file.arrayBuffer())),
      encoding: 'base64',
    })),
  );
}

/**
 * Fills the runtime picker from `GET /runtimes`. A service from before runtimes (404), one that
 * cannot be reached, or an answer that is not a list leaves `python` alone, selected.
 */
async function loadRuntimes() {
  let body = null;
  try {
    const response = await fetch('runtimes', { cache: 'no-store' });
    if (response.ok) body = await response.json();
  } catch {
    body = null;
  }
  const chosen = ui.runtime.value;
  const choices = runtimeChoices(body);
  ui.runtime.replaceChildren(
    ...choices.map((c) => {
      const option = document.createElement('option');
      option.value = c.name;
      option.textContent = c.label;
      option.selected = c.selected;
      return option;
    }),
  );
  // A choice made while the list was loading stands.
  if (chosen !== 'python' && choices.some((c) => c.name === chosen)) ui.runtime.value = chosen;
}

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
  const runtime = ui.runtime.value || 'python';
  // Markers go on the code as it was run: not on an editor changed since (see showProblems).
  const version = model.getAlternativeVersionId();
  const before = shown;
  setBusy(true);
  hideNotice();
  // Read while busy, so that a second Run meanwhile starts nothing.
  let files;
  try {
    files = await readInputFiles();
  } catch {
    setBusy(false);
    showNotice('An input file could not be read (moved or changed?): remove it and choose it again.');
    return;
  }
  // Sent only when they say something: a service from before runtimes and files refuses
  // fields it does not know, and `python` is every service's default.
  const extra = {
    ...(runtime !== 'python' ? { runtime } : {}),
    ...(files.length > 0 ? { files } : {}),
  };
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
          parsed.tests
            ? { code, language: 'python', tests: parsed.tests, ...extra }
            : { code, language: 'python', stdin, ...extra },
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
    const entry = { id: body.id, at: Date.now(), code, stdin, tests: testsText, runtime, status: 'queued' };
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
  showFiles(r);
  if (r.outcome === 'runtime_error' && !Array.isArray(r.tests)) {
    const tb = parseTraceback(r.stderr);
    if (tb) showProblems([{ ...tracebackProblem(tb), tb }], version);
  }
}

/**
 * The files the program left in out/: PNG, JPEG, GIF and WebP as images, every file (images
 * too) as a download link, and a note when the server returned only some of them.
 */
function showFiles(r) {
  const files = Array.isArray(r.files) ? r.files : [];
  if (files.length === 0 && !r.files_truncated) return;
  const figures = [];
  const links = [];
  for (const f of files) {
    const path = typeof f.path === 'string' ? f.path : '(no name)';
    const described = `${formatSize(f.size)}${typeof f.media_type === 'string' && f.media_type ? `, ${f.media_type}` : ''}`;
    // SECURITY: only a data: URL this page built from base64 of a raster type (imageDataUrl
    // refuses any other type and any other character), set as the src of an <img>: an image
    // cannot run script, and the program's bytes are never parsed as markup. The CSP's
    // `img-src 'self' data:` allows it without adding blob:.
    const url = fileDisplay(f.media_type) === 'inline' ? imageDataUrl(f.media_type, f.content_base64) : null;
    if (url) {
      const figure = document.createElement('figure');
      const img = document.createElement('img');
      img.alt = `${path}, an image the program wrote`;
      img.src = url;
      const caption = document.createElement('figcaption');
      caption.textContent = `${path} (${described})`;
      figure.append(img, caption);
      figures.push(figure);
    }
    const item = document.createElement('li');
    const bytes = base64ToBytes(f.content_base64);
    if (bytes) {
      // SECURITY: the Blob is typed application/octet-stream whatever the program called it,
      // so opening the link (rather than saving it) cannot render an HTML or SVG document in
      // this page's origin; `download` saves it under a plain base name.
      const blobUrl = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
      objectUrls.push(blobUrl);
      const link = document.createElement('a');
      link.href = blobUrl;
      link.download = downloadName(path);
      link.rel = 'noopener';
      link.textContent = path;
      item.append(link);
    } else {
      const name = document.createElement('span');
      name.textContent = `${path} (its content did not come back readable)`;
      item.append(name);
    }
    const meta = document.createElement('span');
    meta.className = 'meta';
    meta.textContent = ` ${described}`;
    item.append(meta);
    links.push(item);
  }
  ui.resultImages.replaceChildren(...figures);
  ui.resultDownloads.replaceChildren(...links);
  ui.resultFilesTruncated.hidden = !r.files_truncated;
  ui.resultFiles.hidden = false;
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
  ui.resultFiles.hidden = true;
  ui.resultFilesTruncated.hidden = true;
  ui.resultImages.replaceChildren();
  ui.resultDownloads.replaceChildren();
  for (const url of objectUrls) URL.revokeObjectURL(url);
  objectUrls = [];
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
  if (run.runtime && Array.from(ui.runtime.options).some((o) => o.value === run.runtime)) ui.runtime.value = run.runtime;
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
loadRuntimes();
