// A long paste (megabytes: the five seed documents repeated) is read off the page's
// main thread: the page says it is reading it, stays usable meanwhile, and shows every
// task once done; without its parse worker, the page says it cannot read it. Its
// outline keeps only the rows near the screen in the page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { browserAndServer, openPage } from "./harness.mjs";
import { AppPage, FIXTURES, tasksOf } from "./app_page.mjs";

const env = browserAndServer();
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The five seeds, one after another, as one would paste a bundle of documents. */
const fiveSeeds = ["000", "001", "002", "003", "004"]
  .map((id) => fs.readFileSync(path.join(ROOT, "tests/fixtures", FIXTURES[id]), "utf8"))
  .join("\n\n");

/** The five seeds repeated `copies` times, and its tasks' texts in order (each copy
 * is read alike: the tasks of one copy, from duban-cli, once per copy). */
function repeated(copies) {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "duban-")), "five.txt");
  fs.writeFileSync(file, fiveSeeds);
  const json = execFileSync(path.join(ROOT, "target/debug/duban-cli"), ["parse", file], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const texts = tasksOf(JSON.parse(json)).map((t) => t.text);
  return {
    text: Array(copies).fill(fiveSeeds).join("\n\n"),
    tasks: texts.length * copies,
    texts: Array(copies).fill(texts).flat(),
  };
}

/** The five seeds repeated to `mib` MiB. */
const repeatedTo = (mib) => repeated(Math.ceil((mib * 1024 * 1024) / (Buffer.byteLength(fiveSeeds) + 2)));

/** A fresh page whose clipboard the test can fill, as a user copies a document. */
async function withClipboardPage(fn) {
  const context = await env.browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const { page, problems } = await openPage(env.browser, env.server.origin, { context });
  const app = new AppPage(page, env.server.url);
  try {
    await fn(app, page, problems);
  } finally {
    await context.close();
  }
}

/** Copies `text`, then pastes it over whatever the paste box holds (Ctrl+A, Ctrl+V). */
async function copyAndPasteOver(app, text) {
  await app.page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await app.pasteArea.focus();
  await app.page.keyboard.press("Control+A");
  await app.page.keyboard.press("Control+V");
}

/**
 * Pastes `text` over the paste box's text as Ctrl+V does, for texts too long for the
 * clipboard route: headless Chromium takes minutes to insert 10 MB from the clipboard
 * (176 s here, against 1 s for 1 MB), and Playwright's fill() is quadratic in the
 * number of lines. The text is put in the box, the caret after it, and the box hears
 * of the paste: what the browser does on Ctrl+V, in that order as the app sees it (it
 * reads the box once the paste event is over).
 */
async function pasteOver(app, text) {
  await app.pasteArea.focus();
  await app.page.evaluate((t) => {
    const box = document.getElementById("paste-area");
    box.value = t;
    box.setSelectionRange(t.length, t.length);
    box.dispatchEvent(new Event("paste", { bubbles: true }));
  }, text);
}

/** Waits until the outline shows `n` tasks in all and no parse is under way. */
const outlineShows = (page, n) =>
  page.waitForFunction(
    (n) =>
      document.querySelector('[data-testid="match-count"]')?.textContent.endsWith(`/ ${n} 项任务`) &&
      !document.querySelector('[data-testid="parsing"]'),
    n,
    { timeout: 120000 },
  );

test("a paste of 10 MB says it is being read; typing in the paste box goes on meanwhile and is kept", async () => {
  const { text, tasks } = repeatedTo(10);
  await withClipboardPage(async (app, page, problems) => {
    await app.open();
    // Each key the user presses in the paste box: was the page still reading the paste?
    await page.evaluate(() => {
      window.keysWhileReading = [];
      document.getElementById("paste-area").addEventListener("keydown", (ev) => {
        window.keysWhileReading.push([ev.key, !!document.querySelector('[data-testid="parsing"]')]);
      });
    });
    await pasteOver(app, text);
    // (Its text is read in the same task that finds it: read in a later call, the
    // message could be gone already, the paste read, and the call waited in vain.)
    const shown = await page.waitForFunction(
      () => document.querySelector('[data-testid="parsing"]')?.innerText,
      null,
      { timeout: 20000 },
    );
    assert.match(await shown.jsonValue(), /正在解析 10\.\d MB 的文本/);
    // The user goes on typing at the end of the text: the key is taken at once, while
    // the page is still reading.
    await page.keyboard.type("x");
    await outlineShows(page, tasks);
    const keys = await page.evaluate(() => window.keysWhileReading);
    assert.deepEqual(
      keys.filter(([key]) => key === "x"),
      [["x", true]],
      "the key was taken while the paste was being read",
    );
    // What the user typed stays in the box: the parse does not write the box back.
    const box = await page.evaluate(() => {
      const v = document.getElementById("paste-area").value;
      return { length: v.length, end: v.slice(-20) };
    });
    assert.equal(box.length, text.length + 1);
    assert.equal(box.end, text.slice(-19) + "x");
    // Every task of the paste is there, each document with it.
    assert.equal((await app.counts())[0], tasks);
    assert.match(await page.getByTestId("summary").innerText(), /另有 \d+ 份文档/);
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.foreignRequests, []);
  });
});

test("the paste box keeps its width while a long paste is read and shown, so that its text is not laid out again", async () => {
  const { text, tasks } = repeatedTo(1);
  await withClipboardPage(async (app, page, problems) => {
    await app.open();
    // The first-visit sample is shown: the box is folded into one line.
    await page.locator(".paste-box.folded").waitFor();
    const width = () => page.evaluate(() => document.getElementById("paste-area").getBoundingClientRect().width);
    await copyAndPasteOver(app, text);
    await page.getByTestId("parsing").waitFor({ timeout: 20000 });
    const whileRead = await width();
    await outlineShows(page, tasks);
    assert.equal(await width(), whileRead, "the same width once the outline is shown");
    // On a row of its own: as wide as the box.
    const boxWidth = await page.evaluate(() => document.querySelector(".paste-box").getBoundingClientRect().width);
    assert.ok(Math.abs(whileRead - boxWidth) < 1, `${whileRead} of ${boxWidth}`);
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.foreignRequests, []);
  });
});

test("when the parse worker cannot be loaded, a long paste says so instead of being read", async () => {
  const { text } = repeatedTo(1);
  await withClipboardPage(async (app, page, problems) => {
    // The server does not have the worker (an incomplete copy of dist/).
    await page.route("**/parse_worker_loader.js", (route) => route.fulfill({ status: 404, body: "not found" }));
    await app.open();
    await copyAndPasteOver(app, text);
    await page.waitForFunction(() => /无法加载解析组件/.test(document.querySelector('[data-testid="notice"]')?.textContent));
    assert.equal(await page.getByTestId("parsing").count(), 0, "no longer says 正在解析");
    assert.equal((await page.locator("#paste-area").inputValue()).length, text.length, "the text stays in the box");
    // Only the failed loads of the worker's script are reported.
    assert.deepEqual(
      problems.consoleErrors.filter((e) => !/404|parse_worker|parse worker/.test(e)),
      [],
    );
    assert.deepEqual(problems.foreignRequests, []);
  });
});

test("the outline of 1,400 tasks keeps the rows near the screen: scrolled to its end and back, every task is shown once", async () => {
  const { text, tasks, texts } = repeated(6);
  await withClipboardPage(async (app, page, problems) => {
    await app.open();
    await app.paste(text);
    await outlineShows(page, tasks);
    // Scrolled to the end as a user would, reading every task as it passes.
    assert.deepEqual(await app.allTaskTexts(app.outline), texts);
    // At the end, the page holds the rows near the screen, not the 1,400 above.
    const rows = () => app.outline.locator("[data-row]").count();
    const atEnd = await rows();
    assert.ok(atEnd < 400, `${atEnd} rows in the page at the end of ${tasks} tasks`);
    const last = app.outline.locator('[data-testid="task"]').last();
    assert.equal(await last.locator(".node-head .text").innerText(), texts.at(-1));
    await last.scrollIntoViewIfNeeded();
    assert.ok(await last.isVisible());
    // Marks still work down there.
    await last.getByTestId("done").check();
    assert.equal(await last.getByTestId("done").isChecked(), true);
    // Back to the top, as the scroll bar dragged up: the first task is shown again.
    await page.evaluate(() => window.scrollTo(0, 0));
    const first = app.outline.locator('[data-testid="task"]').filter({ hasText: texts[0] }).first();
    await first.waitFor();
    // The outline starts again with its first row, nothing dropped above it.
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="outline"] [data-row]')?.dataset.row === "0" &&
        !document.querySelector('[data-testid="outline"] .spacer'),
    );
    assert.ok((await rows()) < 400, `${await rows()} rows in the page back at the top`);
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.foreignRequests, []);
  });
});
