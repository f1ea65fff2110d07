// The single file dist/duban.html (scripts/build-single), copied alone into a folder as
// onto a USB stick and opened from file:, with no server: the app runs, says where its
// marks are kept, keeps a mark across a reload, and its three workers start from it:
// the parse worker (every parse: the sample, the document reopened after the reload),
// the Excel worker and the .docx one.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DIST, launchBrowser, openPage, appReady } from "./harness.mjs";
import { ChecklistPage } from "./checklist_page.mjs";
import { taskListDocx } from "./docx_file.mjs";

let browser;
let folder;
before(async () => {
  browser = await launchBrowser();
  folder = await fs.mkdtemp(path.join(os.tmpdir(), "duban-usb-"));
  await fs.copyFile(path.join(DIST, "duban.html"), path.join(folder, "duban.html"));
});
after(async () => {
  await browser?.close();
  if (folder) await fs.rm(folder, { recursive: true, force: true });
});

/** A fresh profile on file:///…/duban.html; asserts that nothing went wrong. */
async function withSingleFile(fn) {
  const url = pathToFileURL(path.join(folder, "duban.html")).href;
  const context = await browser.newContext();
  const { page, problems } = await openPage(browser, "file://", { context });
  const app = new ChecklistPage(page, url);
  try {
    await fn(app, page);
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.foreignRequests, []);
  } finally {
    await context.close();
  }
}

test("duban.html from a folder: a sample parses, a task is marked, the mark is there after a reload", async () => {
  await withSingleFile(async (app, page) => {
    await app.open();
    const notice = page.getByTestId("local-file-notice");
    await notice.waitFor();
    assert.match(await notice.innerText(), /与这个文件所在的位置绑定/);
    // An empty library there: the backup is offered first.
    await notice.getByTestId("export-backup").waitFor();
    await notice.getByTestId("import-backup").waitFor({ state: "attached" });
    await app.chooseSample("004");
    await app.outline.getByText("一般公共预算收入增长6%").waitFor();
    await app.markDone("一般公共预算收入增长6%");
    await app.waitForSavedMarks(1);
    await page.reload();
    await appReady(page);
    await app.outline.getByText("一般公共预算收入增长6%").waitFor();
    assert.equal(await app.isDone("一般公共预算收入增长6%"), true);
    assert.equal(await notice.getByTestId("export-backup").count(), 0, "the library is no longer empty");
    assert.equal(await page.locator("#startup").isVisible(), false);
  });
});

test("duban.html from a folder: an Excel 台账 is exported and a .docx opens", async () => {
  await withSingleFile(async (app, page) => {
    await app.open();
    await app.outline.getByText("地区生产总值增长7%左右").waitFor();
    const [file] = await Promise.all([
      page.waitForEvent("download", { timeout: 30000 }),
      page.getByRole("button", { name: "导出 Excel 台账", exact: true }).click(),
    ]);
    const bytes = await fs.readFile(await file.path());
    assert.equal(bytes.subarray(0, 2).toString("latin1"), "PK", "an .xlsx is a zip file");
    assert.ok(bytes.length > 4000, `xlsx of ${bytes.length} bytes`);
    await page.getByTestId("open-file").setInputFiles({ name: "任务分解.docx", mimeType: "application/octet-stream", buffer: taskListDocx() });
    await app.outline.getByText("推进拖放打开的Word任务").waitFor();
  });
});
