// The web UI in a real browser (Debian's Chromium through playwright-core) against a real api,
// worker, Redis and Docker engine. Run by scripts/test.sh after `scripts/setup.sh` has built the
// release binaries and web/dist. Writes target/ui-screenshot.png (a completed run),
// target/ui-screenshot-phone.png (the same page at phone width), target/ui-timeout.png (a run
// stopped at the time limit), target/ui-refusal-hint.png (a refusal with its reason and hint)
// target/ui-result-files.png (a stubbed result's files: an image, downloads, the truncation note)
// and target/ui-output-image.png (a PNG the program wrote to out/, shown inline).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { readFile } from 'node:fs/promises';
import * as zlibFns from 'node:zlib';
import { repo, startBrowser, startStack } from './stack.mjs';

let stack;
let browser;

before(async () => {
  stack = await startStack();
  browser = await startBrowser();
});

after(async () => {
  await browser?.close();
  await stack?.stop();
});

/**
 * A fresh page on the UI, which fails the test on any script error or any Content-Security-
 * Policy violation (so the policy is shown to let Monaco work, not only to be sent).
 */
async function openPage(t, base = stack.base, beforeLoad = null) {
  const page = await browser.context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content.Security.Policy|Refused to/i.test(m.text())) {
      problems.push(`console: ${m.text()}`);
    }
  });
  let dialogs = 0;
  page.on('dialog', async (d) => {
    dialogs += 1;
    problems.push(`a dialog fired: ${d.type()} ${d.message()}`);
    await d.dismiss();
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  // Routes the page must meet from its first request on (GET /runtimes is asked at load).
  if (beforeLoad) await beforeLoad(page);
  const response = await page.goto(base + '/');
  assert.equal(response.status(), 200);
  await page.locator('.monaco-editor .view-lines').waitFor();
  t.after(async () => {
    const violations = await page.evaluate(() => window.__violations).catch(() => []);
    await page.close();
    assert.deepEqual([...problems, ...violations.map((v) => `CSP violation: ${v}`)], []);
  });
  page.dialogs = () => dialogs;
  return page;
}

/** Replaces the editor's text by typing it, line by line, as a person would. */
async function typeCode(page, lines) {
  const editor = page.getByRole('textbox', { name: 'Python code' });
  await editor.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  for (const [i, line] of lines.entries()) {
    if (i > 0) await page.keyboard.press('Enter');
    await page.keyboard.type(line);
  }
}

async function runAndWait(page, how = 'button') {
  if (how === 'button') {
    await page.getByRole('button', { name: 'Run', exact: true }).click();
  } else {
    await page.keyboard.press('Control+Enter');
  }
  await page.locator('#status[data-state="completed"], #status[data-state="rejected"], #status[data-state="failed"], #status[data-state="error"]').waitFor({ timeout: 60_000 });
}

/**
 * Clicks Run for an answer that runs nothing (429, 503, no connection): the notice beside Run
 * appears (run() hides it before it sends anything) and the status is back from "Submitting".
 */
async function runTransient(page) {
  await page.locator('#run').click();
  await page.locator('#notice').waitFor({ state: 'visible', timeout: 30_000 });
  await page.locator('#status:not([data-state="submitting"])').waitFor();
}

/** The status line's colour, named by the page's own variables: ok, bad, busy (or the colour). */
async function statusColour(page) {
  return page.evaluate(() => {
    const colour = (value) => {
      const probe = document.createElement('span');
      probe.style.color = value;
      document.body.append(probe);
      const c = getComputedStyle(probe).color;
      probe.remove();
      return c;
    };
    const c = getComputedStyle(document.getElementById('status')).color;
    const names = { ok: colour('var(--ok)'), bad: colour('var(--bad)'), busy: colour('var(--warn)') };
    return Object.keys(names).find((k) => names[k] === c) || c;
  });
}

/**
 * The locator's box once the page has stopped moving: two readings 100 ms apart agree. Run is
 * below the fold since the test-cases box came, so clicking it scrolls the page, and the UI may
 * scroll the status into view smoothly after a run; a box read mid-scroll is not where the
 * element ends up, and a mouse moved there hovers something else.
 */
async function settledBox(locator) {
  let box = await locator.boundingBox();
  for (let i = 0; i < 50; i += 1) {
    await new Promise((r) => setTimeout(r, 100));
    const next = await locator.boundingBox();
    if (next && box && next.x === box.x && next.y === box.y && next.width === box.width) {
      return next;
    }
    box = next;
  }
  return box;
}

/** Moves the mouse onto the first error squiggle and waits for a hover with `text`. */
async function hoverMarker(page, text) {
  const squiggle = page.locator('.monaco-editor .squiggly-error').first();
  await squiggle.waitFor();
  const box = await settledBox(squiggle);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: text });
  await hover.first().waitFor({ timeout: 10_000 });
  return hover.first();
}

/** The editor line (1-based, from the top: no test scrolls the editor) under the first squiggle. */
async function squiggleLine(page) {
  const squiggle = page.locator('.monaco-editor .squiggly-error').first();
  await squiggle.waitFor();
  const box = await settledBox(squiggle);
  const middle = box.y + box.height / 2;
  const tops = [];
  for (const line of await page.locator('.monaco-editor .view-line').all()) {
    const b = await line.boundingBox();
    tops.push([b.y, b.y + b.height]);
  }
  tops.sort((a, b) => a[0] - b[0]);
  const index = tops.findIndex(([top, bottom]) => middle >= top && middle < bottom);
  return index < 0 ? null : index + 1;
}

test('type code, feed stdin, run with Ctrl+Enter: stdout, outcome, exit code, duration', async (t) => {
  const page = await openPage(t);
  await typeCode(page, ['name = input()', 'print("hello", name)', 'print(sum(range(10)))']);
  await page.getByLabel('Standard input').fill('sandbox');
  // Ctrl+Enter from inside the editor (Monaco's keybinding).
  await page.getByRole('textbox', { name: 'Python code' }).focus();
  await runAndWait(page, 'keyboard');
  assert.match(await page.locator('#status').textContent(), /^Succeeded in \d+\.\d s$/);
  assert.equal(await statusColour(page), 'ok');
  assert.equal(await page.locator('#stdout').textContent(), 'hello sandbox\n45\n');
  assert.equal(await page.locator('#stderr').textContent(), '');
  assert.equal(await page.locator('#outcome').textContent(), 'Success');
  assert.equal(await page.locator('#exit-code').textContent(), '0');
  assert.match(await page.locator('#duration').textContent(), /^\d+ ms$/);
  // Beside the duration, the kernel's accounting of the run: a few ms of CPU, and a peak of
  // at least the interpreter's own ~9 MiB and at most the 100 MiB limit.
  assert.match(await page.locator('#cpu-time').textContent(), /^\d+ ms$/);
  const peak = await page.locator('#peak-memory').textContent();
  assert.match(peak, /^\d+\.\d MiB$/);
  const mib = Number.parseFloat(peak);
  assert.ok(mib >= 5 && mib <= 100, `peak ${peak}`);
  assert.ok(await page.locator('#stdout-truncated').isHidden());

  const file = path.join(repo, 'target/ui-screenshot.png');
  await page.screenshot({ path: file, fullPage: true });
  console.log(`screenshot of a completed run: ${file}`);
});

test('the status moves queued → running → completed, Running shown, with the elapsed time ticking', async (t) => {
  const page = await openPage(t);
  await typeCode(page, ['import time', 'time.sleep(2.5)', 'print("done")']);
  await page.evaluate(() => {
    window.__states = [];
    window.__clock = [];
    window.__labels = [];
    const status = document.getElementById('status');
    const run = document.getElementById('run');
    new MutationObserver(() => {
      const state = status.dataset.state;
      if (window.__states.at(-1) !== state) {
        window.__states.push(state);
        window.__labels.push([status.firstChild?.textContent, run.textContent]);
      }
      const clock = status.querySelector('.elapsed');
      if (clock) window.__clock.push(clock.textContent);
    }).observe(status, { attributes: true, childList: true, subtree: true, characterData: true });
  });
  await runAndWait(page);
  const states = await page.evaluate(() => window.__states);
  const clock = await page.evaluate(() => window.__clock);
  const labels = await page.evaluate(() => window.__labels);
  // While the worker ran it, the page said so, in the status and on the button.
  assert.ok(
    labels.some(([status, button]) => status === 'Running' && button === 'Running…'),
    `labels seen: ${JSON.stringify(labels)}`,
  );
  assert.ok(
    labels.some(([status, button]) => status === 'Queued' && button === 'Queued…'),
    `labels seen: ${JSON.stringify(labels)}`,
  );
  assert.deepEqual(
    states.filter((s) => s !== 'submitting'),
    ['queued', 'running', 'completed'],
    `states seen: ${states}`,
  );
  // The clock ticked while the job ran: more than a dozen distinct readings over 2.5 s.
  assert.ok(new Set(clock).size > 12, `elapsed readings: ${clock.join(',')}`);
  assert.equal(await page.locator('#stdout').textContent(), 'done\n');
  const duration = Number.parseInt(await page.locator('#duration').textContent(), 10);
  assert.ok(duration >= 2500, `duration ${duration} ms`);
  // A sleep costs next to no CPU: far below its 2.5 s of wall time.
  const cpu = Number.parseInt(await page.locator('#cpu-time').textContent(), 10);
  assert.ok(cpu < 1000, `cpu ${cpu} ms for a 2.5 s sleep`);
});

test('stderr, a non-zero exit and truncation are shown', async (t) => {
  const page = await openPage(t);
  // (sys is a forbidden module: SystemExit with a message writes it to stderr and exits 1.)
  await typeCode(page, ['print("x" * 200000)', 'raise SystemExit("bad things")']);
  await runAndWait(page);
  assert.equal(await page.locator('#outcome').textContent(), 'Runtime error');
  assert.match(await page.locator('#status').textContent(), /^Runtime error: exit code 1 after \d+\.\d s$/);
  assert.equal(await statusColour(page), 'bad');
  assert.equal(await page.locator('#exit-code').textContent(), '1');
  assert.equal(await page.locator('#stderr').textContent(), 'bad things\n');
  // No traceback (SystemExit prints its message only): nothing to mark.
  assert.ok(await page.locator('#problems').isHidden());
  assert.ok(await page.locator('#stdout-truncated').isVisible(), 'stdout marked truncated');
  assert.ok(await page.locator('#stderr-truncated').isHidden());
  assert.equal((await page.locator('#stdout').textContent()).length, 102400);
});

test('a forbidden import is a marker at its line and column, with rule and detail on hover and in the list', async (t) => {
  const page = await openPage(t);
  await typeCode(page, ['x = 1', 'import os', 'print(os.getcwd())']);
  await runAndWait(page);
  assert.equal(await page.locator('#status').textContent(), 'Not run: forbidden code');
  assert.equal(await statusColour(page), 'bad');
  assert.ok(await page.locator('#summary').isHidden(), 'no outcome shown for a job that did not run');
  const items = await page.locator('#problem-list li button').allTextContents();
  assert.ok(
    items.includes('Line 2, column 8: forbidden-import — os'),
    `problems listed: ${JSON.stringify(items)}`,
  );
  assert.match(await page.locator('#message').textContent(), /forbids/);
  // The squiggle is on line 2 (Monaco draws markers as decorations in the view).
  const squiggle = page.locator('.monaco-editor .squiggly-error').first();
  await squiggle.waitFor();
  const box = await settledBox(squiggle);
  const lineTop = await page.locator('.monaco-editor .view-line').nth(1).boundingBox();
  assert.ok(Math.abs(box.y - lineTop.y) < 4, `marker at y=${box.y}, line 2 at y=${lineTop.y}`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 'forbidden-import: os' });
  await hover.first().waitFor({ timeout: 10_000 });
  // The list entry moves the cursor to the problem.
  await page.locator('#problem-list button').first().click();
  assert.ok(await page.getByRole('textbox', { name: 'Python code' }).evaluate((e) => e === document.activeElement));
});

test('a syntax error is a marker too', async (t) => {
  const page = await openPage(t);
  await typeCode(page, ['print("ok")', 'def f(:']);
  await runAndWait(page);
  const items = await page.locator('#problem-list li button').allTextContents();
  assert.equal(items.length, 1, JSON.stringify(items));
  assert.equal(await page.locator('#status').textContent(), 'Not run: syntax error');
  assert.match(items[0], /^Line 2, column \d+: syntax-error — /);
  await page.locator('.monaco-editor .squiggly-error').first().waitFor();
});

test('an invisible character is marked, by Monaco\'s worker started under the CSP', async (t) => {
  const page = await openPage(t);
  const workers = [];
  page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
  await typeCode(page, ['x = 1']);
  await page.keyboard.press('Enter');
  // A zero-width space inside an identifier-looking string: Monaco's unicode highlighter runs in
  // the editor worker, so this fails if the worker cannot start.
  await page.keyboard.insertText('name = "ad\u200bmin"');
  await page.locator('.monaco-editor .unicode-highlight').first().waitFor({ timeout: 10_000 });
  assert.equal(workers.length, 1, `workers: ${workers}`);
  assert.match(workers[0], /^\/assets\/editor\.worker-[A-Z0-9]+\.js$/);
});

test('a program printing markup shows the characters and runs nothing', async (t) => {
  const page = await openPage(t);
  const payload = '<img src=x onerror=alert(1)>';
  await typeCode(page, [`print("${payload}")`, 'raise SystemExit("<script>alert(2)</script>")']);
  await runAndWait(page);
  assert.equal(await page.locator('#stdout').textContent(), `${payload}\n`);
  assert.equal(await page.locator('#stderr').textContent(), '<script>alert(2)</script>\n');
  assert.equal(await page.locator('#results img, #results script').count(), 0);
  // Give an onerror handler, had one been created, time to fire.
  await page.waitForTimeout(500);
  assert.equal(page.dialogs(), 0);
});

test('413 is a refusal: a message, and the run is listed', async (t) => {
  const page = await openPage(t);
  // The api's real 413 for code needs 64 KiB typed; the page's handling of it is what is tested.
  await page.route('**/jobs', (route) =>
    route.fulfill({
      status: 413,
      contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'code_too_large', message: 'code is over 65536 bytes' } }),
    }),
  );
  await runAndWait(page);
  await page.unroute('**/jobs');
  assert.match(await page.locator('#message').textContent(), /^Too large: code is over 65536 bytes/);
  assert.equal(await page.locator('#status').textContent(), 'Not run: code too large');
  assert.equal(await page.locator('#problem-list li').count(), 0);
  // And a real 413 from the api: stdin over MAX_STDIN_SIZE.
  await page.getByLabel('Standard input').fill('x'.repeat(70_000));
  await runAndWait(page);
  assert.match(await page.locator('#message').textContent(), /^Too large: /);
  assert.equal(await page.locator('#status').textContent(), 'Not run: too large');
  assert.equal(await page.locator('#history-list li .meta').first().textContent().then((m) => m.split(' · ')[1]), 'Not run: too large');
});

test('503, a lost connection and a 429 run nothing: the last result stays, Run counts down and works again', async (t) => {
  const page = await openPage(t);
  await typeCode(page, ['print("kept")']);
  await runAndWait(page);
  const headlineText = await page.locator('#status').textContent();
  assert.match(headlineText, /^Succeeded in /);
  const listed = await page.locator('#history-list li').count();
  const kept = async (what) => {
    assert.equal(await page.locator('#stdout').textContent(), 'kept\n', what);
    assert.equal(await page.locator('#status').textContent(), headlineText, what);
    assert.equal(await statusColour(page), 'ok', what);
    assert.equal(await page.locator('#history-list li').count(), listed, `${what}: not listed as a run`);
  };
  const answer = (status, headers, error) => (route) =>
    route.fulfill({ status, headers, contentType: 'application/json', body: JSON.stringify({ error }) });

  await page.route('**/jobs', answer(503, {}, { code: 'unavailable', message: 'queue down' }), { times: 1 });
  await runTransient(page);
  assert.match(await page.locator('#notice').textContent(), /^The service is unavailable: nothing was run, try again shortly\.$/);
  await kept('503 unavailable');
  assert.equal(await page.locator('#run').textContent(), 'Run');

  await page.route('**/jobs', (route) => route.abort('connectionrefused'), { times: 1 });
  await runTransient(page);
  assert.match(await page.locator('#notice').textContent(), /^Cannot reach the server: nothing was run/);
  await kept('no connection');

  // Retry-After: the button counts down, refuses to run meanwhile, and works again at zero.
  await page.route('**/jobs', answer(429, { 'retry-after': '3' }, { code: 'rate_limited', message: 'm' }), { times: 1 });
  await runTransient(page);
  assert.match(await page.locator('#notice').textContent(), /^Too many submissions from your address in the last minute: nothing was run, try again in 3 seconds\.$/);
  await kept('429');
  const run = page.locator('#run');
  assert.match(await run.textContent(), /^Run in [1-3] s$/);
  assert.equal(await run.getAttribute('aria-disabled'), 'true');
  await page.locator('#run[aria-disabled="false"]').waitFor({ timeout: 10_000 });
  assert.equal(await run.textContent(), 'Run');
  assert.ok(await page.locator('#notice').isHidden(), 'the notice goes when Run works again');
  await typeCode(page, ['print("again")']);
  await runAndWait(page);
  assert.equal(await page.locator('#stdout').textContent(), 'again\n');
});

test('keyboard only: Tab reaches the runtime, stdin, the test cases, the input files and Run, Ctrl+Enter runs from the stdin box', async (t) => {
  const page = await openPage(t);
  // Ctrl+M makes Tab leave the editor (Monaco's tab focus mode), as the page's hint says.
  await page.getByRole('textbox', { name: 'Python code' }).focus();
  await page.keyboard.press('Control+M');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'runtime');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'stdin');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('typed by keyboard');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tests');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'input-files');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'run');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'stdin');
  await page.keyboard.press('Control+Enter');
  await page.locator('#status[data-state="completed"]').waitFor({ timeout: 60_000 });
  // The sample program reads a name from stdin.
  assert.match(await page.locator('#stdout').textContent(), /Hello, typed by keyboard!/);
});

test('the last runs are listed, survive a reload, and load back', async (t) => {
  const page = await openPage(t);
  const titles = await page.locator('#history-list li button').allTextContents();
  assert.ok(titles.length >= 3, `runs listed: ${JSON.stringify(titles)}`);
  assert.ok(titles.includes('print("<img src=x onerror=alert(1)>")'), JSON.stringify(titles));
  await page.locator('#history-list li button', { hasText: 'print("<img' }).first().click();
  await page.locator('#status[data-state="completed"]').waitFor();
  assert.equal(await page.locator('#stdout').textContent(), '<img src=x onerror=alert(1)>\n');
});

test('readable at phone width: nothing wider than the screen', async (t) => {
  const page = await openPage(t);
  await page.setViewportSize({ width: 375, height: 740 });
  // Run from the editor at the top, where the result below is out of sight.
  await page.getByRole('textbox', { name: 'Python code' }).focus();
  await runAndWait(page, 'keyboard');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  // The result, below the editor at this width, was scrolled into view.
  assert.ok(await page.locator('#status').evaluate((e) => {
    const box = e.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  }), 'status line visible after the run');
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the viewport`);
  const file = path.join(repo, 'target/ui-screenshot-phone.png');
  await page.screenshot({ path: file, fullPage: true });
  console.log(`screenshot at phone width: ${file}`);
});

test('a runtime error: red headline, and its traceback line is a marker with the exception, cleared by the next run', async (t) => {
  const page = await openPage(t);
  await typeCode(page, ['n = int(input())', 'print("got", n)', 'print(10 // n)', 'print("end")']);
  await page.getByLabel('Standard input').fill('0');
  await runAndWait(page);
  assert.match(await page.locator('#status').textContent(), /^Runtime error: exit code 1 after \d+\.\d s$/);
  assert.equal(await statusColour(page), 'bad');
  assert.equal(await page.locator('#outcome').textContent(), 'Runtime error');
  const stderr = await page.locator('#stderr').textContent();
  // What the launcher writes: the marker below is read from this.
  assert.match(stderr, /File "main\.py", line 3, in <module>\n {4}print\(10 \/\/ n\)\n/);
  assert.match(stderr, /ZeroDivisionError: integer division or modulo by zero\n$/);
  const items = await page.locator('#problem-list li button').allTextContents();
  assert.deepEqual(items, ['Line 3: ZeroDivisionError: integer division or modulo by zero']);
  assert.equal(await squiggleLine(page), 3);
  // The squiggle covers the failing expression the carets point at, `10 // n`.
  const squiggles = page.locator('.monaco-editor .squiggly-error');
  assert.equal(await squiggles.count(), 1);
  const charWidth = await page.evaluate(() => {
    // Monaco draws spaces as no-break spaces.
    const line = [...document.querySelectorAll('.monaco-editor .view-line')].find(
      (l) => l.textContent.replace(/\u00a0/g, ' ') === 'print(10 // n)',
    );
    // The line's div is as wide as the editor; its span as wide as its text.
    return line.firstElementChild.getBoundingClientRect().width / 'print(10 // n)'.length;
  });
  const width = (await squiggles.first().boundingBox()).width;
  assert.ok(Math.abs(width - 7 * charWidth) < charWidth, `squiggle ${width}px, 7 characters are ${7 * charWidth}px`);
  await hoverMarker(page, 'ZeroDivisionError: integer division or modulo by zero');
  // The error icon in the margin, on line 3 too, with the same message on hover.
  const glyph = page.locator('.monaco-editor .sandbox-glyph');
  assert.equal(await glyph.count(), 1);
  const glyphBox = await glyph.boundingBox();
  const squiggleTop = (await squiggles.first().boundingBox()).y;
  assert.ok(Math.abs(glyphBox.y + glyphBox.height / 2 - squiggleTop) < glyphBox.height, 'the icon is on the squiggle\'s line');
  await page.mouse.move(glyphBox.x + glyphBox.width / 2, glyphBox.y + glyphBox.height / 2);
  await page
    .locator('.monaco-hover:not(.hidden)')
    .filter({ hasText: 'ZeroDivisionError: integer division or modulo by zero' })
    .filter({ hasNotText: '\\' })
    .first()
    .waitFor({ timeout: 10_000 });
  // The list entry moves the cursor there (Monaco marks the cursor's line number as active).
  await page.locator('#problem-list button').first().click();
  await page.locator('.monaco-editor .line-numbers.active-line-number', { hasText: /^3$/ }).waitFor();

  // The same code, no error this time: the marker and the list go.
  await page.getByLabel('Standard input').fill('5');
  await runAndWait(page);
  assert.match(await page.locator('#status').textContent(), /^Succeeded in /);
  assert.equal(await page.locator('#stdout').textContent(), 'got 5\n2\nend\n');
  await squiggles.first().waitFor({ state: 'detached' });
  assert.equal(await glyph.count(), 0);
  assert.ok(await page.locator('#problems').isHidden());
});

test('a run stopped at the time limit says "Timed out" in red, never "Completed"', async (t) => {
  const page = await openPage(t);
  await typeCode(page, ['print("spinning", flush=True)', 'while True: pass']);
  await runAndWait(page);
  const status = await page.locator('#status').textContent();
  assert.match(status, /^Timed out: stopped at the time limit after \d+\.\d s$/);
  assert.equal(await page.locator('#status').getAttribute('data-tone'), 'bad');
  assert.equal(await statusColour(page), 'bad');
  assert.equal(await page.locator('#outcome').textContent(), 'Timed out');
  assert.equal(await page.locator('#exit-code').textContent(), 'none (killed)');
  assert.equal(await page.locator('#stdout').textContent(), 'spinning\n');
  // The test stack's EXECUTION_TIMEOUT is the default, 3 s: the time shown is the program's.
  const seconds = Number.parseFloat(status.replace(/^.* after /, ''));
  assert.ok(seconds >= 2.9, `stopped after ${seconds} s`);
  assert.equal(await page.locator('#history-list li .meta').first().textContent().then((m) => m.split(' · ')[1]), 'Timed out');
  const file = path.join(repo, 'target/ui-timeout.png');
  await page.screenshot({ path: file, fullPage: true });
  console.log(`screenshot of a timed-out run: ${file}`);
});

test('a run killed at the memory limit says so in red', async (t) => {
  const page = await openPage(t);
  await typeCode(page, ['chunks = ["x" * (1 << 20) + str(i) for i in range(100_000)]']);
  await runAndWait(page);
  assert.match(await page.locator('#status').textContent(), /^Memory limit exceeded: stopped after \d+\.\d s$/);
  assert.equal(await statusColour(page), 'bad');
  assert.equal(await page.locator('#outcome').textContent(), 'Memory limit exceeded');
  assert.equal(await page.locator('#exit-code').textContent(), '137 (signal 9)');
});

test('refused runs are in Recent runs with their outcome, and load back with their problems', async (t) => {
  const page = await openPage(t);
  await typeCode(page, ['print("ok")', 'def f(:']);
  await runAndWait(page);
  await typeCode(page, ['import socket']);
  await runAndWait(page);
  // Nesting past the validator's limits: too_complex.
  await typeCode(page, ['x = 1']);
  await page.keyboard.press('Enter');
  // (6000 levels: past the walker's 5000, and short enough for the editor to take quickly.)
  await page.keyboard.insertText(`y = ${'-'.repeat(6_000)}1`);
  await runAndWait(page);
  assert.equal(await page.locator('#status').textContent(), 'Not run: too complex');
  const rows = await page.locator('#history-list li').evaluateAll((items) =>
    items.slice(0, 3).map((li) => [li.querySelector('button').textContent, li.querySelector('.meta').textContent.split(' · ')[1]]),
  );
  assert.deepEqual(rows, [
    ['x = 1', 'Not run: too complex'],
    ['import socket', 'Not run: forbidden code'],
    ['print("ok")', 'Not run: syntax error'],
  ]);
  // They survive a reload, and one loads back with its violation, marked in the editor.
  await page.reload();
  await page.locator('.monaco-editor .view-lines').waitFor();
  await page.locator('#history-list li button', { hasText: 'import socket' }).first().click();
  assert.equal(await page.locator('#status').textContent(), 'Not run: forbidden code (from the list of runs)');
  assert.deepEqual(await page.locator('#problem-list li button').allTextContents(), [
    'Line 1, column 8: forbidden-import — socket',
  ]);
  assert.equal(await squiggleLine(page), 1);
});

test('a refusal\'s reason and hint are shown in the list and on hover when sent, and nothing breaks without them', async (t) => {
  const page = await openPage(t);
  // The api's real answer, with the first violation's reason and hint replaced and the
  // second's taken away (an older service sends neither).
  await page.route('**/jobs', async (route) => {
    const response = await route.fetch();
    const body = await response.json();
    body.error.violations[0].reason = 'os can start processes and read files';
    body.error.violations[0].hint = 'use the modules on the allow-list';
    delete body.error.violations[1].reason;
    body.error.violations[1].hint = null;
    await route.fulfill({ response, json: body });
  });
  await typeCode(page, ['import os', 'eval("1")']);
  await runAndWait(page);
  await page.unroute('**/jobs');
  const items = await page.locator('#problem-list li').evaluateAll((lis) =>
    lis.map((li) => [...li.children].map((e) => e.textContent)),
  );
  assert.deepEqual(items, [
    [
      'Line 1, column 8: forbidden-import — os',
      'Why: os can start processes and read files',
      'Instead: use the modules on the allow-list',
    ],
    ['Line 2, column 1: forbidden-call — eval'],
  ]);
  const hover = await hoverMarker(page, 'forbidden-import: os');
  assert.match(await hover.innerText(), /Why: os can start processes and read files\s+Instead: use the modules on the allow-list/);
});

test('import sys is refused with its reason and the hint to read stdin with input() or open(0) (needs the api\'s reason/hint fields)', async (t) => {
  // What the api says of `import sys`: each violation carries `reason` and `hint`.
  const answer = await fetch(`${stack.base}/jobs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: 'import sys\n' }),
  });
  assert.equal(answer.status, 422);
  const [violation] = (await answer.json()).error.violations;
  assert.equal(typeof violation.reason, 'string', `the api sends a reason: ${JSON.stringify(violation)}`);
  assert.equal(typeof violation.hint, 'string', `the api sends a hint: ${JSON.stringify(violation)}`);
  assert.match(violation.hint, /input\(\)/);

  const page = await openPage(t);
  await typeCode(page, ['import sys', 'print(sys.stdin.read())']);
  await page.getByLabel('Standard input').fill('some input');
  await runAndWait(page);
  assert.equal(await page.locator('#status').textContent(), 'Not run: forbidden code');
  const item = page.locator('#problem-list li').first();
  assert.equal(await item.locator('button').textContent(), 'Line 1, column 8: forbidden-import — sys');
  assert.equal(await item.locator('.problem-reason').textContent(), `Why: ${violation.reason.trim()}`);
  assert.equal(await item.locator('.problem-fix').textContent(), `Instead: ${violation.hint.trim()}`);
  assert.ok(await item.locator('.problem-fix').isVisible());
  await hoverMarker(page, `Instead: ${violation.hint.trim()}`);
  const file = path.join(repo, 'target/ui-refusal-hint.png');
  await page.screenshot({ path: file, fullPage: true });
  console.log(`screenshot of a refusal with its hint: ${file}`);
});

test('a real 429 (RATE_LIMIT=2) keeps the previous output and counts down on Run', async (t) => {
  const limited = await startStack({ RATE_LIMIT: '2' });
  t.after(() => limited.stop());
  const page = await openPage(t, limited.base);
  const posts = [];
  page.on('request', (r) => {
    if (r.method() === 'POST') posts.push(r.url());
  });
  for (const word of ['first', 'second']) {
    await typeCode(page, [`print("${word}")`]);
    await runAndWait(page);
  }
  assert.equal(await page.locator('#stdout').textContent(), 'second\n');
  const headlineText = await page.locator('#status').textContent();
  await typeCode(page, ['print("third")']);
  const answered = page.waitForResponse((r) => r.request().method() === 'POST');
  await runTransient(page);
  const response = await answered;
  assert.equal(response.status(), 429);
  const retryAfter = Number.parseInt(response.headers()['retry-after'], 10);
  assert.ok(retryAfter > 0 && retryAfter <= 60, `Retry-After: ${retryAfter}`);
  assert.match(await page.locator('#notice').textContent(), /^Too many submissions from your address in the last minute: nothing was run, try again in \d+ seconds?\.$/);
  // The previous result is still on screen, headline and all, and the 429 is not a run.
  assert.equal(await page.locator('#stdout').textContent(), 'second\n');
  assert.equal(await page.locator('#status').textContent(), headlineText);
  assert.equal(await statusColour(page), 'ok');
  assert.equal(await page.locator('#history-list li button').first().textContent(), 'print("second")');
  const run = page.locator('#run');
  assert.equal(await run.getAttribute('aria-disabled'), 'true');
  const label = await run.textContent();
  const left = Number.parseInt(/^Run in (\d+) s$/.exec(label)?.[1], 10);
  assert.ok(left > 0 && left <= retryAfter, `button: ${label}, Retry-After: ${retryAfter}`);
  // It counts down.
  await page.waitForFunction(
    (start) => {
      const m = /^Run in (\d+) s$/.exec(document.getElementById('run').textContent);
      return m && Number(m[1]) < start;
    },
    left,
    { timeout: 5_000 },
  );
  // Meanwhile Run and Ctrl+Enter send nothing (force: Playwright would not click a button that
  // is aria-disabled, a person can).
  await run.click({ force: true });
  await page.keyboard.press('Control+Enter');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  assert.equal(posts.length, 3, JSON.stringify(posts));
  assert.equal(await page.locator('#stdout').textContent(), 'second\n');
});

test('test cases: the code runs once per case and the tests panel shows each verdict', async (t) => {
  const page = await openPage(t);
  await typeCode(page, ['n = int(input())', 'print(n * 2)']);
  await page
    .getByLabel('Test cases (optional)')
    .fill('[{"stdin": "2\\n", "expected_stdout": "4"}, {"stdin": "3\\n", "expected_stdout": "7"}, {"stdin": "x\\n"}]');
  await runAndWait(page);
  assert.ok(await page.locator('#tests-panel').isVisible());
  assert.equal(await page.locator('#tests-summary').textContent(), '1 of 3 passed; the first failure is case 2');
  const verdicts = await page.locator('#tests-rows tr td.verdict').allTextContents();
  assert.deepEqual(verdicts, ['Accepted', 'Wrong answer', 'Runtime error']);
  assert.deepEqual(await page.locator('#tests-rows tr td.case-stdout').allTextContents(), ['4\n', '6\n', '']);
  // A run without test cases hides the panel again.
  await page.getByLabel('Test cases (optional)').fill('');
  await runAndWait(page);
  assert.ok(await page.locator('#tests-panel').isHidden());
});

/** The body of each `POST /jobs` the page sends, answered with `answer` (a 202 by default). */
async function capturePosts(page, answer = { status: 202, body: { id: '3f0c2a51-8d1e-4c59-9b7e-2a5d0c7e9f10', status: 'queued' } }) {
  const posts = [];
  await page.route('**/jobs', (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    posts.push(JSON.parse(route.request().postData()));
    return route.fulfill({ status: answer.status, contentType: 'application/json', body: JSON.stringify(answer.body) });
  });
  return posts;
}

/** A completed job with `result` fields added, answered to every poll of the page. */
async function fakeJob(page, result) {
  await page.route('**/jobs/3f0c2a51-*', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        id: '3f0c2a51-8d1e-4c59-9b7e-2a5d0c7e9f10',
        status: 'completed',
        created_at: '2026-01-01T00:00:00Z',
        started_at: '2026-01-01T00:00:00Z',
        finished_at: '2026-01-01T00:00:01Z',
        result: {
          outcome: 'success', exit_code: 0, stdout: '', stderr: '', stdout_truncated: false,
          stderr_truncated: false, duration_ms: 12, cpu_ms: 5, peak_memory_bytes: 1_000_000,
          ...result,
        },
        error: null,
      }),
    }),
  );
}

/** An 8×8 red PNG, made as the program in the end-to-end test below makes it. */
function redPng() {
  const { crc32, deflateSync } = zlibFns;
  const chunk = (kind, data) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from(kind), data])) >>> 0);
    return Buffer.concat([head, Buffer.from(kind), data, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 8, 0, 0, 0, 8, 8, 2, 0, 0, 0]);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array(8).fill([255, 0, 0]).flat())]);
  const raw = Buffer.concat(Array(8).fill(row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test('the runtime picker: python alone when GET /runtimes fails, the server\'s list otherwise, sent only when not python', async (t) => {
  // A service from before runtimes: 404 (any failure is the same to the page).
  const old = await openPage(t, stack.base, (page) =>
    page.route('**/runtimes', (route) => route.fulfill({ status: 404, contentType: 'application/json', body: '{"error":{"code":"not_found","message":"no"}}' })),
  );
  assert.deepEqual(await old.locator('#runtime option').allTextContents(), ['python']);
  assert.equal(await old.locator('#runtime').inputValue(), 'python');

  const page = await openPage(t, stack.base, (p) =>
    p.route('**/runtimes', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          runtimes: [
            { name: 'python', default: true, python_version: '3.11', packages: [], available: true },
            { name: 'python-data', default: false, python_version: '3.11', packages: [{ name: 'numpy', version: '1.24.2' }], available: true },
          ],
        }),
      }),
    ),
  );
  await page.locator('#runtime option[value="python-data"]').waitFor({ state: 'attached' });
  assert.deepEqual(await page.locator('#runtime option').evaluateAll((os) => os.map((o) => o.value)), ['python', 'python-data']);
  assert.equal(await page.locator('#runtime').inputValue(), 'python');
  const posts = await capturePosts(page);
  await fakeJob(page, { stdout: 'ok\n' });
  await runAndWait(page);
  await page.getByLabel('Runtime').selectOption('python-data');
  await runAndWait(page);
  assert.equal(posts.length, 2);
  assert.ok(!('runtime' in posts[0]), `python is the default and is not sent: ${JSON.stringify(posts[0])}`);
  assert.equal(posts[1].runtime, 'python-data');
  assert.ok(!('files' in posts[1]), 'no files chosen, no files sent');
});

test('input files: listed with their sizes, removable, refused past 16 files or 1 MiB, sent as base64', async (t) => {
  const page = await openPage(t);
  const input = page.locator('#input-files');
  await input.setInputFiles([
    { name: 'data.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\n1,2\n') },
    { name: 'blob.bin', mimeType: 'application/octet-stream', buffer: Buffer.from([0xff, 0x00, 0x89]) },
  ]);
  const list = page.locator('#input-file-list li');
  assert.deepEqual(await list.allTextContents(), ['data.csv 8 B Remove', 'blob.bin 3 B Remove']);
  assert.ok(await page.locator('#input-files-error').isHidden());

  // Past 16 files: refused, with a message, and the list is as it was.
  const many = Array.from({ length: 15 }, (_, i) => ({ name: `f${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from('x') }));
  await input.setInputFiles(many);
  assert.match(await page.locator('#input-files-error').textContent(), /At most 16 files/);
  assert.ok(await page.locator('#input-files-error').isVisible());
  assert.equal(await list.count(), 2);
  // Past 1 MiB in all.
  await input.setInputFiles([{ name: 'big.bin', mimeType: 'application/octet-stream', buffer: Buffer.alloc(1024 * 1024 - 10) }]);
  assert.match(await page.locator('#input-files-error').textContent(), /At most 1\.0 MiB of files/);
  assert.equal(await list.count(), 2);

  await page.getByRole('button', { name: 'Remove blob.bin' }).click();
  assert.deepEqual(await list.allTextContents(), ['data.csv 8 B Remove']);
  assert.ok(await page.locator('#input-files-error').isHidden(), 'a removal clears the message');

  const posts = await capturePosts(page);
  await fakeJob(page, { stdout: 'ok\n' });
  await runAndWait(page);
  assert.deepEqual(posts[0].files, [{ path: 'data.csv', content: Buffer.from('a,b\n1,2\n').toString('base64'), encoding: 'base64' }]);
});

test('result files: raster images inline from data: URLs, SVG and HTML only as downloads, a note when truncated', async (t) => {
  // The type of each Blob the page makes a URL of (fetching a blob: URL is connect-src's to refuse).
  const page = await openPage(t, stack.base, (p) =>
    p.addInitScript(() => {
      const make = URL.createObjectURL;
      window.__blobTypes = [];
      URL.createObjectURL = (blob) => {
        window.__blobTypes.push(blob.type);
        return make.call(URL, blob);
      };
    }),
  );
  await capturePosts(page);
  const png = redPng();
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>';
  const html = '<img src=x onerror="alert(3)"><script>alert(4)</script>';
  await fakeJob(page, {
    files: [
      { path: 'plots/red.png', size: png.length, media_type: 'image/png', content_base64: png.toString('base64') },
      { path: 'evil.svg', size: svg.length, media_type: 'image/svg+xml', content_base64: Buffer.from(svg).toString('base64') },
      { path: '../../page .html', size: html.length, media_type: 'text/html', content_base64: Buffer.from(html).toString('base64') },
    ],
    files_truncated: true,
  });
  await runAndWait(page);
  assert.ok(await page.locator('#result-files').isVisible());
  const images = page.locator('#result-images img');
  assert.equal(await images.count(), 1, 'only the PNG is an image');
  await page.waitForFunction(() => document.querySelector('#result-images img').complete);
  const shown = await images.evaluate((img) => ({ src: img.src.slice(0, 22), width: img.naturalWidth, alt: img.alt }));
  assert.deepEqual(shown, { src: 'data:image/png;base64,', width: 8, alt: 'plots/red.png, an image the program wrote' });
  const links = await page.locator('#result-downloads a').evaluateAll((as) =>
    as.map((a) => ({ text: a.textContent, download: a.getAttribute('download'), blob: a.href.startsWith('blob:') })),
  );
  assert.deepEqual(links, [
    { text: 'plots/red.png', download: 'red.png', blob: true },
    { text: 'evil.svg', download: 'evil.svg', blob: true },
    { text: '../../page .html', download: 'page_.html', blob: true },
  ]);
  // The download's Blob is octet-stream whatever the program called it.
  assert.deepEqual(await page.evaluate(() => window.__blobTypes), Array(3).fill('application/octet-stream'));
  // A click saves the file, bytes as the program wrote them, under the plain name.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#result-downloads a').nth(2).click()]);
  assert.equal(download.suggestedFilename(), 'page_.html');
  assert.equal(await readFile(await download.path(), 'utf8'), html);
  assert.ok(await page.locator('#result-files-truncated').isVisible());
  assert.equal(page.dialogs(), 0, 'no script of the files ran');
  const file = path.join(repo, 'target/ui-result-files.png');
  await page.screenshot({ path: file, fullPage: true });
  console.log(`screenshot of a stubbed result with files: ${file}`);
  // The next run without files clears them.
  await page.unroute('**/jobs/3f0c2a51-*');
  await fakeJob(page, { stdout: 'plain\n' });
  await runAndWait(page);
  assert.ok(await page.locator('#result-files').isHidden());
  assert.equal(await page.locator('#result-images img').count(), 0);
});

test('end to end: an input file is read and a PNG written to out/ is shown (needs the api\'s files and result.files)', async (t) => {
  const page = await openPage(t);
  await page.locator('#input-files').setInputFiles([{ name: 'greeting.txt', mimeType: 'text/plain', buffer: Buffer.from('hello from a file') }]);
  // A red 8×8 PNG from the standard library alone (struct, zlib), so the default runtime runs it.
  await typeCode(page, [
    'import struct, zlib',
    'print(open("greeting.txt").read())',
    'chunk = lambda kind, data: struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))',
    'raw = b"".join(b"\\x00" + b"\\xff\\x00\\x00" * 8 for _ in range(8))',
    'png = b"\\x89PNG\\r\\n\\x1a\\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")',
    'open("out/red.png", "wb").write(png)',
  ]);
  await runAndWait(page);
  assert.equal(await page.locator('#stderr').textContent(), '');
  assert.match(await page.locator('#status').textContent(), /^Succeeded in /);
  assert.equal(await page.locator('#stdout').textContent(), 'hello from a file\n');
  const img = page.locator('#result-images img');
  await img.waitFor();
  await page.waitForFunction(() => document.querySelector('#result-images img').complete);
  assert.equal(await img.evaluate((i) => i.naturalWidth), 8);
  assert.equal(await img.getAttribute('alt'), 'red.png, an image the program wrote');
  assert.deepEqual(await page.locator('#result-downloads a').allTextContents(), ['red.png']);
  await img.scrollIntoViewIfNeeded();
  const file = path.join(repo, 'target/ui-output-image.png');
  await page.screenshot({ path: file, fullPage: true });
  console.log(`screenshot of a PNG the program wrote: ${file}`);
});
