// Density, phone and keyboard (issue 16, §5): the first task on the first screen of a
// 1366×768 laptop; on a 390×844 phone one row of filters stays on screen and the unit
// table scrolls sideways on its own; one tab stop per task with ← → inside it, x and
// Space tick, n opens the note; the view tabs follow the ARIA tabs pattern; leaders are
// listed by rank.
import { test } from "node:test";
import assert from "node:assert/strict";
import { browserAndServer } from "./harness.mjs";
import { withContext } from "./checklist_page.mjs";

const env = browserAndServer();
const inContext = (fn, options) => withContext(env, fn, options);
const laptop = { contextOptions: { viewport: { width: 1366, height: 768 } } };
const phone = { contextOptions: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } };

const box = (locator) => locator.evaluate((e) => e.getBoundingClientRect().toJSON());
const focused = (page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    const row = a?.closest("[data-row]");
    return { testid: a?.dataset?.testid ?? null, row: row ? [...document.querySelectorAll("[data-row]")].indexOf(row) : -1, isRow: a?.hasAttribute("data-row") ?? false };
  });

test("1366×768: once a document is shown its first task is whole on the first screen, under a one-row filter bar", async () => {
  await inContext(async (open) => {
    const app = await open();
    const first = app.outline.locator('[data-testid="task"]').first();
    const check = async () => {
      const row = await box(first);
      assert.ok(row.bottom <= 768, `the first task ends at y=${Math.round(row.bottom)}`);
      const bar = await box(app.page.locator(".filter-bar"));
      assert.ok(bar.height <= 60, `the filter bar is ${Math.round(bar.height)} px high`);
    };
    await check();
    await app.paste("2024年重点工作\n一、经济发展\n1. 推进城市更新行动（市发改委牵头，市财政局配合）\n2. 抓好重大项目建设（市发改委牵头）");
    await app.task("推进城市更新行动").waitFor();
    await check();
    // The folded box still takes a paste and opens the samples.
    await app.page.getByTestId("samples").locator("summary").click();
    await app.page.locator('button[data-sample="003"]').waitFor();
  }, laptop);
});

test("390×844 phone: one row of filters while scrolling, 筛选 opens the rest; the unit table scrolls on its own", async () => {
  await inContext(async (open) => {
    const app = await open();
    await app.page.mouse.wheel(0, 1500);
    await app.page.waitForFunction(() => window.scrollY > 1000);
    const bar = app.page.locator(".filter-bar");
    const b = await box(bar);
    assert.ok(b.top <= 1 && b.height <= 60, `the sticky bar: top ${b.top}, ${b.height} px high`);
    const unit = app.page.getByTestId("filter-unit");
    assert.equal(await unit.isVisible(), false);
    await app.page.getByTestId("filter-toggle").click();
    await unit.waitFor();
    await unit.selectOption("市发改局");
    await app.page.waitForFunction(() => /筛选（1）/.test(document.querySelector('[data-testid="filter-toggle"]').textContent));
    await app.page.getByTestId("clear-filters").click();
    await app.page.getByTestId("filter-toggle").click();
    await unit.waitFor({ state: "hidden" });
    // The unit table: headers on one line each, the page itself never wider than the phone.
    await app.page.evaluate(() => window.scrollTo(0, 0));
    await app.showView("按单位");
    const table = app.page.getByTestId("unit-table").first();
    await table.waitFor();
    const heights = await table.locator("thead th").evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().height));
    const line = await table.locator("thead th").first().evaluate((th) => parseFloat(getComputedStyle(th).lineHeight));
    assert.ok(heights.every((h) => h < line * 1.8), `header heights ${heights} for a line of ${line}`);
    assert.ok(await app.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth));
  }, phone);
});

test("keyboard: one tab stop per task, ← → inside it, x and Space tick, n opens the note", async () => {
  await inContext(async (open) => {
    const app = await open();
    const page = app.page;
    await page.locator("body").click({ position: { x: 1, y: 1 } });
    let tabs = 0;
    while (tabs < 60) {
      await page.keyboard.press("Tab");
      tabs++;
      if ((await focused(page)).testid === "done") break;
    }
    assert.ok(tabs <= 28, `${tabs} Tabs to the first 完成 box`);
    const first = await focused(page);
    // Tab goes to the next task, not to the chips, the date or the note of this one.
    await page.keyboard.press("Tab");
    const next = await focused(page);
    assert.equal(next.testid, "done");
    assert.equal(next.row, first.row + 1);
    // ← → move inside the row, and the row keeps the control last used as its stop.
    await page.keyboard.press("ArrowRight");
    assert.deepEqual(await focused(page), { ...next, testid: "due" });
    await page.keyboard.press("Tab");
    assert.deepEqual(await focused(page), { testid: "done", row: next.row + 1, isRow: false });
    await page.keyboard.press("Shift+Tab");
    assert.deepEqual(await focused(page), { ...next, testid: "due" });
    await page.keyboard.press("Shift+Tab");
    assert.deepEqual(await focused(page), first);
    // x ticks the task the focus is on; Space on a row (j/k focus rows) ticks it too,
    // without scrolling the page.
    await page.keyboard.press("x");
    assert.equal(await page.locator("[data-row]").nth(first.row).getByTestId("done").isChecked(), true);
    await page.keyboard.press("j");
    const row = await focused(page);
    assert.deepEqual(row, { testid: "task", row: first.row + 1, isRow: true });
    const y = await page.evaluate(() => window.scrollY);
    await page.keyboard.press(" ");
    assert.equal(await page.locator("[data-row]").nth(row.row).getByTestId("done").isChecked(), true);
    assert.equal(await page.evaluate(() => window.scrollY), y, "Space did not scroll");
    // n opens the note of the focused task, with the cursor in it; Esc leaves it.
    await page.keyboard.press("n");
    await page.waitForFunction(() => document.activeElement?.dataset?.testid === "note");
    await page.keyboard.type("键盘写的备注");
    await page.keyboard.press("Escape");
    assert.equal(await page.locator("[data-row]").nth(row.row).getByTestId("note-text").innerText(), "键盘写的备注");
  }, laptop);
});

test("export menu: one tab stop for its buttons, ← → move between them, the month list its own stop", async () => {
  await inContext(async (open) => {
    const app = await open();
    const page = app.page;
    const exportKey = () => page.evaluate(() => document.activeElement?.dataset?.export ?? document.activeElement?.dataset?.testid ?? null);
    await page.getByTestId("filter-light").focus();
    await page.getByTestId("my-tasks").focus();
    await page.keyboard.press("Tab");
    assert.equal(await exportKey(), "xlsx", "the first button is the stop");
    await page.keyboard.press("ArrowRight");
    assert.equal(await exportKey(), "csv");
    await page.keyboard.press("ArrowRight");
    assert.equal(await exportKey(), "chat");
    await page.keyboard.press("ArrowLeft");
    assert.equal(await exportKey(), "csv");
    // Tab leaves the buttons for the month list, then for what follows the menu.
    await page.keyboard.press("Tab");
    assert.equal(await exportKey(), "export-month");
    await page.keyboard.press("Tab");
    assert.equal(await exportKey(), null, "no other button of the menu is a stop");
    // Back again: the button left focused is the stop; → reaches the month's buttons.
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    assert.equal(await exportKey(), "csv");
    for (let k = 0; k < 8; k++) await page.keyboard.press("ArrowRight");
    assert.equal(await exportKey(), "bulletin");
    await page.keyboard.press("ArrowRight");
    assert.equal(await exportKey(), "bulletin", "the last stays");
  }, laptop);
});

test("view tabs: one tab stop, arrow keys, Home and End choose the view", async () => {
  await inContext(async (open) => {
    const app = await open();
    const page = app.page;
    const tabs = page.getByRole("tab");
    assert.deepEqual(await tabs.evaluateAll((ts) => ts.map((t) => t.tabIndex)), [0, -1, -1, -1]);
    await page.getByRole("tab", { name: "大纲" }).focus();
    await page.keyboard.press("ArrowRight");
    await page.getByTestId("unit-panel").waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "按单位");
    assert.equal(await page.getByRole("tab", { name: "按单位" }).getAttribute("aria-selected"), "true");
    await page.keyboard.press("End");
    await page.getByTestId("due-view").waitFor();
    await page.keyboard.press("ArrowRight");
    await page.getByTestId("outline").waitFor();
    await page.keyboard.press("ArrowLeft");
    await page.getByTestId("due-view").waitFor();
    await page.keyboard.press("ArrowLeft");
    await page.getByTestId("leader-panel").waitFor();
    await page.keyboard.press("Home");
    await page.getByTestId("outline").waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.textContent), "大纲");
    assert.deepEqual(await tabs.evaluateAll((ts) => ts.map((t) => t.tabIndex)), [0, -1, -1, -1]);
    const panel = page.getByRole("tabpanel");
    assert.equal(await panel.getAttribute("aria-labelledby"), await page.getByRole("tab", { name: "大纲" }).getAttribute("id"));
  });
});

test("leaders are listed by rank: 区长 first, then 常务副区长, the 副区长 as the document names them, 秘书长", async () => {
  await inContext(async (open) => {
    const app = await open();
    await app.paste(
      [
        "2024年区政府重点工作责任分解",
        "一、王五副区长负责的工作",
        "1. 推进乡村振兴（区农业农村局牵头）",
        "二、赵六副区长负责的工作",
        "2. 办好民生实事（区民政局牵头）",
        "3. 提升教育质量（区教育局牵头）",
        "三、周八区政府秘书长负责的工作",
        "4. 优化政务服务（区政务办牵头）",
        "四、钱七常务副区长负责的工作",
        "5. 抓好财政收支（区财政局牵头）",
        "五、孙九区长负责的工作",
        "6. 统筹全区发展（区发改局牵头）",
      ].join("\n"),
    );
    await app.task("统筹全区发展").waitFor();
    await app.showView("按领导");
    const names = await app.page.getByTestId("leader-table").locator("tbody th").allInnerTexts();
    assert.deepEqual(names.map((n) => n.replace(/[☆★]/g, "").trim()), ["孙九", "钱七", "王五", "赵六", "周八"]);
    const options = await app.page.getByTestId("filter-leader").locator("option").allInnerTexts();
    assert.deepEqual(options.slice(1).map((o) => o.replace(/（\d+）$/, "")), ["孙九", "钱七", "王五", "赵六", "周八"]);
  });
});
