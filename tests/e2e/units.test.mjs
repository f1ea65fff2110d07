// One unit, one name (issue 14): a unit written two ways is one row, one filter and
// one 我的单位; units that only look alike are suggested (可能是同一单位) and merged or
// kept apart by the clerk, the answer kept across reloads and undone from the unit
// page.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import { browserAndServer } from "./harness.mjs";
import { withContext } from "./checklist_page.mjs";

const env = browserAndServer();
const inContext = (fn, options) => withContext(env, fn, options);

// 区发改局 is written in full in task 2; 区城市管理局 and 区城市管理执法局 only look
// alike (the rules do not merge them: the clerk decides).
const DOC = [
  "2024年重点工作任务分工",
  "一、经济发展",
  "1. 推进城市更新行动（区发改局牵头，区城市管理局配合）",
  "2. 抓好重大项目建设（区发展和改革局牵头，区城市管理执法局配合）",
  "3. 优化营商环境（区商务局牵头）",
].join("\n");
const T1 = "推进城市更新行动";
const T2 = "抓好重大项目建设";
const T3 = "优化营商环境";

/** The unit names of the first unit table, as listed. */
async function unitRows(app) {
  const table = app.page.getByTestId("unit-table").first();
  await table.waitFor();
  return table.locator("tbody th .link").allInnerTexts();
}

async function pasteDoc(app, text = DOC) {
  await app.paste(text);
  await app.task(T1).waitFor();
}

/** Opens the page of unit `name` from the 按单位 view. */
async function openUnit(app, name) {
  await app.page.getByTestId("unit-table").first().getByRole("button", { name, exact: true }).click();
  await app.page.getByTestId("unit-page").waitFor();
}

test("a unit written two ways is one row, its page says how else it is written, and its filter finds both", async () => {
  await inContext(async (open) => {
    const app = await open();
    await pasteDoc(app);
    await app.showView("按单位");
    const rows = await unitRows(app);
    assert.equal(rows.filter((n) => n.startsWith("区发")).length, 1, rows.join(" "));
    const name = rows.find((n) => n.startsWith("区发"));
    await openUnit(app, name);
    assert.match(await app.page.getByTestId("unit-aliases").innerText(), /也写作：区发(展和改革|改)局/);
    assert.match(await app.page.locator(".unit-counts").innerText(), /牵头 2 项 · 配合 0 项/);
    const texts = (await app.taskTexts(app.page.getByTestId("unit-page"))).join("\n");
    assert.ok(texts.includes(T1) && texts.includes(T2) && !texts.includes(T3), texts);
  });
});

test("a suggestion accepted (合并) is one unit, and 撤销合并 on its page makes two again", async () => {
  await inContext(async (open) => {
    const app = await open();
    await pasteDoc(app);
    await app.showView("按单位");
    const suggestion = app.page.getByTestId("unit-suggestion").filter({ hasText: "区城市管理执法局" });
    await suggestion.waitFor();
    assert.match(await app.page.getByTestId("unit-suggestions").innerText(), /可能是同一单位/);
    let rows = await unitRows(app);
    assert.ok(rows.includes("区城市管理局") && rows.includes("区城市管理执法局"), rows.join(" "));
    await suggestion.getByRole("button", { name: "合并", exact: true }).click();
    await app.page.waitForFunction(() => !document.querySelector('[data-testid="unit-suggestion"]'));
    rows = await unitRows(app);
    const merged = rows.filter((n) => n.startsWith("区城市管理"));
    assert.equal(merged.length, 1, rows.join(" "));
    await openUnit(app, merged[0]);
    assert.match(await app.page.locator(".unit-counts").innerText(), /牵头 0 项 · 配合 2 项/);
    assert.match(await app.page.getByTestId("unit-aliases").innerText(), /也写作：区城市管理(执法)?局/);
    // Undone from the unit page: two units again, and the pair is suggested again.
    await app.page.getByTestId("unmerge").click();
    await app.page.waitForFunction(() => !document.querySelector('[data-testid="unit-aliases"]'));
    assert.match(await app.page.locator(".unit-counts").innerText(), /配合 1 项/);
    await app.page.getByTestId("unit-page").getByTestId("unit-suggestion").waitFor();
    await app.page.getByRole("button", { name: "← 全部单位" }).click();
    rows = await unitRows(app);
    assert.ok(rows.includes("区城市管理局") && rows.includes("区城市管理执法局"), rows.join(" "));
  });
});

test("a merge is kept: after a reload and in another document, one unit", async () => {
  await inContext(async (open) => {
    const app = await open();
    await pasteDoc(app);
    await app.showView("按单位");
    const suggestion = app.page.getByTestId("unit-suggestion").filter({ hasText: "区城市管理执法局" });
    await suggestion.getByRole("button", { name: "合并", exact: true }).click();
    await app.page.waitForFunction(() => !document.querySelector('[data-testid="unit-suggestion"]'));
    await app.page.waitForFunction(() => (localStorage.getItem("duban.v2.units") ?? "").includes("区城市管理局"));
    // Reloaded on the unit list (the view is in the address).
    await app.page.reload();
    const rows = await unitRows(app);
    assert.equal(rows.filter((n) => n.startsWith("区城市管理")).length, 1, rows.join(" "));
    assert.equal(await app.page.getByTestId("unit-suggestion").count(), 0);
    // Another document writing both names: merged there too.
    await app.showView("大纲");
    await pasteDoc(app, DOC.replace("2024年重点工作任务分工", "2025年工作要点").replace("推进城市更新行动", "推进城市更新行动二期"));
    await app.task("推进城市更新行动二期").waitFor();
    await app.showView("按单位");
    const again = await unitRows(app);
    assert.equal(again.filter((n) => n.startsWith("区城市管理")).length, 1, again.join(" "));
  });
});

test("我的单位 chosen under one name matches the unit written another way in another document", async () => {
  await inContext(async (open) => {
    const app = await open();
    await pasteDoc(app, ["2024年重点工作任务分工", "一、经济发展", "1. 推进城市更新行动（区发展和改革局牵头）", "2. 优化营商环境（区商务局牵头）"].join("\n"));
    await app.showView("按单位");
    const star = app.page.getByTestId("unit-table").first().getByRole("button", { name: "我的单位：区发展和改革局", exact: true });
    await star.click();
    await app.page.waitForFunction(() => document.querySelector('[aria-label="我的单位：区发展和改革局"]')?.getAttribute("aria-pressed") === "true");
    await app.page.waitForFunction(() => (localStorage.getItem("duban.v2.prefs") ?? "").includes("区发"));
    await app.showView("大纲");
    await app.paste(["2025年工作要点", "一、重点项目", "1. 抓好重大项目建设（区发改局牵头）", "2. 办好民生实事（区民政局牵头）"].join("\n"));
    await app.task(T2).waitFor();
    await app.page.getByTestId("my-tasks").click();
    await app.page.waitForFunction((t) => {
      const rows = [...document.querySelectorAll('[data-testid="task"]')];
      return rows.length === 1 && rows[0].textContent.includes(t);
    }, T2);
  });
});

test("不是: the pair is no longer suggested, after a reload too, and the units stay two", async () => {
  await inContext(async (open) => {
    const app = await open();
    await pasteDoc(app);
    await app.showView("按单位");
    const suggestion = app.page.getByTestId("unit-suggestion").filter({ hasText: "区城市管理执法局" });
    await suggestion.getByRole("button", { name: "不是", exact: true }).click();
    await app.page.waitForFunction(() => !document.querySelector('[data-testid="unit-suggestion"]'));
    await app.page.waitForFunction(() => (localStorage.getItem("duban.v2.units") ?? "").includes("apart"));
    await app.page.reload();
    const rows = await unitRows(app);
    assert.ok(rows.includes("区城市管理局") && rows.includes("区城市管理执法局"), rows.join(" "));
    assert.equal(await app.page.getByTestId("unit-suggestion").count(), 0);
  });
});

test("导入单位名单: a list giving one name to two units is refused with its line, nothing changes; a good one in GBK merges; 导出 writes it back", async () => {
  await inContext(async (open) => {
    const app = await open();
    await pasteDoc(app);
    await app.showView("按单位");
    await unitRows(app);
    const pick = app.page.getByTestId("import-unit-list");
    const csv = (lines) => ({ name: "名单.csv", mimeType: "text/csv", buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(lines.join("\r\n"), "utf8")]) });
    await pick.setInputFiles(csv(["名称,简称,别名", "区城市管理局,,区城市管理执法局", "区商务局,,区城市管理执法局"]));
    const message = app.page.getByTestId("unit-list-message");
    await message.waitFor();
    const text = await message.innerText();
    assert.match(text, /第 3 行/);
    assert.match(text, /区城市管理执法局/);
    assert.match(text, /没有任何改动/);
    let rows = await unitRows(app);
    assert.ok(rows.includes("区城市管理局") && rows.includes("区城市管理执法局"), rows.join(" "));
    assert.equal(await app.page.evaluate(() => localStorage.getItem("duban.v2.units")), null);
    // The list fixed, saved by Excel on a Chinese Windows (GBK): the two names are one unit.
    const gbk = "c3fbb3c62cbcf2b3c62cb1f0c3fb0d0ac7f8b3c7cad0b9dcc0edbed62c2cc7f8b3c7cad0b9dcc0edd6b4b7a8bed60d0ac7f8c9cccef1bed62c2c0d0a";
    assert.equal(new TextDecoder("gbk").decode(Buffer.from(gbk, "hex")), "名称,简称,别名\r\n区城市管理局,,区城市管理执法局\r\n区商务局,,\r\n");
    await pick.setInputFiles({ name: "名单.csv", mimeType: "text/csv", buffer: Buffer.from(gbk, "hex") });
    await app.page.waitForFunction(() => document.querySelector('[data-testid="unit-list-message"]')?.textContent.includes("已导入"));
    await app.page.waitForFunction(() => [...document.querySelectorAll('[data-testid="unit-table"] tbody th .link')].filter((b) => b.textContent.startsWith("区城市管理")).length === 1);
    // Exported in the same form.
    const [file] = await Promise.all([
      app.page.waitForEvent("download"),
      app.page.getByTestId("export-unit-list").click(),
    ]);
    const bytes = await fs.readFile(await file.path());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString("utf8").split("\r\n");
    assert.equal(lines[0], "名称,简称,别名");
    assert.ok(lines.some((l) => l.includes("区城市管理局") && l.includes("区城市管理执法局")), lines.join("\n"));
  });
});

test("a group 我的单位 belongs to, starred once, brings its tasks into 我的任务 in another document that words it otherwise", async () => {
  await inContext(async (open) => {
    const app = await open();
    await pasteDoc(app, ["2024年重点工作任务分工", "一、经济发展", "1. 推进城市更新行动（市发改委牵头，市级有关部门配合）", "2. 优化营商环境（市商务局牵头）"].join("\n"));
    await app.showView("按单位");
    await app.page.getByTestId("group-hint").waitFor();
    await app.page.getByRole("button", { name: "我的单位：市级有关部门", exact: true }).click();
    await app.page.waitForFunction(() => (localStorage.getItem("duban.v2.prefs") ?? "").includes("市级有关部门"));
    await app.showView("大纲");
    await app.paste(["2025年工作要点", "一、重点项目", "1. 抓好重大项目建设（市住建局牵头，市级各有关部门配合）", "2. 办好民生实事（市民政局牵头）"].join("\n"));
    await app.task(T2).waitFor();
    await app.page.getByTestId("my-tasks").click();
    await app.page.waitForFunction((t) => {
      const rows = [...document.querySelectorAll('[data-testid="task"]')];
      return rows.length === 1 && rows[0].textContent.includes(t);
    }, T2);
  });
});

test("a merge reaches another tab showing the document, and the backup holds it", async () => {
  await inContext(async (open) => {
    const app = await open();
    const other = await open();
    await pasteDoc(app);
    await pasteDoc(other);
    await other.showView("按单位");
    assert.equal((await unitRows(other)).filter((n) => n.startsWith("区城市管理")).length, 2);
    await app.showView("按单位");
    await app.page.getByTestId("unit-suggestion").filter({ hasText: "区城市管理执法局" }).getByRole("button", { name: "合并", exact: true }).click();
    await app.page.waitForFunction(() => (localStorage.getItem("duban.v2.units") ?? "").includes("区城市管理局"));
    await other.page.waitForFunction(
      () => [...document.querySelectorAll('[data-testid="unit-table"] tbody th .link')].filter((b) => b.textContent.startsWith("区城市管理")).length === 1,
      undefined,
      { polling: 100 },
    );
    await app.openLibrary();
    const [file] = await Promise.all([
      app.page.waitForEvent("download"),
      app.library.getByTestId("export-backup").click(),
    ]);
    const json = JSON.parse(await fs.readFile(await file.path(), "utf8"));
    assert.ok(Object.keys(json.units?.same ?? {}).some((k) => k.includes("区城市管理局")), JSON.stringify(json.units));
  }, { contextOptions: { acceptDownloads: true } });
});

test("到期: one unit choice for a unit each saved document writes its own way, finding the tasks of both", async () => {
  await inContext(async (open) => {
    const app = await open();
    await app.paste(["2024年重点工作任务分工", "1. 推进城市更新行动（区发改局牵头，2024年6月底前完成）"].join("\n"));
    await app.task(T1).waitFor();
    await app.paste(["2024年民生实事项目", "1. 新建口袋公园10个（区发展和改革局牵头，区民政局配合，2024年6月底前完成）"].join("\n"));
    await app.task("新建口袋公园").waitFor();
    await app.openLibrary();
    await app.library.getByTestId("show-due").click();
    const view = app.page.getByTestId("due-view");
    await view.waitFor();
    await app.page.waitForFunction(() => document.querySelectorAll('[data-testid="due-doc"]').length === 2);
    const choices = (await view.getByTestId("due-unit").locator("option").allInnerTexts()).filter((t) => t.startsWith("区发"));
    assert.equal(choices.length, 1, choices.join(" "));
    await view.getByTestId("due-unit").selectOption({ label: choices[0] });
    await app.page.waitForFunction(() => document.querySelectorAll('[data-testid="due-task"]').length === 2);
    await view.getByTestId("due-unit").selectOption({ label: "区民政局" });
    await app.page.waitForFunction(() => document.querySelectorAll('[data-testid="due-task"]').length === 1);
  });
});
