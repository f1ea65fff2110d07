// Export and share (issue 6) in Chromium: each download arrives with the right bytes,
// the chat text reaches the clipboard with a visible confirmation, 打印 lays out every
// task, and the Excel worker is fetched only on the first Excel export, also when the
// app is served under a sub-path.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import { browserAndServer, openPage, serveDist } from "./harness.mjs";
import { AppPage, parseCsv, parsedSeed, tasksOf } from "./app_page.mjs";

const COLUMNS = ["序号", "所属章节", "原文编号", "任务内容", "牵头领导", "牵头单位", "配合单位", "完成时限", "我的期限", "状态", "备注"];
const WORKER_FILES = ["export_worker_loader.js", "export_worker.js", "export_worker_bg.wasm"];

const env = browserAndServer();

/**
 * A fresh page on the app (served by `srv`), recording every request URL; asserts at
 * the end that nothing went wrong.
 */
async function withApp(fn, { srv = env.server, clipboard = false } = {}) {
  const context = await env.browser.newContext({ acceptDownloads: true });
  if (clipboard) {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: srv.origin });
  }
  const { page, problems } = await openPage(env.browser, srv.origin, { context });
  const requests = [];
  context.on("request", (r) => requests.push(r.url()));
  const app = new AppPage(page, srv.url);
  try {
    await fn(app, page, requests);
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.foreignRequests, []);
  } finally {
    await context.close();
  }
}

/** Clicks the export button `label` and returns the download's name and bytes. */
async function download(page, label) {
  const [file] = await Promise.all([
    page.waitForEvent("download", { timeout: 30000 }),
    page.getByRole("button", { name: label, exact: true }).click(),
  ]);
  const bytes = await fs.readFile(await file.path());
  return { name: file.suggestedFilename(), bytes };
}

const workerRequests = (requests) =>
  requests.filter((url) => WORKER_FILES.some((f) => new URL(url).pathname.endsWith("/" + f)));

const today = () => {
  const d = new Date();
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};

/** Clicks 打印 (the browser's print dialog stubbed out, counted) and returns the
 * ledger it prints. */
async function printLedger(page) {
  await page.evaluate(() => {
    window.__printed = 0;
    window.print = () => window.__printed++;
  });
  await page.getByRole("button", { name: "打印", exact: true }).click();
  await page.waitForFunction(() => window.__printed === 1);
  return page.getByTestId("print-ledger");
}

async function openSample(app) {
  await app.open();
  await app.outline.getByText("地区生产总值增长7%左右").first().waitFor();
}

test("Excel: the worker loads on the first export only, and the .xlsx arrives", async () => {
  await withApp(async (app, page, requests) => {
    await openSample(app);
    // Using the page (filters, views) does not fetch the worker.
    await app.search("发改");
    await app.search("");
    await app.showView("按单位");
    await app.showView("大纲");
    assert.deepEqual(workerRequests(requests), [], "no worker file before the first Excel export");

    const workers = [];
    const warnings = [];
    page.on("worker", (w) => {
      workers.push(w.url());
      w.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
    });
    const first = await download(page, "导出 Excel 台账");
    assert.equal(first.bytes.subarray(0, 2).toString("latin1"), "PK", "an .xlsx is a zip file");
    assert.ok(first.bytes.length > 4000, `xlsx of ${first.bytes.length} bytes`);
    assert.ok(first.name.endsWith(`-${today()}.xlsx`), first.name);
    assert.ok(first.name.startsWith("2021年政府工作报告目标任务责任分解"), first.name);
    const fetched = workerRequests(requests).map((u) => new URL(u).pathname.split("/").pop());
    assert.deepEqual(fetched.slice().sort(), WORKER_FILES.slice().sort());
    assert.deepEqual(workers.map((u) => new URL(u).pathname), ["/export_worker_loader.js"]);
    await page.getByTestId("export-message").getByText("已导出").waitFor();
    assert.deepEqual(warnings, [], "the worker starts without warnings");

    // The second export reuses the running worker.
    const second = await download(page, "导出 Excel 台账");
    assert.equal(second.bytes.subarray(0, 2).toString("latin1"), "PK");
    assert.equal(workerRequests(requests).length, WORKER_FILES.length);
  });
});

test("CSV: UTF-8 with BOM, the 台账 columns, one row per task of the view", async () => {
  const tasks = tasksOf(parsedSeed("003"));
  await withApp(async (app, page) => {
    await openSample(app);
    const all = await download(page, "导出 CSV");
    assert.ok(all.name.endsWith(`-${today()}.csv`), all.name);
    assert.deepEqual([...all.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], "starts with the UTF-8 BOM");
    const rows = parseCsv(all.bytes.subarray(3).toString("utf8"));
    assert.deepEqual(rows[0], COLUMNS);
    const records = rows.slice(1);
    assert.equal(records.length, tasks.length);
    assert.deepEqual(records.map((r) => r[3]), tasks.map((t) => t.text));
    assert.deepEqual(records.map((r) => r[0]), tasks.map((_, i) => String(i + 1)));
    assert.deepEqual(records.map((r) => r[5]), tasks.map((t) => t.lead_units.join("、")));

    // Filtered by a unit: that unit's tasks only, and the unit in the file name.
    await page.getByTestId("filter-unit").selectOption("市发改局");
    const mine = tasks.filter((t) => t.lead_units.includes("市发改局") || t.coop_units.includes("市发改局"));
    const [shown] = await app.counts();
    assert.equal(shown, mine.length);
    const filtered = await download(page, "导出 CSV");
    assert.ok(filtered.name.includes("-市发改局-"), filtered.name);
    const frows = parseCsv(filtered.bytes.subarray(3).toString("utf8")).slice(1);
    assert.deepEqual(frows.map((r) => r[3]), mine.map((t) => t.text));
  });
});

test("the 台账 carries the checklist: 已完成 for a done task, the note in 备注", async () => {
  const tasks = tasksOf(parsedSeed("003"));
  const first = tasks[0].text;
  await withApp(async (app, page) => {
    await openSample(app);
    const row = app.outline.locator('[data-testid="task"]').filter({ hasText: first }).first();
    await row.getByTestId("done").setChecked(true);
    await row.getByTestId("note-toggle").click();
    await row.getByTestId("note").fill("已报送市政府办，待反馈");
    await row.getByTestId("note").blur();
    const csv = await download(page, "导出 CSV");
    const records = parseCsv(csv.bytes.subarray(3).toString("utf8")).slice(1);
    const record = records.find((r) => r[3] === first);
    const at = (name) => COLUMNS.indexOf(name);
    assert.equal(record[at("状态")], "已完成");
    assert.equal(record[at("备注")], "已报送市政府办，待反馈");
    assert.ok(records.filter((r) => r !== record).every((r) => r[at("状态")] !== "已完成" && r[at("备注")] === ""));
  });
});

test("Markdown: the outline of the view as a .md file", async () => {
  const tasks = tasksOf(parsedSeed("003"));
  await withApp(async (app, page) => {
    await openSample(app);
    const md = await download(page, "导出 Markdown");
    assert.ok(md.name.endsWith(`-${today()}.md`), md.name);
    const text = md.bytes.toString("utf8");
    assert.match(text, /^# 2021年政府工作报告目标任务责任分解/);
    assert.match(text, /\n> 全部任务 · 共 \d+ 项任务/);
    assert.equal(text.split("\n").filter((l) => l.trimStart().startsWith("- ")).length, tasks.length);
    assert.ok(text.includes(`- **${tasks[0].number}** ${tasks[0].text}`));
  });
});

test("chat text: copied to the clipboard in one click, with a confirmation", async () => {
  const tasks = tasksOf(parsedSeed("003"));
  await withApp(
    async (app, page) => {
      await openSample(app);
      await page.getByRole("button", { name: "复制为聊天文本", exact: true }).click();
      const message = page.getByTestId("export-message");
      await message.getByText("已复制").waitFor();
      assert.match(await message.innerText(), new RegExp(`已复制 ${tasks.length} 项任务`));
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      const lines = copied.split("\n");
      assert.match(lines[0], /^【2021年政府工作报告目标任务责任分解/);
      assert.equal(lines[1], `全部任务，共 ${tasks.length} 项任务`);
      // Numbered as in the document, under its headings.
      const section = (t) => `${t.section.number}${t.section.text}`;
      assert.ok(lines.indexOf(section(tasks[0])) < lines.indexOf(`${tasks[0].number}${tasks[0].text}`), copied.slice(0, 300));
      assert.ok(lines.indexOf(section(tasks[0])) > 1);
      assert.ok(lines.includes(`${tasks.at(-1).number}${tasks.at(-1).text}`));
      assert.ok(copied.includes("   牵头单位：市发改局、市统计局、市级有关部门、各镇(街道)"));
    },
    { clipboard: true },
  );
});

test("print: every task of the view in a table on A4, the rest of the page hidden", async () => {
  const tasks = tasksOf(parsedSeed("003"));
  await withApp(async (app, page) => {
    await openSample(app);
    const table = await printLedger(page);
    assert.equal(await table.locator("tbody tr").count(), tasks.length);
    assert.deepEqual(await table.locator("thead th").allInnerTexts(), COLUMNS);
    await page.emulateMedia({ media: "print" });
    assert.ok(await table.isVisible());
    assert.ok(await page.locator(".print-heading").isVisible());
    // On paper the title comes first, and every column header stays on one line
    // (not 完/成/时/限 down the cell).
    const headingBottom = await page.locator(".print-heading").evaluate((e) => e.getBoundingClientRect().bottom);
    const tableTop = await table.locator("table").evaluate((e) => e.getBoundingClientRect().top);
    assert.ok(headingBottom <= tableTop, `heading ends at ${headingBottom}, the table starts at ${tableTop}`);
    const lines = await table.locator("thead th").evaluateAll((ths) =>
      ths.map((th) => {
        const range = document.createRange();
        range.selectNodeContents(th);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      }),
    );
    assert.deepEqual(lines, COLUMNS.map(() => 1), `lines per header: ${lines}`);
    assert.equal(await app.outline.isVisible(), false);
    assert.equal(await page.getByRole("button", { name: "打印", exact: true }).isVisible(), false);
    await page.emulateMedia({ media: "screen" });
    assert.equal(await table.isVisible(), false);
  });
});

test("under a sub-path the worker loads from beside the page", async () => {
  const sub = await serveDist({ prefix: "/apps/duban/" });
  try {
    await withApp(
      async (app, page, requests) => {
        await openSample(app);
        const xlsx = await download(page, "导出 Excel 台账");
        assert.equal(xlsx.bytes.subarray(0, 2).toString("latin1"), "PK");
        const paths = workerRequests(requests).map((u) => new URL(u).pathname).sort();
        assert.deepEqual(paths, WORKER_FILES.map((f) => `/apps/duban/${f}`).sort());
      },
      { srv: sub },
    );
  } finally {
    await sub.close();
  }
});

test("chat text without the Clipboard API (plain http on an intranet): the copy command is used", async () => {
  const first = tasksOf(parsedSeed("003"))[0];
  await withApp(async (app, page) => {
    await page.addInitScript(() => {
      delete Navigator.prototype.clipboard;
      document.addEventListener("copy", (e) => {
        window.__copied = e.target.value ?? String(getSelection());
      });
    });
    await openSample(app);
    assert.equal(await page.evaluate(() => navigator.clipboard), undefined);
    await page.getByRole("button", { name: "复制为聊天文本", exact: true }).click();
    await page.getByTestId("export-message").getByText("已复制").waitFor();
    const copied = await page.evaluate(() => window.__copied);
    assert.match(copied, /^【2021年政府工作报告目标任务责任分解/);
    assert.ok(copied.includes(`\n${first.number}地区生产总值增长7%左右\n`));
  });
});

test("print of a paste of two documents: a heading row per document, sections without its title", async () => {
  const parsed = parsedSeed("004");
  await withApp(async (app, page) => {
    await app.open();
    await app.chooseSample("004");
    await app.outline.getByText("一般公共预算收入增长6%").waitFor();
    const table = await printLedger(page);
    const headings = await table.locator("tr.doc-row").allInnerTexts();
    assert.deepEqual(headings, parsed.documents.map((d) => `《${d.title}》`));
    const sections = await table.locator("tbody tr:not(.doc-row) td:nth-child(2)").allInnerTexts();
    assert.equal(sections.length, tasksOf(parsed).length);
    assert.ok(sections.every((s) => !s.includes("《")), "no title repeated in the 所属章节 cells");
  });
});
