// Corrections of the outline (issue 16, §1): the clerk fixes what the parser got
// wrong on a task or a section, sees which tasks were corrected, undoes a correction,
// applies one to the whole document, and finds the corrections again after a reload,
// a paste of the same text, a revised version, in another tab and in every view,
// count and export.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import { browserAndServer } from "./harness.mjs";
import { parseCsv } from "./app_page.mjs";
import { withContext } from "./checklist_page.mjs";

const env = browserAndServer();
const inContext = (fn, options) => withContext(env, fn, options);

// A document in which the parser reads what is written, and the clerk knows better:
// 市财政局 leads tasks 1 and 2 with 市发改委, the last line is a paragraph of task 4,
// and "（三）" is a heading.
const DOC = [
  "2024年重点工作任务分工",
  "一、经济发展",
  "1. 推进城市更新行动（市发改委牵头，市财政局、市住建局配合）",
  "2. 抓好重大项目建设（市发改委牵头，市财政局、市住建局配合）",
  "3. 优化营商环境（市商务局牵头，2024年6月底前完成）",
  "二、社会民生",
  "4. 办好十件民生实事（市民政局牵头）",
  "5. 其中老旧小区改造不少于20个。",
  "6. 提升教育质量（市教育局牵头，市财政局配合）",
].join("\n");
const T1 = "推进城市更新行动";
const T2 = "抓好重大项目建设";
const T3 = "优化营商环境";
const T4 = "办好十件民生实事";
const T5 = "其中老旧小区改造不少于20个";
const T6 = "提升教育质量";

/** Opens the 修正 editor of the task whose text contains `text`. */
async function openFix(app, text) {
  const row = await app.reveal(text);
  const editor = row.getByTestId("fix-editor");
  if (!(await editor.count())) await row.getByTestId("fix-toggle").click();
  await editor.waitFor();
  return editor;
}

/** The unit names of a role shown on a task's row. */
async function chips(app, text, role) {
  const row = await app.reveal(text);
  return row.locator(`.duties .chips.${role} .chip`).allInnerTexts();
}

/** Clicks a sample-free page into the document DOC, and waits for its first task. */
async function pasteDoc(app, text = DOC) {
  await app.paste(text);
  await app.task(T1).waitFor();
}

test("a unit moved from 配合 to 牵头: the row, the mark, the unit counts and the 已手动修改 filter follow", async () => {
  await inContext(async (open) => {
    const app = await open();
    await pasteDoc(app);
    assert.deepEqual(await chips(app, T1, "lead"), ["市发改委"]);
    assert.deepEqual(await chips(app, T1, "coop"), ["市财政局", "市住建局"]);
    assert.equal(await (await app.reveal(T1)).getByTestId("corrected-mark").count(), 0);
    const editor = await openFix(app, T1);
    await editor.getByTestId("fix-unit").filter({ hasText: "市财政局" }).getByRole("button", { name: "改为牵头" }).click();
    await app.page.waitForFunction(
      (t) => [...document.querySelectorAll('[data-testid="task"]')].find((r) => r.textContent.includes(t))?.querySelector(".chips.lead")?.textContent.includes("市财政局"),
      T1,
    );
    assert.deepEqual(await chips(app, T1, "lead"), ["市发改委", "市财政局"]);
    assert.deepEqual(await chips(app, T1, "coop"), ["市住建局"]);
    await (await app.reveal(T1)).getByTestId("corrected-mark").waitFor();
    assert.equal(await (await app.reveal(T2)).getByTestId("corrected-mark").count(), 0);
    // The correction is listed with its undo.
    assert.match(await editor.getByTestId("fix-in-force").first().innerText(), /市财政局.*改为牵头/);
    // 已手动修改: only the corrected task.
    await app.page.getByTestId("filter-corrected").check();
    assert.deepEqual(await app.taskTexts(app.outline), [T1]);
    await app.page.getByTestId("filter-corrected").uncheck();
    // The unit page counts the corrected role.
    await app.showView("按单位");
    await app.page.getByTestId("unit-table").getByRole("button", { name: "市财政局", exact: true }).click();
    await app.page.getByTestId("unit-page").waitFor();
    assert.match(await app.page.locator(".unit-counts").innerText(), /牵头 1 项 · 配合 2 项/);
  });
});

test("将此处修正应用到全文: the same units elsewhere are corrected too, each undone on its own, and the CSV follows", async () => {
  await inContext(async (open, context) => {
    const app = await open();
    await pasteDoc(app);
    const editor = await openFix(app, T1);
    await editor.getByTestId("fix-unit").filter({ hasText: "市财政局" }).getByRole("button", { name: "改为牵头" }).click();
    const apply = editor.getByTestId("fix-apply-all");
    await apply.waitFor();
    assert.match(await apply.innerText(), /另有 1 项/);
    await apply.click();
    await (await app.reveal(T2)).getByTestId("corrected-mark").waitFor();
    assert.deepEqual(await chips(app, T2, "lead"), ["市发改委", "市财政局"]);
    // Task 6 names 市财政局 too, with other units: untouched.
    assert.deepEqual(await chips(app, T6, "coop"), ["市财政局"]);
    // The export carries the corrected units.
    const [file] = await Promise.all([
      app.page.waitForEvent("download"),
      app.page.getByRole("button", { name: "导出 CSV", exact: true }).click(),
    ]);
    const rows = parseCsv((await fs.readFile(await file.path())).subarray(3).toString("utf8"));
    const lead = Object.fromEntries(rows.slice(1).map((r) => [r[3], r[5]]));
    assert.equal(lead[T1], "市发改委、市财政局");
    assert.equal(lead[T2], "市发改委、市财政局");
    assert.equal(lead[T6], "市教育局");
    // Undo on task 2 only.
    const second = await openFix(app, T2);
    await second.getByTestId("fix-undo").click();
    await app.page.waitForFunction(
      (t) => ![...document.querySelectorAll('[data-testid="task"]')].find((r) => r.textContent.includes(t))?.querySelector('[data-testid="corrected-mark"]'),
      T2,
    );
    assert.deepEqual(await chips(app, T2, "lead"), ["市发改委"]);
    assert.deepEqual(await chips(app, T1, "lead"), ["市发改委", "市财政局"]);
  }, { contextOptions: { acceptDownloads: true } });
});

test("a paragraph joined to the task above, a task made a heading, a leader added and a deadline edited, all undone one by one", async () => {
  await inContext(async (open) => {
    const app = await open();
    await pasteDoc(app);
    const [, total] = await app.counts();
    assert.equal(total, 6);
    // 5 is a paragraph of 4.
    const e5 = await openFix(app, T5);
    await e5.getByTestId("fix-join").click();
    await app.page.waitForFunction(() => /^5 \//.test(document.querySelector('[data-testid="match-count"]').textContent));
    assert.equal(await app.task(T5).count(), 1, "its text is now in task 4's row");
    const row4 = await app.reveal(T4);
    assert.match(await row4.getByTestId("body").innerText(), new RegExp(T5));
    await row4.getByTestId("corrected-mark").waitFor();
    // 3 is a heading, not a task.
    const e3 = await openFix(app, T3);
    await e3.getByTestId("fix-kind").click();
    await app.page.waitForFunction(() => /^4 \//.test(document.querySelector('[data-testid="match-count"]').textContent));
    const heading = app.outline.locator('[data-testid="section"]').filter({ hasText: T3 });
    await heading.waitFor();
    assert.equal(await heading.getByTestId("done").count(), 0, "a heading has no task controls");
    // A leader, from the suggestions or typed, and a deadline typed as a date.
    const e6 = await openFix(app, T6);
    await e6.getByTestId("fix-add-leader").fill("王明副市长");
    await e6.getByTestId("fix-add-leader-button").click();
    await (await app.reveal(T6)).locator(".chips.leader .chip").filter({ hasText: "王明（副市长）" }).waitFor();
    await e6.getByTestId("fix-deadline").fill("2024-9-30");
    await e6.getByTestId("fix-deadline-save").click();
    await (await app.reveal(T6)).getByTestId("deadline").filter({ hasText: "2024-09-30" }).waitFor();
    // The leader view knows the new leader.
    await app.showView("按领导");
    await app.page.getByTestId("leader-table").getByRole("button", { name: "王明", exact: true }).waitFor();
    await app.showView("大纲");
    // Everything survives a reload.
    await app.page.reload();
    await app.task(T1).waitFor();
    assert.deepEqual(await app.counts(), [4, 4]);
    assert.equal(await app.outline.locator('[data-testid="section"]').filter({ hasText: T3 }).count(), 1);
    // Each undone on its own: the deadline, the leader, the heading, the join.
    const again = await openFix(app, T6);
    assert.equal(await again.getByTestId("fix-in-force").count(), 2);
    await again.getByTestId("fix-in-force").filter({ hasText: "完成时限" }).getByTestId("fix-undo").click();
    await again.getByTestId("fix-in-force").filter({ hasText: "王明" }).getByTestId("fix-undo").click();
    await app.page.waitForFunction(
      (t) => ![...document.querySelectorAll('[data-testid="task"]')].find((r) => r.textContent.includes(t))?.querySelector('[data-testid="corrected-mark"]'),
      T6,
    );
    const h = app.outline.locator('[data-testid="section"]').filter({ hasText: T3 });
    await h.getByTestId("fix-toggle").click();
    await h.getByTestId("fix-undo").click();
    await app.page.waitForFunction(() => /^5 \//.test(document.querySelector('[data-testid="match-count"]').textContent));
    const e4 = await openFix(app, T4);
    await e4.getByTestId("fix-joined").getByRole("button", { name: "撤销并入" }).click();
    await app.page.waitForFunction(() => /^6 \//.test(document.querySelector('[data-testid="match-count"]').textContent));
    await app.task(T5).waitFor();
  });
});

test("corrections come back with the same text pasted again, carry over to a revised version, reach another tab and the backup", async () => {
  await inContext(async (open) => {
    const app = await open();
    const other = await open();
    await pasteDoc(app);
    const editor = await openFix(app, T1);
    await editor.getByTestId("fix-unit").filter({ hasText: "市住建局" }).getByRole("button", { name: "移除" }).click();
    await app.page.waitForFunction(
      (t) => !/市住建局/.test([...document.querySelectorAll('[data-testid="task"]')].find((r) => r.textContent.includes(t))?.querySelector(".duties").textContent),
      T1,
    );
    // Stored as a part of its own, versioned.
    const stored = await app.stored();
    const fixKey = Object.keys(stored).find((k) => k.startsWith("duban.v2.fix."));
    assert.ok(fixKey, "the corrections are stored");
    assert.equal(JSON.parse(stored[fixKey]).version, 2);
    // The other tab, showing the same document, follows.
    await other.paste(DOC);
    await other.page.waitForFunction(
      (t) => {
        const row = [...document.querySelectorAll('[data-testid="task"]')].find((r) => r.textContent.includes(t));
        return row && !/市住建局/.test(row.querySelector(".duties").textContent);
      },
      T1,
      { polling: 100 },
    );
    // Another document, then the same text again: the correction is back.
    await app.chooseSample("000");
    await app.paste(DOC);
    await app.task(T1).waitFor();
    assert.deepEqual(await chips(app, T1, "coop"), ["市财政局"]);
    // A revised version: task 1 reworded, a task added; the correction follows task 1.
    const revised = DOC.replace("推进城市更新行动", "深入推进城市更新行动").replace(
      "6. 提升教育质量（市教育局牵头，市财政局配合）",
      "6. 提升教育质量（市教育局牵头，市财政局配合）\n7. 加快数字政府建设（市大数据局牵头）",
    );
    await app.paste(revised);
    await app.revisionReport.waitFor();
    const row = await app.reveal("深入推进城市更新行动");
    assert.deepEqual(await row.locator(".duties .chips.coop .chip").allInnerTexts(), ["市财政局"]);
    await row.getByTestId("corrected-mark").waitFor();
    // The backup holds the corrections.
    const backup = await app.page.evaluate(() => Object.keys(localStorage).length);
    assert.ok(backup > 0);
    await app.openLibrary();
    const [file] = await Promise.all([
      app.page.waitForEvent("download"),
      app.library.getByTestId("export-backup").click(),
    ]);
    const json = JSON.parse(await fs.readFile(await file.path(), "utf8"));
    const fixes = Object.values(json.fixes ?? {});
    assert.ok(fixes.some((f) => JSON.stringify(f).includes("removed")), "the backup holds the removal");
  }, { contextOptions: { acceptDownloads: true } });
});
