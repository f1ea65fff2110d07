// Exports and dates (issue 16, §4): the user's own due date is exported beside the
// document's deadline and the status follows the date in force; the chat text keeps
// the document's numbers and headings; 分单位导出 gives a sheet and a chat text per
// unit; the due date field takes the ways people write a date, refuses the rest with
// a message, and reads the same in an English-language browser.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import { browserAndServer } from "./harness.mjs";
import { parseCsv, unzip } from "./app_page.mjs";
import { dayFromToday, withContext } from "./checklist_page.mjs";

const env = browserAndServer();
const inContext = (fn, options) => withContext(env, fn, options);
const options = {
  contextOptions: { acceptDownloads: true, permissions: ["clipboard-read", "clipboard-write"] },
};

const DOC = [
  "2024年重点工作任务分工",
  "一、经济发展",
  "（一）扩大有效投资",
  "1. 推进城市更新行动（市发改委牵头，市财政局配合，2024年6月底前完成）",
  "2. 抓好重大项目建设（市发改委牵头）",
  "（二）优化营商环境",
  "3. 深化“一件事”改革（市数据局牵头，市发改委配合）",
  "二、社会民生",
  "4. 办好十件民生实事（市民政局牵头，市财政局配合）",
].join("\n");

async function download(app, button) {
  const [file] = await Promise.all([app.page.waitForEvent("download", { timeout: 30000 }), button.click()]);
  return { name: file.suggestedFilename(), bytes: await fs.readFile(await file.path()) };
}

async function clipboard(app) {
  return app.page.evaluate(() => navigator.clipboard.readText());
}

test("only 我的期限 set: the CSV, Excel and chat text carry it beside 完成时限, and the status follows it", async () => {
  await inContext(async (open) => {
    const app = await open();
    await app.paste(DOC);
    await app.task("推进城市更新行动").waitFor();
    const later = dayFromToday(20);
    // Task 1's deadline (June 2024) has passed; task 2 has none.
    await app.setDue("推进城市更新行动", later);
    await app.setDue("抓好重大项目建设", later);
    assert.equal(await app.status("推进城市更新行动"), "未到期");
    assert.equal(await app.status("抓好重大项目建设"), "未到期");
    const csv = await download(app, app.page.getByRole("button", { name: "导出 CSV", exact: true }));
    const rows = parseCsv(csv.bytes.subarray(3).toString("utf8"));
    const col = (name) => rows[0].indexOf(name);
    assert.ok(col("我的期限") === col("完成时限") + 1, rows[0].join(","));
    const row = (text) => rows.find((r) => r[3] === text);
    assert.equal(row("推进城市更新行动")[col("完成时限")], "2024年6月底前完成");
    assert.equal(row("推进城市更新行动")[col("我的期限")], later);
    assert.equal(row("推进城市更新行动")[col("状态")], "未到期");
    assert.equal(row("抓好重大项目建设")[col("完成时限")], "");
    assert.equal(row("抓好重大项目建设")[col("我的期限")], later);
    assert.equal(row("抓好重大项目建设")[col("状态")], "未到期");
    assert.equal(row("办好十件民生实事")[col("我的期限")], "");
    // The Excel 台账 has the column and the date.
    const xlsx = await download(app, app.page.getByRole("button", { name: "导出 Excel 台账", exact: true }));
    const strings = unzip(xlsx.bytes)["xl/sharedStrings.xml"];
    assert.ok(strings.includes("我的期限") && strings.includes(later), "the workbook holds 我的期限");
    // The chat text too.
    await app.page.getByRole("button", { name: "复制为聊天文本", exact: true }).click();
    await app.page.getByTestId("export-message").getByText("已复制").waitFor();
    const chat = await clipboard(app);
    assert.ok(chat.includes(`我的期限：${later}`), chat);
    assert.ok(!/状态：逾期/.test(chat), chat);
  }, options);
});

test("the chat text keeps the document's numbers and headings", async () => {
  await inContext(async (open) => {
    const app = await open();
    await app.paste(DOC);
    await app.task("推进城市更新行动").waitFor();
    await app.page.getByRole("button", { name: "复制为聊天文本", exact: true }).click();
    await app.page.getByTestId("export-message").getByText("已复制").waitFor();
    const lines = (await clipboard(app)).split("\n");
    const at = (line) => lines.indexOf(line);
    for (const line of ["一、经济发展", "（一）扩大有效投资", "1.推进城市更新行动", "2.抓好重大项目建设", "（二）优化营商环境", "3.深化“一件事”改革", "二、社会民生", "4.办好十件民生实事"]) {
      assert.ok(at(line) > 0, `${line} in\n${lines.join("\n")}`);
    }
    assert.ok(at("一、经济发展") < at("（一）扩大有效投资") && at("（一）扩大有效投资") < at("1.推进城市更新行动"));
    assert.ok(at("（二）优化营商环境") < at("3.深化“一件事”改革") && at("二、社会民生") < at("4.办好十件民生实事"));
    assert.equal(lines.filter((l) => l === "一、经济发展").length, 1, "a heading once for its tasks");
    // A filtered view keeps the numbers too: 市财政局's tasks are 1 and 4.
    await app.page.getByTestId("filter-unit").selectOption("市财政局");
    await app.page.getByRole("button", { name: "复制为聊天文本", exact: true }).click();
    await app.page.waitForFunction(async () => (await navigator.clipboard.readText()).includes("市财政局，共 2 项"));
    const filtered = (await clipboard(app)).split("\n");
    assert.ok(filtered.includes("1.推进城市更新行动") && filtered.includes("4.办好十件民生实事"), filtered.join("\n"));
    assert.ok(!filtered.includes("2.办好十件民生实事"));
  }, options);
});

test("分单位导出: one workbook with a sheet per unit (牵头 then 配合, source numbers), and a chat text per unit", async () => {
  await inContext(async (open) => {
    const app = await open();
    await app.paste(DOC);
    await app.task("推进城市更新行动").waitFor();
    await app.page.getByRole("button", { name: "分单位导出", exact: true }).click();
    const panel = app.page.getByTestId("by-unit");
    await panel.waitFor();
    const units = panel.getByTestId("unit-chat");
    assert.equal(await units.count(), 4);
    assert.match(await units.filter({ hasText: "市发改委" }).innerText(), /牵头 2 项 · 配合 1 项/);
    const book = await download(app, panel.getByTestId("units-xlsx"));
    assert.match(book.name, /分单位\.xlsx$/);
    const files = unzip(book.bytes);
    const sheets = [...files["xl/workbook.xml"].matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(sheets.slice().sort(), ["市发改委", "市财政局", "市数据局", "市民政局"].sort());
    // 市发改委's sheet: its two lead tasks, then the one it cooperates on, as numbered.
    const index = sheets.indexOf("市发改委") + 1;
    const xml = files[`xl/worksheets/sheet${index}.xml`];
    const shared = [...files["xl/sharedStrings.xml"].matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((m) => m[1]);
    const cells = [...xml.matchAll(/<c r="([A-Z]+)(\d+)"[^>]*t="s"[^>]*><v>(\d+)<\/v>/g)].map((m) => ({ col: m[1], row: Number(m[2]), text: shared[Number(m[3])] }));
    const column = (c) => cells.filter((x) => x.col === c && x.row > 3).sort((a, b) => a.row - b.row).map((x) => x.text);
    assert.deepEqual(column("A"), ["牵头", "牵头", "配合"]);
    assert.deepEqual(column("C"), ["1.", "2.", "3."]);
    // The chat text for 市财政局: only its tasks, as it cooperates on them.
    await units.filter({ hasText: "市财政局" }).getByRole("button", { name: "复制聊天文本" }).click();
    await app.page.getByTestId("export-message").getByText("已复制给市财政局").waitFor();
    const chat = await clipboard(app);
    assert.match(chat, /市财政局：牵头 0 项，配合 2 项/);
    assert.match(chat, /＝＝ 配合的任务（2 项）＝＝/);
    assert.ok(chat.includes("1.推进城市更新行动") && chat.includes("4.办好十件民生实事"));
    assert.ok(!chat.includes("抓好重大项目建设"));
  }, options);
});

test("the due date field takes 2026-6-30, 2026/6/30, 6月30日 and 2026年6月30日, and refuses anything else with a message", async () => {
  await inContext(async (open) => {
    const app = await open();
    const A = "地区生产总值增长7%左右";
    const year = new Date().getFullYear();
    const cases = [
      ["2026-6-30", "2026-06-30"],
      ["2026/6/30", "2026-06-30"],
      ["2027年1月5日", "2027-01-05"],
      ["6月30日", `${year}-06-30`],
    ];
    for (const [typed, stored] of cases) {
      await app.setDue(A, typed);
      assert.equal(await app.due(A), stored, typed);
      assert.equal(await (await app.reveal(A)).getByTestId("due-error").count(), 0);
    }
    // Digits typed after a click (the year 275760 of a date field), a year outside
    // 2000–2100, a form not taken: refused, said why, the saved date untouched.
    for (const [typed, why] of [["20266-06-30", /年份/], ["1999-12-31", /年份 1999/], ["30/6/2026", /无法识别/], ["2026-2-30", /2月没有30日/]]) {
      await app.setDue(A, typed);
      const error = (await app.reveal(A)).getByTestId("due-error");
      await error.waitFor();
      assert.match(await error.innerText(), why);
    }
    await app.page.waitForTimeout(400);
    await app.page.reload();
    await app.task(A).waitFor();
    assert.equal(await app.due(A), `${year}-06-30`);
    const marks = JSON.stringify(await app.storedMarks());
    assert.ok(!/275760|20266|1999-12-31/.test(marks), marks);
  });
});

test("in an English-language browser the due date reads and is typed the same way", async () => {
  await inContext(
    async (open) => {
      const app = await open();
      const A = "地区生产总值增长7%左右";
      const field = (await app.reveal(A)).getByTestId("due");
      assert.equal(await app.page.evaluate(() => navigator.language), "en-US");
      assert.notEqual(await field.getAttribute("type"), "date", "not the browser's mm/dd/yyyy field");
      assert.match(await field.getAttribute("placeholder"), /2026-6-30/);
      await app.setDue(A, "2026/6/30");
      assert.equal(await app.due(A), "2026-06-30");
      await app.setDue(A, "06/30/2026");
      await (await app.reveal(A)).getByTestId("due-error").waitFor();
      assert.equal(await app.due(A), "06/30/2026", "the typed text stays for correcting");
      await app.page.reload();
      await app.task(A).waitFor();
      assert.equal(await app.due(A), "2026-06-30");
    },
    { contextOptions: { locale: "en-US" } },
  );
});
