// Every parse of the page is done in its parse worker (the parser is not in the page's
// bundle): a short paste is shown at once, the document open last is reopened on
// start-up, a later paste wins over an earlier one, and where the worker cannot be
// loaded the page says so in Chinese (for a paste and for the library's overview) and
// changes nothing of the user's.
import { test } from "node:test";
import assert from "node:assert/strict";
import { browserAndServer, openPage } from "./harness.mjs";
import { ChecklistPage, MY_DOC, withClipboard, withContext } from "./checklist_page.mjs";

const env = browserAndServer();
const inContext = (fn, options) => withContext(env, fn, options);

const OTHER_DOC = [
  "2024年县政府民生实事项目分工方案",
  "一、教育",
  "1. 新建公办幼儿园2所（县教育局牵头，县财政局配合）",
  "2. 改造农村薄弱学校5所（县教育局牵头）",
].join("\n");

/** The worker scripts a page starts, by file name. */
function watchWorkers(page) {
  const started = [];
  page.on("worker", (w) => started.push(new URL(w.url()).pathname.split("/").pop()));
  return started;
}

test("a short paste is parsed in the worker and shown at once; a reload reopens it from there", async () => {
  await inContext(async (open) => {
    const app = await open();
    const workers = watchWorkers(app.page);
    const t0 = Date.now();
    await app.paste(MY_DOC);
    await app.task("推动工业经济提质增效").waitFor();
    const took = Date.now() - t0;
    // Generous for a loaded CI machine; the figure measured is in the README.
    assert.ok(took < 3000, `paste → outline took ${took} ms`);
    assert.deepEqual(await app.counts(), [3, 3]);
    await app.markDone("扩大有效投资");
    await app.waitForLibraryNames(["2024年区政府重点工作任务清单"]);
    await app.saveNow();
    // Reopened on start-up: parsed in the (new page's) worker, with its mark.
    await app.page.reload();
    await app.parsed();
    await app.task("推动工业经济提质增效").waitFor();
    assert.deepEqual(await app.counts(), [3, 3]);
    assert.equal(await app.isDone("扩大有效投资"), true);
    assert.equal(await app.pasteArea.inputValue(), MY_DOC, "the paste box holds the reopened text");
    assert.ok(workers.includes("parse_worker_loader.js"), `workers started: ${workers}`);
  }, withClipboard);
});

test("a later paste wins over an earlier one still being parsed", async () => {
  await inContext(async (open) => {
    const app = await open();
    // Two parses asked for in one go: the first answer comes while the second is
    // asked for, and is dropped.
    await app.page.evaluate(
      ([a, b]) => {
        const box = document.getElementById("paste-area");
        const button = [...document.querySelectorAll("button")].find((x) => x.textContent === "解析");
        box.value = a;
        button.click();
        box.value = b;
        button.click();
      },
      [MY_DOC, OTHER_DOC],
    );
    await app.parsed();
    await app.task("新建公办幼儿园2所").waitFor();
    assert.deepEqual(await app.counts(), [2, 2]);
    assert.equal(await app.task("推动工业经济提质增效").count(), 0);
    await app.waitForLibraryNames(["2024年县政府民生实事项目分工方案"]);
  });
});

test("when the parse worker cannot be loaded, the page says so and keeps the user's data untouched", async () => {
  const context = await env.browser.newContext(withClipboard.contextOptions);
  try {
    const { page, problems } = await openPage(env.browser, env.server.origin, { context });
    const app = new ChecklistPage(page, env.server.url);
    await app.open();
    await app.paste(MY_DOC);
    await app.task("推动工业经济提质增效").waitFor();
    await app.markDone("扩大有效投资");
    await app.waitForLibraryNames(["2024年区政府重点工作任务清单"]);
    await app.saveNow();
    const before = await app.stored();
    // The server no longer has the worker (an incomplete copy of dist/).
    await page.route("**/parse_worker_loader.js", (route) => route.fulfill({ status: 404, body: "not found" }));
    await page.reload();
    const notice = page.getByTestId("notice");
    await notice.waitFor({ timeout: 30000 });
    assert.match(await notice.innerText(), /无法加载解析组件.*没有改动/);
    // The reopened text is in the paste box, not read; no outline is made up.
    assert.equal(await app.pasteArea.inputValue(), MY_DOC);
    assert.equal(await app.task("推动工业经济提质增效").count(), 0);
    assert.equal(await page.getByTestId("parsing").count(), 0, "not still saying 正在解析");
    // A paste says the same, and changes nothing either.
    const failures = () => problems.consoleErrors.filter((e) => /parse worker unavailable/.test(e)).length;
    const failed = failures();
    await app.paste(OTHER_DOC);
    for (let waited = 0; failures() === failed && waited < 30000; waited += 100) await page.waitForTimeout(100);
    assert.equal(failures(), failed + 1, "the paste's parse failed too");
    assert.match(await notice.innerText(), /无法加载解析组件/);
    assert.equal(await app.task("新建公办幼儿园2所").count(), 0);
    // The library's overview (progress, tasks due in all documents) cannot read the
    // kept document either: the page says the overview is incomplete, not nothing.
    await app.openLibrary();
    await page.waitForFunction(
      () => /文档库中有文档没能读取/.test(document.querySelector('[data-testid="notice"]')?.innerText ?? ""),
      null,
      { timeout: 30000 },
    );
    assert.equal(await app.libraryDoc("2024年区政府重点工作任务清单").getByText(/已完成/).count(), 0);
    await app.saveNow();
    assert.deepEqual(await app.stored(), before, "storage is as it was");
    // Only the failed loads of the worker's script are reported.
    assert.deepEqual(
      problems.consoleErrors.filter((e) => !/404|parse_worker|parse worker/.test(e)),
      [],
    );
    assert.deepEqual(problems.foreignRequests, []);
  } finally {
    await context.close();
  }
});
