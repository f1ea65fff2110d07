// The monthly 推进情况表 and the 通报 draft (issue 13, items 4 and 5), with the clock
// fixed at 2026-12-04 and November chosen: the .xlsx (from the export worker) and the
// CSV hold the month's reports, completions and 是否达到序时进度 of the view; 复制通报稿
// puts the totals and the lagging tasks on the clipboard as text and as HTML with a
// bordered table, also through the older copy command. Progress is entered in the
// task rows' 进展 editor, as a user does.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import { browserAndServer } from "./harness.mjs";
import { parseCsv, sheetRows, unzip } from "./app_page.mjs";
import { withContext } from "./checklist_page.mjs";

const env = browserAndServer();

const DOC = [
  "2026年重点工作任务分工",
  "一、经济发展",
  "1. 推进城市更新行动（市发改委牵头，市财政局配合，2026年6月底前完成）",
  "2. 抓好重大项目建设（市发改委牵头，持续推进）",
  "3. 深化“一件事”改革（市数据局牵头，市发改委配合，2026年9月30日前）",
  "二、社会民生",
  "4. 办好十件民生实事（市民政局牵头，市财政局配合，年底前完成）",
  "5. 推进全民健身中心建设（市体育局牵头）",
].join("\n");

const COLUMNS = ["序号", "工作任务", "牵头领导", "牵头单位", "配合单位", "完成时限", "本月进展情况", "累计完成情况（完成比例）", "是否达到序时进度", "存在问题", "下步打算", "备注"];

const TOTALS =
  "截至11月30日，5项重点工作已完成1项，完成率20%；达到序时进度1项，滞后序时1项，严重滞后或逾期1项（其中逾期1项）；另有1项未明确完成时限、未填报完成比例，暂未纳入序时评价。";

async function download(app, label) {
  const [file] = await Promise.all([
    app.page.waitForEvent("download", { timeout: 30000 }),
    app.page.getByRole("button", { name: label, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await fs.readFile(await file.path()) };
}

/** Both flavours on the clipboard. */
async function clipboard(app) {
  return app.page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    const read = async (type) => (item.types.includes(type) ? (await item.getType(type)).text() : null);
    return { text: await read("text/plain"), html: await read("text/html") };
  });
}

async function openProgress(app, text) {
  const row = await app.reveal(text);
  if ((await row.getByTestId("progress-toggle").getAttribute("aria-expanded")) !== "true") {
    await row.getByTestId("progress-toggle").click();
  }
  return row.getByTestId("progress-editor");
}

/** Enters task `text`'s completion in percent and its report of each month given. */
async function report(app, text, percent, months = {}) {
  const editor = await openProgress(app, text);
  await editor.getByTestId("completion").selectOption("percent");
  const field = editor.getByTestId("percent");
  await field.fill(String(percent));
  await field.press("Enter");
  for (const [month, texts] of Object.entries(months)) {
    await editor.getByTestId("report-month").selectOption(month);
    for (const [name, value] of Object.entries(texts)) await editor.getByTestId(`report-${name}`).fill(value);
  }
  await editor.getByTestId("report-progress").blur();
}

/**
 * The document pasted, with progress entered as the monthly reports give it: task 1
 * (due 06-30) 60 % with November's 进展, 问题 and 打算 (and October's 进展); task 2
 * (持续推进) 75 %, behind 序时 (91.5 % on 11-30); task 3 ticked done; task 4 (年底前)
 * 95 %; task 5 nothing. Then the page is reloaded and November chosen for the exports.
 */
async function openWithProgress(open, context) {
  await context.clock.setFixedTime(new Date("2026-12-04T10:00:00+08:00"));
  const app = await open();
  await app.paste(DOC);
  await app.task("推进城市更新行动").waitFor();
  await app.writeNote("推进城市更新行动", "甲");
  await report(app, "推进城市更新行动", 60, {
    "2026-10": { progress: "十月：完成改造9个小区" },
    "2026-11": { progress: "完成改造18个小区", problems: "资金缺口2000万元", next: "争取专项债" },
  });
  await report(app, "抓好重大项目建设", 75, { "2026-11": { progress: "开工项目12个" } });
  await app.markDone("深化“一件事”改革");
  await report(app, "办好十件民生实事", 95);
  await app.saveNow();
  await app.waitUntilStored("开工项目12个");
  await app.page.reload();
  await app.task("推进城市更新行动").waitFor();
  const months = app.page.getByTestId("export-month");
  assert.equal(await months.inputValue(), "2026-12", "this month by default");
  assert.equal(await months.locator("option").count(), 12);
  await months.selectOption("2026-11");
  return app;
}

test("推进情况表: Excel from the worker and CSV, for the chosen month and the view", async () => {
  await withContext(
    env,
    async (open, context) => {
      const app = await openWithProgress(open, context);
      const book = await download(app, "推进情况表（Excel）");
      assert.equal(book.name, "2026年重点工作任务分工-2026-12-04-11月份重点工作推进情况表.xlsx");
      const files = unzip(book.bytes);
      assert.match(files["xl/workbook.xml"], /<sheet name="推进情况表"/);
      const rows = sheetRows(files);
      assert.equal(rows[0][0], "11月份重点工作推进情况表");
      assert.match(rows[1][0], /范围：全部任务　共 5 项任务　统计截至：2026-11-30/);
      assert.deepEqual(rows[2], COLUMNS);
      const cells = (row) => COLUMNS.map((_, c) => row[c] ?? "");
      assert.deepEqual(cells(rows[3]), ["1", "1.推进城市更新行动", "", "市发改委", "市财政局", "2026年6月底前完成", "完成改造18个小区", "60%", "否（逾期）", "资金缺口2000万元", "争取专项债", "甲"]);
      assert.deepEqual(
        rows.slice(3).map((r) => [r[1], r[7] ?? "", r[8] ?? ""]),
        [
          ["1.推进城市更新行动", "60%", "否（逾期）"],
          ["2.抓好重大项目建设", "75%", "否（滞后）"],
          ["3.深化“一件事”改革", "已完成", "已完成"],
          ["4.办好十件民生实事", "95%", "是"],
          ["5.推进全民健身中心建设", "", ""],
        ],
      );
      const sheet = files["xl/worksheets/sheet1.xml"];
      assert.match(sheet, /orientation="landscape"/);
      assert.match(sheet, /<pageSetUpPr fitToPage="1"\/>/);
      assert.match(sheet, /ySplit="3"[^>]*state="frozen"/);

      // The CSV of a unit's view: its tasks, numbered as in the source.
      await app.page.getByTestId("filter-unit").selectOption("市财政局");
      const csv = await download(app, "推进情况表（CSV）");
      assert.equal(csv.name, "2026年重点工作任务分工-市财政局-2026-12-04-11月份重点工作推进情况表.csv");
      assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      const records = parseCsv(csv.bytes.subarray(3).toString("utf8"));
      assert.deepEqual(records[0], COLUMNS);
      assert.deepEqual(
        records.slice(1).map((r) => [r[0], r[1], r[6], r[8]]),
        [
          ["1", "1.推进城市更新行动", "完成改造18个小区", "否（逾期）"],
          ["2", "4.办好十件民生实事", "", "是"],
        ],
      );
    },
    { contextOptions: { acceptDownloads: true } },
  );
});

test("复制通报稿: the totals and the lagging tasks as text and as HTML with a bordered table", async () => {
  await withContext(
    env,
    async (open, context) => {
      const app = await openWithProgress(open, context);
      const message = app.page.getByTestId("export-message");
      await app.page.getByRole("button", { name: "复制通报稿", exact: true }).click();
      await message.getByText("已复制11月份重点工作通报稿（红灯 1 项，黄灯 1 项）").waitFor();
      const { text, html } = await clipboard(app);
      const lines = text.split("\n");
      assert.equal(lines[0], "关于11月份重点工作进展情况的通报");
      assert.ok(lines.includes(`　　${TOTALS}`), text);
      assert.ok(
        lines.includes("　　1.推进城市更新行动（牵头单位：市发改委；完成时限：2026年6月底前完成）。亮灯：逾期，完成比例60%。进展情况：完成改造18个小区。存在问题：资金缺口2000万元。"),
        text,
      );
      assert.ok(lines.includes("　　1.抓好重大项目建设（牵头单位：市发改委；完成时限：持续推进）。亮灯：滞后，完成比例75%。进展情况：开工项目12个。"), text);
      assert.ok(!text.includes("办好十件民生实事") && !text.includes("十月"), "only red and yellow tasks, November's reports");
      assert.ok(lines.includes("三、下一步要求"));
      assert.equal(lines.filter(Boolean).at(-1), "附件：11月份重点工作推进情况表");
      // The HTML: the same paragraphs, then the table with a border on every cell.
      assert.ok(html.includes(TOTALS), html.slice(0, 500));
      await app.page.setContent(html);
      const table = app.page.locator("table");
      assert.equal(await table.locator("tr").count(), 2 + 5);
      assert.deepEqual(await table.locator("th").allInnerTexts(), COLUMNS);
      const borders = await table.locator("td, th").evaluateAll((cells) => cells.map((c) => getComputedStyle(c).borderTopStyle + " " + getComputedStyle(c).borderTopWidth));
      assert.ok(borders.every((b) => b === "solid 1px"), borders.join());
    },
    { contextOptions: { acceptDownloads: true, permissions: ["clipboard-read", "clipboard-write"] } },
  );
});

test("复制通报稿 without the Clipboard API's ClipboardItem (plain http): the copy command sets both flavours", async () => {
  await withContext(
    env,
    async (open, context) => {
      await context.addInitScript(() => {
        delete window.ClipboardItem;
      });
      const app = await openWithProgress(open, context);
      assert.equal(await app.page.evaluate(() => typeof window.ClipboardItem), "undefined");
      await app.page.getByRole("button", { name: "复制通报稿", exact: true }).click();
      await app.page.getByTestId("export-message").getByText("已复制11月份重点工作通报稿").waitFor();
      const { text, html } = await clipboard(app);
      assert.ok(text.startsWith("关于11月份重点工作进展情况的通报\n"), text);
      assert.ok(html.includes("<table") && html.includes(TOTALS), html.slice(0, 300));
    },
    { contextOptions: { permissions: ["clipboard-read", "clipboard-write"] } },
  );
});
