// 督办 as offices run it (issue 13): a task's progress per month, kept across reloads;
// 亮灯 against 序时 that follows the (injected) clock; the 亮灯 summary per unit; and on
// opening, the line "本周到期 N 项 · 已逾期 M 项" with the overdue count in the title.
import { test } from "node:test";
import assert from "node:assert/strict";
import { browserAndServer } from "./harness.mjs";
import { withContext } from "./checklist_page.mjs";

const env = browserAndServer();
const inContext = (fn, options) => withContext(env, fn, options);
// The clock of the page, in Beijing: Playwright's fake Date.
const at = (day) => async (context) => {
  await context.clock.setFixedTime(new Date(`${day}T10:00:00+08:00`));
};
const BEIJING = { contextOptions: { timezoneId: "Asia/Shanghai" } };

const DOC = [
  "2026年重点工作任务分工",
  "一、王明副市长负责的工作",
  "1. 推进城市更新行动（市发改委牵头，市财政局配合，2026年12月底前完成）",
  "2. 抓好重大项目建设（市发改委牵头，2026年11月22日前完成）",
  "3. 优化营商环境（市商务局牵头，2026年6月底前完成）",
  "4. 提升教育质量（市教育局牵头，持续推进）",
].join("\n");
const RENEWAL = "推进城市更新行动";

async function openProgress(app, text) {
  const row = await app.reveal(text);
  if ((await row.getByTestId("progress-toggle").getAttribute("aria-expanded")) !== "true") {
    await row.getByTestId("progress-toggle").click();
  }
  return row.getByTestId("progress-editor");
}

async function setPercent(app, text, percent) {
  const editor = await openProgress(app, text);
  const field = editor.getByTestId("percent");
  await field.fill(String(percent));
  await field.press("Enter");
  await field.blur();
}

/** Waits until a stored value under `prefix` holds `text`: the save happened. */
async function storedHas(app, prefix, text) {
  await app.page.waitForFunction(
    ([p, t]) => Object.entries(localStorage).some(([k, v]) => k.startsWith(p) && v.includes(t)),
    [prefix, text],
  );
}

/** The 亮灯 of a row: its data-light, or null when not shown. */
async function lightOf(app, text) {
  const badge = (await app.reveal(text)).getByTestId("light");
  return (await badge.count()) ? badge.getAttribute("data-light") : null;
}

test("a month's progress is entered, kept across a reload, and earlier months stay readable", async () => {
  await inContext(async (open, context) => {
    await at("2026-11-20")(context);
    const app = await open();
    await app.paste(DOC);
    await app.task(RENEWAL).waitFor();
    let editor = await openProgress(app, RENEWAL);
    // This month is the default.
    assert.equal(await editor.getByTestId("report-month").inputValue(), "2026-11");
    await editor.getByTestId("completion").selectOption("percent");
    await setPercent(app, RENEWAL, 50);
    await editor.getByTestId("report-progress").fill("完成投资5亿元");
    await editor.getByTestId("report-problems").fill("征迁进度慢");
    await editor.getByTestId("report-next").fill("加快征迁");
    // Last month's report, typed late.
    await editor.getByTestId("report-month").selectOption("2026-10");
    assert.equal(await editor.getByTestId("report-progress").inputValue(), "");
    await editor.getByTestId("report-progress").fill("完成方案编制");
    // 序时 on 20 November: 324 of 365 days.
    assert.match(await editor.getByTestId("schedule").innerText(), /序时进度 88\.8%/);
    await app.waitUntilStored("完成方案编制");
    const stored = await app.page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith("duban.v2.prog.")).map((k) => localStorage.getItem(k)),
    );
    assert.equal(stored.length, 1);
    assert.match(stored[0], /完成投资5亿元/);

    await app.page.reload();
    await app.task(RENEWAL).waitFor();
    const row = await app.reveal(RENEWAL);
    assert.equal(await row.getByTestId("progress-toggle").innerText(), "进展（50%）");
    editor = await openProgress(app, RENEWAL);
    assert.equal(await editor.getByTestId("report-month").inputValue(), "2026-11");
    assert.equal(await editor.getByTestId("percent").inputValue(), "50");
    assert.equal(await editor.getByTestId("report-progress").inputValue(), "完成投资5亿元");
    assert.equal(await editor.getByTestId("report-problems").inputValue(), "征迁进度慢");
    assert.equal(await editor.getByTestId("report-next").inputValue(), "加快征迁");
    const past = editor.getByTestId("report-past");
    assert.equal(await past.count(), 1);
    assert.equal(await past.getAttribute("data-month"), "2026-10");
    assert.match(await past.innerText(), /2026年10月[\s\S]*进展情况：完成方案编制/);
  }, BEIJING);
});

test("亮灯 follows the clock: the same progress is 正常 in March and 严重滞后 in November; the filter and the thresholds follow", async () => {
  await inContext(async (open, context) => {
    await at("2026-03-02")(context);
    const app = await open();
    await app.paste(DOC);
    await app.task(RENEWAL).waitFor();
    await (await openProgress(app, RENEWAL)).getByTestId("completion").selectOption("percent");
    await setPercent(app, RENEWAL, 10);
    // 序时 16.7%: 10% is 6.7 points behind, 正常 (green), in colour and in words.
    assert.equal(await lightOf(app, RENEWAL), "normal");
    const badge = (await app.reveal(RENEWAL)).getByTestId("light");
    assert.equal(await badge.innerText(), "正常");
    assert.equal(await badge.evaluate((e) => getComputedStyle(e).color), "rgb(26, 127, 55)");
    // Not started, with its deadline far: green too.
    assert.equal(await lightOf(app, "抓好重大项目建设"), "normal");
    await app.saveNow();
    await storedHas(app, "duban.v2.prog.", '"percent":10');

    // The clock moves on to 20 November.
    await at("2026-11-20")(context);
    await app.page.reload();
    await app.task(RENEWAL).waitFor();
    assert.equal(await lightOf(app, RENEWAL), "serious");
    assert.equal(await (await app.reveal(RENEWAL)).getByTestId("light").innerText(), "严重滞后");
    // Past its deadline: 逾期, said by the status beside it (red).
    assert.equal(await app.status("优化营商环境"), "逾期");
    // Filter by 亮灯: the red ones.
    await app.page.getByTestId("filter-light").selectOption("red");
    await app.page.waitForFunction(() => location.search.includes("light=red"));
    assert.deepEqual(await app.counts(), [2, 4]);
    await app.page.getByTestId("filter-light").selectOption("any");
    // At 50%, 38.8 points behind: still 严重滞后; with 严重滞后 from 40 points behind,
    // 滞后 (yellow).
    await setPercent(app, RENEWAL, 50);
    assert.equal(await lightOf(app, RENEWAL), "serious");
    await app.page.getByTestId("light-settings").locator("summary").click();
    const serious = app.page.getByTestId("light-serious");
    await serious.fill("40");
    await serious.press("Enter");
    await serious.blur();
    assert.equal(await lightOf(app, RENEWAL), "behind");
  }, BEIJING);
});

test("the 亮灯 summary per unit puts the worst first, and a red count shows that unit's red tasks", async () => {
  await inContext(async (open, context) => {
    await at("2026-11-20")(context);
    const app = await open();
    await app.paste(DOC);
    await app.task(RENEWAL).waitFor();
    await (await openProgress(app, RENEWAL)).getByTestId("completion").selectOption("not_started");
    // 已完成 as its completion ticks the task done.
    await (await openProgress(app, "提升教育质量")).getByTestId("completion").selectOption("done");
    assert.equal(await app.isDone("提升教育质量"), true);
    await app.showView("按单位");
    const summary = app.page.getByTestId("light-summary");
    await summary.waitFor();
    const rows = summary.getByTestId("light-row");
    const names = await rows.locator("th").allInnerTexts();
    // 市发改委: one red (未开工 at 88.8% 序时) and one 临近; then the units with one red.
    assert.equal(names[0], "市发改委");
    assert.deepEqual(names.slice(1).sort(), ["市商务局", "市教育局", "市财政局"].sort());
    assert.equal(names.at(-1), "市教育局");
    const first = rows.first();
    assert.equal(await first.getByTestId("light-red").innerText(), "1");
    assert.equal(await rows.last().getByTestId("light-rate").innerText(), "100%");
    // Sorted by 完成率: the lowest first.
    await summary.getByRole("button", { name: "完成率" }).click();
    assert.equal(await rows.last().locator("th").innerText(), "市教育局");
    await summary.getByTestId("light-sort-worst").click();
    await first.getByTestId("light-red").getByRole("button").click();
    const page = app.page.getByTestId("unit-page");
    await page.waitFor();
    await app.page.waitForFunction(() => location.search.includes("light=red"));
    await app.page.waitForFunction(() => document.querySelectorAll('[data-testid="unit-page"] [data-testid="task"]').length === 1);
    const texts = await app.taskTexts(page);
    assert.equal(texts.length, 1);
    assert.match(texts[0], new RegExp(RENEWAL));
  }, BEIJING);
});

test("on opening, a line says what is due this week and what is overdue, a click from the list, and the title counts the overdue", async () => {
  await inContext(async (open, context) => {
    // Friday 20 November: the week ends on Sunday the 22nd.
    await at("2026-11-20")(context);
    const app = await open();
    await app.paste(DOC);
    await app.task(RENEWAL).waitFor();
    await app.markDone("提升教育质量");
    await app.saveNow();
    await storedHas(app, "duban.v2.doc.", '"done":[true');
    await app.page.reload();
    await app.task(RENEWAL).waitFor();
    const line = app.page.getByTestId("due-line");
    await line.waitFor();
    assert.equal(await line.innerText(), "本周到期 1 项 · 已逾期 1 项");
    await app.page.waitForFunction(() => document.title === "(1) 督办清单");
    await line.click();
    await app.page.getByTestId("due-view").waitFor();
    // With 我的单位 chosen: theirs only (市商务局's overdue task is not 市发改委's).
    await app.showView("按单位");
    await app.page.getByTestId("unit-table").getByRole("button", { name: "我的单位：市发改委" }).click();
    await app.page.waitForFunction(() => document.querySelector('[data-testid="due-line"]')?.innerText.startsWith("我的单位"));
    assert.equal(await line.innerText(), "我的单位：本周到期 1 项 · 已逾期 0 项");
    await app.page.waitForFunction(() => document.title === "督办清单");
  }, BEIJING);
});
