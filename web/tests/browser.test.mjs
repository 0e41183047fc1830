// The web UI in a real browser (Debian's Chromium through playwright-core) against a real api,
// worker, Redis and Docker engine. Run by scripts/test.sh after `scripts/setup.sh` has built the
// release binaries and web/dist. Writes target/ui-screenshot.png (a completed run) and
// target/ui-screenshot-phone.png (the same page at phone width).
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
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
async function openPage(t) {
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
  const response = await page.goto(stack.base + '/');
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

test('type code, feed stdin, run with Ctrl+Enter: stdout, outcome, exit code, duration', async (t) => {
  const page = await openPage(t);
  await typeCode(page, ['name = input()', 'print("hello", name)', 'print(sum(range(10)))']);
  await page.getByLabel('Standard input').fill('sandbox');
  // Ctrl+Enter from inside the editor (Monaco's keybinding).
  await page.getByRole('textbox', { name: 'Python code' }).focus();
  await runAndWait(page, 'keyboard');
  assert.match(await page.locator('#status').textContent(), /^Completed in \d+\.\d s$/);
  assert.equal(await page.locator('#stdout').textContent(), 'hello sandbox\n45\n');
  assert.equal(await page.locator('#stderr').textContent(), '');
  assert.equal(await page.locator('#outcome').textContent(), 'Success');
  assert.equal(await page.locator('#exit-code').textContent(), '0');
  assert.match(await page.locator('#duration').textContent(), /^\d+ ms$/);
  assert.ok(await page.locator('#stdout-truncated').isHidden());

  const file = path.join(repo, 'target/ui-screenshot.png');
  await page.screenshot({ path: file, fullPage: true });
  console.log(`screenshot of a completed run: ${file}`);
});

test('the status moves queued → running → completed with the elapsed time ticking', async (t) => {
  const page = await openPage(t);
  await typeCode(page, ['import time', 'time.sleep(2.5)', 'print("done")']);
  await page.evaluate(() => {
    window.__states = [];
    window.__clock = [];
    const status = document.getElementById('status');
    new MutationObserver(() => {
      const state = status.dataset.state;
      if (window.__states.at(-1) !== state) window.__states.push(state);
      const clock = status.querySelector('.elapsed');
      if (clock) window.__clock.push(clock.textContent);
    }).observe(status, { attributes: true, childList: true, subtree: true, characterData: true });
  });
  await runAndWait(page);
  const states = await page.evaluate(() => window.__states);
  const clock = await page.evaluate(() => window.__clock);
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
});

test('stderr, a non-zero exit and truncation are shown', async (t) => {
  const page = await openPage(t);
  // (sys is a forbidden module: SystemExit with a message writes it to stderr and exits 1.)
  await typeCode(page, ['print("x" * 200000)', 'raise SystemExit("bad things")']);
  await runAndWait(page);
  assert.equal(await page.locator('#outcome').textContent(), 'Runtime error');
  assert.equal(await page.locator('#exit-code').textContent(), '1');
  assert.equal(await page.locator('#stderr').textContent(), 'bad things\n');
  assert.ok(await page.locator('#stdout-truncated').isVisible(), 'stdout marked truncated');
  assert.ok(await page.locator('#stderr-truncated').isHidden());
  assert.equal((await page.locator('#stdout').textContent()).length, 102400);
});

test('a forbidden import is a marker at its line and column, with rule and detail on hover and in the list', async (t) => {
  const page = await openPage(t);
  await typeCode(page, ['x = 1', 'import os', 'print(os.getcwd())']);
  await runAndWait(page);
  assert.equal(await page.locator('#status').textContent(), 'Not run');
  assert.ok(await page.locator('#summary').isHidden(), 'no outcome shown for a job that did not run');
  const items = await page.locator('#problem-list li').allTextContents();
  assert.ok(
    items.includes('Line 2, column 8: forbidden-import — os'),
    `problems listed: ${JSON.stringify(items)}`,
  );
  assert.match(await page.locator('#message').textContent(), /forbids/);
  // The squiggle is on line 2 (Monaco draws markers as decorations in the view).
  const squiggle = page.locator('.monaco-editor .squiggly-error').first();
  await squiggle.waitFor();
  const lineTop = await page.locator('.monaco-editor .view-line').nth(1).boundingBox();
  const box = await squiggle.boundingBox();
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
  const items = await page.locator('#problem-list li').allTextContents();
  assert.equal(items.length, 1, JSON.stringify(items));
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

test('413, 429 with its retry time, and 503 are plain messages', async (t) => {
  const page = await openPage(t);
  const answers = [
    [413, {}, { code: 'code_too_large', message: 'code is over 65536 bytes' }, /^Too large: code is over 65536 bytes/],
    [429, { 'retry-after': '17' }, { code: 'rate_limited', message: 'slow down' }, /try again in 17 seconds/],
    [503, {}, { code: 'unavailable', message: 'queue down' }, /unavailable: nothing was run/],
    [503, { 'retry-after': '5' }, { code: 'queue_full', message: 'full' }, /queue is full.*in 5 seconds/],
  ];
  for (const [status, headers, error, expected] of answers) {
    // The api's real answers for these need a full queue or a spent rate limit; the page's
    // handling of them is what is tested here.
    await page.route('**/jobs', (route) =>
      route.fulfill({ status, headers, contentType: 'application/json', body: JSON.stringify({ error }) }),
    );
    await runAndWait(page);
    await page.unroute('**/jobs');
    assert.match(await page.locator('#message').textContent(), expected, `HTTP ${status}`);
    assert.equal(await page.locator('#status').textContent(), 'Not run');
    assert.equal(await page.locator('#problem-list li').count(), 0);
  }
  // And a real 413 from the api: stdin over MAX_STDIN_SIZE.
  await page.getByLabel('Standard input').fill('x'.repeat(70_000));
  await runAndWait(page);
  assert.match(await page.locator('#message').textContent(), /^Too large: /);
});

test('keyboard only: Tab reaches stdin and Run, Ctrl+Enter runs from the stdin box', async (t) => {
  const page = await openPage(t);
  // Ctrl+M makes Tab leave the editor (Monaco's tab focus mode), as the page's hint says.
  await page.getByRole('textbox', { name: 'Python code' }).focus();
  await page.keyboard.press('Control+M');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'stdin');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('typed by keyboard');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'run');
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
