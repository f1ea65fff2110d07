// The main screen on the seed documents: outline, chips, filters, unit and leader
// views, the chart, the URL, the keyboard, files, small screens and print.
import { test } from "node:test";
import assert from "node:assert/strict";
import { browserAndServer, openPage } from "./harness.mjs";
import { AppPage, parsedSeed, tasksOf } from "./app_page.mjs";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const env = browserAndServer();

/** A fresh page on the app; asserts at the end that nothing went wrong. */
async function withApp(fn, { viewport } = {}) {
  const context = await env.browser.newContext(viewport ? { viewport } : {});
  const { page, problems } = await openPage(env.browser, env.server.origin, { context });
  const app = new AppPage(page, env.server.url);
  try {
    await fn(app, page);
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.foreignRequests, []);
  } finally {
    await context.close();
  }
}

const names = (units) => units.slice().sort();

test("003: every task of the outline shows as in the source, with its number", async () => {
  const expected = tasksOf(parsedSeed("003"));
  await withApp(async (app) => {
    await app.open();
    await app.outline.getByText("地区生产总值增长7%左右").waitFor();
    const [shown, total] = await app.counts();
    assert.equal(total, expected.length);
    assert.equal(shown, expected.length);
    // Rows render in windows: scroll until all tasks have been shown.
    assert.deepEqual(await app.allTaskTexts(app.outline), expected.map((t) => t.text));
    const first = app.outline.locator('[data-testid="task"]').first();
    assert.equal(await first.locator(".number").innerText(), expected[0].number);
  });
});

test("003: choosing 市发改局 shows exactly its lead and cooperating tasks", async () => {
  const tasks = tasksOf(parsedSeed("003"));
  const lead = tasks.filter((t) => t.lead_units.includes("市发改局"));
  const coop = tasks.filter((t) => t.coop_units.includes("市发改局") && !t.lead_units.includes("市发改局"));
  assert.ok(lead.length > 0 && coop.length > 0, "003 has lead and cooperating tasks for 市发改局");
  await withApp(async (app, page) => {
    await app.open();
    await app.showView("按单位");
    await page.getByTestId("unit-table").getByRole("button", { name: "市发改局", exact: true }).click();
    const unitPage = page.getByTestId("unit-page");
    await unitPage.waitFor();
    assert.match(await unitPage.locator(".unit-counts").innerText(), new RegExp(`牵头 ${lead.length} 项 · 配合 ${coop.length} 项`));
    const shown = await app.allTaskTexts(unitPage);
    assert.deepEqual(names(shown), names([...lead, ...coop].map((t) => t.text)));
    // Lead tasks come first within each section.
    const badges = await unitPage.locator(".task-list > li").evaluateAll((rows) => {
      const groups = [];
      for (const row of rows) {
        if (row.dataset.testid === "task-group") groups.push([]);
        else if (row.dataset.testid === "task") groups.at(-1).push(row.querySelector(".badge").textContent);
      }
      return groups;
    });
    assert.ok(badges.length > 1, "tasks are grouped by section");
    for (const group of badges) {
      assert.deepEqual(group, group.slice().sort((a, b) => (a === "牵头" ? 0 : 1) - (b === "牵头" ? 0 : 1)));
    }
    await page.waitForFunction(() => new URLSearchParams(location.search).get("view") === "units");
  });
});

test("004: the keyword 招商 is highlighted and counted", async () => {
  const tasks = tasksOf(parsedSeed("004"));
  const hits = tasks.filter((t) =>
    [t.text, ...t.lead_units, ...t.coop_units, ...t.leaders, t.deadline ?? ""].some((s) => s.includes("招商")),
  );
  assert.ok(hits.length > 0);
  await withApp(async (app) => {
    await app.open();
    await app.chooseSample("004");
    await app.search("招商");
    await app.outline.locator("mark").first().waitFor();
    const [shown] = await app.counts();
    assert.equal(shown, hits.length);
    const marks = await app.outline.locator("mark").allInnerTexts();
    assert.ok(marks.length >= hits.length);
    assert.ok(marks.every((m) => m === "招商"), JSON.stringify(marks));
  });
});

test("a bookmarked URL restores the filter and the view", async () => {
  await withApp(async (app, page) => {
    await app.open();
    await app.search("港");
    await app.page.getByTestId("filter-role").selectOption("lead");
    const [shownBefore] = await app.counts();
    await page.waitForFunction(() => location.search.includes("role=lead"));
    const bookmarked = page.url();
    assert.ok(!bookmarked.includes("地区生产总值"), "the document never goes into the URL");
    await page.goto(bookmarked);
    await app.keyword.waitFor();
    // The document reopened is parsed in the worker, a moment after the page is up
    // (the worker may not have been asked yet when the page is: wait for its tasks).
    await app.parsed();
    await page.waitForFunction(
      () => /\/\s*[1-9]/.test(document.querySelector('[data-testid="match-count"]')?.textContent ?? ""),
    );
    assert.equal(await app.keyword.inputValue(), "港");
    assert.equal(await page.getByTestId("filter-role").inputValue(), "lead");
    assert.equal((await app.counts())[0], shownBefore);
  });
});

test("a link opened where its document is not says it holds the filter only", async () => {
  await withApp(async (app, page) => {
    await app.open("?q=" + encodeURIComponent("港"));
    assert.equal(await app.keyword.inputValue(), "港");
    assert.match(await page.getByTestId("notice").innerText(), /只带有筛选条件，不含文件本身/);
    // Opened with no filter: no such message.
    await app.open();
    await app.keyword.waitFor();
    assert.equal(await page.getByTestId("notice").count(), 0);
  });
});

test("a keyword typed while a sample is on its way is kept", async () => {
  await withApp(async (app, page) => {
    await app.open();
    await app.search("港");
    // A slow network: the sample arrives once the user has typed a keyword.
    let arrive;
    const typed = new Promise((r) => (arrive = r));
    await page.route("**/samples/000_*", async (route) => {
      await typed;
      await route.continue();
    });
    await page.getByTestId("samples").locator("summary").click();
    await page.locator('button[data-sample="000"]').click();
    assert.equal(await app.keyword.inputValue(), "", "choosing a sample clears the filter at once");
    await app.search("财政");
    arrive();
    await page.waitForFunction(() => document.getElementById("paste-area").value.includes("2023年2月份"));
    // The sample is shown (and put in the box) in one task: the filter is final.
    assert.equal(await app.keyword.inputValue(), "财政");
    const [shown, total] = await app.counts();
    assert.ok(shown > 0 && shown < total, `${shown} / ${total}`);
  });
});

test("a unit chip filters to that unit; filters combine; one action clears them", async () => {
  const tasks = tasksOf(parsedSeed("003"));
  const ofUnit = tasks.filter((t) => t.lead_units.includes("市财政局") || t.coop_units.includes("市财政局"));
  const asLead = ofUnit.filter((t) => t.lead_units.includes("市财政局"));
  await withApp(async (app, page) => {
    await app.open();
    await app.outline.locator("button.chip", { hasText: /^市财政局$/ }).first().click();
    await page.waitForFunction((n) => document.querySelector('[data-testid="match-count"]').textContent.startsWith(`${n} /`), ofUnit.length);
    await page.getByTestId("filter-role").selectOption("lead");
    assert.equal((await app.counts())[0], asLead.length);
    // Ancestors of matches stay visible, shown as context.
    assert.ok((await app.outline.locator('[data-testid="section"]').count()) > 0);
    await page.getByTestId("clear-filters").click();
    assert.equal((await app.counts())[0], tasks.length);
    await page.waitForFunction(() => location.search === "");
  });
});

test("sections fold and unfold, one by one and all at once", async () => {
  const firstSection = parsedSeed("003").documents[0].nodes[0];
  const firstTask = firstSection.children[0].text;
  await withApp(async (app, page) => {
    await app.open();
    const tasks = app.outline.locator('[data-testid="task"]');
    await app.outline.getByText(firstTask).waitFor();
    const first = app.outline.locator('[data-testid="section"]').first();
    await first.locator("button.fold").click();
    await app.outline.getByText(firstTask).waitFor({ state: "detached" });
    // The rows after the folded section move up; the section itself stays.
    assert.equal(await first.locator(".number").innerText(), firstSection.number);
    assert.ok((await tasks.count()) > 0);
    await first.locator("button.fold").click();
    await app.outline.getByText(firstTask).waitFor();
    await page.getByRole("button", { name: "全部折叠" }).click();
    assert.equal(await tasks.count(), 0);
    await page.getByRole("button", { name: "全部展开" }).click();
    await app.outline.getByText(firstTask).waitFor();
    assert.ok((await tasks.count()) > 0);
  });
});

test("leader view: 胡海达's tasks in 003", async () => {
  const tasks = tasksOf(parsedSeed("003")).filter((t) => t.leaders.includes("胡海达"));
  assert.ok(tasks.length > 0);
  await withApp(async (app, page) => {
    await app.open();
    await app.showView("按领导");
    await page.getByTestId("leader-table").getByRole("button", { name: "胡海达", exact: true }).click();
    const leaderPage = page.getByTestId("leader-page");
    await leaderPage.waitFor();
    assert.deepEqual(names(await app.allTaskTexts(leaderPage)), names(tasks.map((t) => t.text)));
    // A keyword none of the leader's tasks has: the page says so instead of going blank.
    await app.search("没有这个词");
    await leaderPage.getByTestId("tasks-empty").waitFor();
  });
});

test("unit view: sortable, searchable, collective entries apart, chart bars filter", async () => {
  await withApp(async (app, page) => {
    await app.open();
    await app.showView("按单位");
    const tables = page.getByTestId("unit-table");
    assert.equal(await tables.count(), 2);
    assert.match(await tables.nth(1).innerText(), /市级有关部门/);
    assert.doesNotMatch(await tables.nth(0).innerText(), /市级有关部门/);
    await page.getByRole("button", { name: "按名称" }).click();
    const byName = await tables.nth(0).locator("tbody th").allInnerTexts();
    assert.deepEqual(byName, byName.slice().sort());
    await page.getByRole("searchbox", { name: "查找单位" }).fill("财政");
    assert.ok((await tables.nth(0).locator("tbody tr").allInnerTexts()).every((r) => r.includes("财政")));
    await page.getByRole("searchbox", { name: "查找单位" }).fill("");
    const bar = page.getByTestId("unit-bar").first();
    await bar.focus();
    assert.match(await page.getByTestId("chart-readout").innerText(), /牵头 \d+ 项，配合 \d+ 项/);
    await bar.click();
    await page.getByTestId("unit-page").waitFor();
  });
});

test("keyboard: / focuses the search, j/k move through tasks, Esc clears", async () => {
  await withApp(async (app, page) => {
    await app.open();
    await page.locator("body").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("/");
    assert.equal(await page.evaluate(() => document.activeElement.id), "filter-keyword");
    // (Each step waits for the list to show its filter: a j pressed while the rows are
    // still rendered anew would focus a row that is then replaced.)
    const filtered = (narrowed) =>
      page.waitForFunction((narrowed) => {
        const m = document.querySelector('[data-testid="match-count"]')?.textContent.match(/(\d+) \/ (\d+)/);
        return m && (m[1] !== m[2]) === narrowed;
      }, narrowed);
    await page.keyboard.type("财政");
    await filtered(true);
    await page.keyboard.press("Escape");
    assert.equal(await app.keyword.inputValue(), "");
    await filtered(false);
    await page.keyboard.press("j");
    await page.keyboard.press("j");
    const focused = await page.evaluate(() => document.activeElement.dataset.row);
    const second = await page.locator("[data-row]").nth(1).getAttribute("data-row");
    assert.equal(focused, second);
    await page.keyboard.press("k");
    assert.equal(
      await page.evaluate(() => document.activeElement.dataset.row),
      await page.locator("[data-row]").first().getAttribute("data-row"),
    );
  });
});

test("rows render a screenful at a time: a tall screen fills up, j walks past the last row", async () => {
  const expected = tasksOf(parsedSeed("003"));
  const rowBottoms = (page) =>
    page.evaluate(() => {
      const rows = [...document.querySelectorAll("[data-row]")];
      return { count: rows.length, bottom: rows.at(-1)?.getBoundingClientRect().bottom ?? 0, height: innerHeight };
    });
  // The list has stopped adding rows: what is left of it starts more than a screen
  // below the screen (where the list adds rows), or nothing is left.
  const settled = (page) =>
    page.waitForFunction(() => {
      const more = document.querySelector('[data-testid="outline"] .more');
      return !more || more.getBoundingClientRect().top > 2 * innerHeight;
    });
  // A tall screen: the first window ends above its bottom, so more rows come by themselves.
  await withApp(
    async (app, page) => {
      await app.open();
      await page.waitForFunction(() => {
        const rows = [...document.querySelectorAll("[data-row]")];
        return rows.length > 16 && rows.at(-1).getBoundingClientRect().bottom > innerHeight;
      });
      const { count, bottom, height } = await rowBottoms(page);
      assert.ok(bottom > height, `rows end at ${bottom}px on a ${height}px screen (${count} rows)`);
    },
    { viewport: { width: 1200, height: 2600 } },
  );
  // A laptop screen: a window of rows, not the whole document; j past its end brings more.
  await withApp(
    async (app, page) => {
      await app.open();
      await app.outline.getByText("地区生产总值增长7%左右").waitFor();
      await settled(page);
      const first = (await rowBottoms(page)).count;
      assert.ok(first >= 16 && first < expected.length, `${first} rows at first`);
      await page.locator("[data-row]").first().focus();
      // As a user holding j down (key repeat, about 30 a second).
      let focused = 0;
      for (let i = 0; i < first + 20 && focused < first; i++) {
        await page.keyboard.press("j");
        // Each press, once the page has answered it (rows come a frame later).
        await app.afterNextPaint();
        focused = Number(await page.evaluate(() => document.activeElement.dataset.row));
      }
      assert.ok(focused >= first, `j reached row ${focused}, past the first window`);
      // Folding a section keeps the rows the user has brought in (counted before the
      // observer could add rows again).
      const [grown, afterFold] = await page.evaluate(async () => {
        const count = () => document.querySelectorAll("[data-row]").length;
        const before = count();
        document.querySelector('[data-testid="section"] button.fold').click();
        await new Promise((r) => setTimeout(r, 0));
        return [before, count()];
      });
      assert.ok(afterFold >= grown, `${afterFold} rows after folding, ${grown} before`);
      // A new filter starts again from the top, with a fresh window.
      await app.keyword.fill("市");
      await settled(page);
      assert.ok((await rowBottoms(page)).count <= 2 * first);
    },
    { viewport: { width: 1366, height: 768 } },
  );
});

test("a .txt file opens, GBK included; a Word file is refused and the document stays", async () => {
  // "一、总体要求\n（一）推进招商引资工作。\n责任单位：区财政局、区商务局\n" in GBK.
  const gbk = Buffer.from(
    "d2bba1a2d7dccce5d2aac7f30aa3a8d2bba3a9cdc6bdf8d5d0c9ccd2fdd7cab9a4d7f7a1a30ad4f0c8ceb5a5cebba3bac7f8b2c6d5febed6a1a2c7f8c9cccef1bed60a",
    "hex",
  );
  await withApp(async (app, page) => {
    await app.open();
    const picker = page.getByTestId("open-file");
    await picker.setInputFiles({ name: "任务.txt", mimeType: "text/plain", buffer: gbk });
    await app.outline.getByText("推进招商引资工作").waitFor();
    assert.match(await app.outline.innerText(), /区商务局/);
    await picker.setInputFiles({ name: "任务.docx", mimeType: "application/octet-stream", buffer: Buffer.from("PK\x03\x04xxxx") });
    await page.getByTestId("notice").getByText("Word").waitFor();
    assert.match(await app.outline.innerText(), /推进招商引资工作/);
    // An Excel file is named as one, with what to do instead.
    const xlsx = Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(26), Buffer.from("[Content_Types].xml xl/workbook.xml")]);
    await picker.setInputFiles({ name: "台账.xlsx", mimeType: "application/octet-stream", buffer: xlsx });
    await page.getByTestId("notice").getByText("Excel/WPS 表格").waitFor();
    // A CSV 台账 (quoted cells, a line break inside one) reads as a table of tasks.
    const csv = "\ufeff序号,重点工作,牵头单位,配合单位,完成时限\r\n1,\"建成城市书房20家,\n打造阅读圈\",市文广旅体局,各镇(街道),2024年底前\r\n2,新增公共停车位1000个,市城管局,市交通局,9月底前\r\n";
    await picker.setInputFiles({ name: "台账.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await app.outline.getByText("新增公共停车位1000个").waitFor();
    const first = app.outline.locator('[data-testid="task"]').filter({ hasText: "建成城市书房20家" });
    assert.match(await first.innerText(), /打造阅读圈/);
    assert.match(await first.innerText(), /市文广旅体局/);
  });
});

test("pasting ignored page furniture lists it with reasons on request", async () => {
  await withApp(async (app, page) => {
    await app.open();
    await app.chooseSample("002");
    await page.getByTestId("toggle-ignored").click();
    const ignored = page.getByTestId("ignored-list");
    assert.match(await ignored.innerText(), /浙ICP备/);
    assert.doesNotMatch(await app.outline.innerText(), /浙ICP备|责任编辑/);
  });
});

test("fits a phone screen and a 1366×768 laptop without sideways scrolling", async () => {
  for (const viewport of [{ width: 375, height: 740 }, { width: 1366, height: 768 }]) {
    await withApp(
      async (app, page) => {
        await app.open();
        await app.chooseSample("004");
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${viewport.width}px: ${overflow}px wider than the screen`);
      },
      { viewport },
    );
  }
});

test("print shows the document title and the filter in words, without controls", async () => {
  await withApp(async (app, page) => {
    await app.open();
    await app.search("招商");
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator(".filter-bar").isVisible(), false);
    const heading = page.locator(".print-heading");
    assert.ok(await heading.isVisible());
    assert.match(await heading.innerText(), /2021年政府工作报告目标任务责任分解/);
    // The filter in words is written when the print media query changes (an event).
    await heading.getByText(/招商/).waitFor();
  });
});

test("section and deadline filters: only tasks inside the section, only tasks with a deadline", async () => {
  const parsed = parsedSeed("004");
  const tasks = tasksOf(parsed);
  // Section 二、 of the first document (the second document has a 二、 of its own).
  const second = tasksOf({ documents: [parsed.documents[0]] }).filter((t) => t.section.number === "二、");
  const withDeadline = tasks.filter((t) => t.deadline !== null);
  assert.ok(second.length > 0);
  await withApp(async (app, page) => {
    await app.open();
    await app.chooseSample("004");
    await app.outline.getByText("一般公共预算收入增长6%").waitFor();
    const value = await page.getByTestId("filter-section").evaluate(
      (select) => [...select.options].find((o) => o.textContent.trim().startsWith("二、"))?.value,
    );
    await page.getByTestId("filter-section").selectOption(value);
    assert.equal((await app.counts())[0], second.length);
    assert.deepEqual(await app.taskTexts(app.outline), second.map((t) => t.text));
    await page.getByTestId("filter-section").selectOption("");
    await page.getByTestId("filter-deadline").check();
    assert.equal((await app.counts())[0], withDeadline.length);
  });
});

test("a .txt file dropped on the paste area opens", async () => {
  await withApp(async (app, page) => {
    await app.open();
    const dataTransfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(["一、总体要求\n（一）推进拖放打开的任务。\n责任单位：区财政局\n"], "拖放.txt", { type: "text/plain" }));
      return dt;
    });
    await page.locator(".paste-box").dispatchEvent("dragover", { dataTransfer });
    await page.locator(".paste-box").dispatchEvent("drop", { dataTransfer });
    await app.outline.getByText("推进拖放打开的任务").waitFor();
    assert.match(await page.getByTestId("notice").innerText(), /拖放\.txt/);
  });
});

/** The parser's JSON for a file under tests/fixtures, from the native duban-cli. */
function parsedFixture(name) {
  const root = fileURLToPath(new URL("../..", import.meta.url));
  const json = execFileSync(path.join(root, "target/debug/duban-cli"), ["parse", path.join(root, "tests/fixtures", name)], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  return { root, parsed: JSON.parse(json) };
}

test("009: the parser's warnings are listed with their line numbers on request", async () => {
  const { root, parsed } = parsedFixture("009_revised.txt");
  const warnings = parsed.warnings;
  assert.ok(warnings.some((w) => w.message.startsWith("编号重复")), "009 repeats a number");
  const text = fs.readFileSync(path.join(root, "tests/fixtures/009_revised.txt"), "utf8");
  await withApp(async (app, page) => {
    await app.open();
    await app.paste(text);
    const toggle = page.getByTestId("toggle-warnings");
    await toggle.getByText(`检查提示 ${warnings.length} 条（点击查看）`, { exact: true }).waitFor();
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    assert.equal(await page.getByTestId("warning-list").count(), 0, "closed until asked");
    await toggle.click();
    const list = page.getByTestId("warning-list");
    const shown = await list.locator("li").evaluateAll((items) =>
      items.map((li) => [li.querySelector(".line-no").textContent, li.querySelector(".message").textContent]),
    );
    assert.deepEqual(shown, warnings.map((w) => [`第${w.line}行`, w.message]));
    // The line number of a task's warning goes to the task's row.
    const task = warnings.find((w) => w.message.startsWith("任务"));
    await list.locator(`li[data-warning-line="${task.line}"] button.line-no`).first().click();
    const focused = await page.evaluate(() => document.activeElement?.getAttribute("data-line"));
    assert.equal(focused, String(task.line));
    await toggle.click();
    assert.equal(await list.count(), 0);
  });
});

test("003 has no warnings: no warnings toggle; a clean paste shows neither toggle", async () => {
  const parsed = parsedSeed("003");
  assert.equal(parsed.warnings.length, 0);
  assert.ok(parsed.ignored.length > 0);
  const clean = "一、总体要求\n（一）推进检查提示测试任务。\n责任单位：区财政局\n";
  await withApp(async (app, page) => {
    await app.open();
    await app.outline.getByText("地区生产总值增长7%左右").waitFor();
    const summary = page.getByTestId("summary");
    assert.match(await summary.innerText(), new RegExp(`已忽略 ${parsed.ignored.length} 行（点击查看原因）`));
    assert.equal(await page.getByTestId("toggle-warnings").count(), 0);
    assert.doesNotMatch(await summary.innerText(), /检查提示/);
    // Open the ignored list, then paste a document with nothing ignored: toggle and list go.
    await page.getByTestId("toggle-ignored").click();
    await page.getByTestId("ignored-list").waitFor();
    await app.paste(clean);
    await app.outline.getByText("推进检查提示测试任务").waitFor();
    assert.equal(await page.getByTestId("toggle-ignored").count(), 0);
    assert.equal(await page.getByTestId("ignored-list").count(), 0);
    assert.equal(await page.getByTestId("toggle-warnings").count(), 0);
    assert.doesNotMatch(await summary.innerText(), /已忽略|检查提示/);
  });
});

test("unnumbered paragraphs show under their item, searchable and highlighted", async () => {
  await withApp(async (app, page) => {
    await app.open();
    // 000: the paragraph of "一、中心工作" is the section's own text.
    await app.chooseSample("000");
    const centre = app.outline.locator('[data-testid="section"]').filter({ hasText: "中心工作" }).first();
    assert.match(await centre.getByTestId("body").innerText(), /认真学习贯彻党的二十大精神/);
    // 004: a 民生实事 item shows its target.
    await app.chooseSample("004");
    await app.search("专曙健康");
    const item = app.outline.locator('[data-testid="task"]').filter({ hasText: "“专曙健康”项目" }).first();
    assert.match(await item.getByTestId("body").innerText(), /^目标任务.*新增医院床位500张/s);
    // 002: a keyword found only in a paragraph is marked there.
    await app.chooseSample("002");
    await app.search("推动制造业迈向高端");
    await app.outline.locator('[data-testid="body"] mark').first().waitFor();
    assert.equal(await app.outline.locator('[data-testid="body"] mark').first().innerText(), "推动制造业迈向高端");
  });
});

test("a unit page of a large paste renders in windows and still lists every task", async () => {
  // Seed 003 pasted 12 times: 市发改局 has 12 times its tasks.
  const seedPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures/003_e3432d323480545b.txt");
  const seed = fs.readFileSync(seedPath, "utf8");
  const mine = tasksOf(parsedSeed("003")).filter((t) => t.lead_units.includes("市发改局") || t.coop_units.includes("市发改局"));
  await withApp(
    async (app, page) => {
      await app.open();
      await app.paste(Array(12).fill(seed).join("\n"));
      await app.showView("按单位");
      await page.getByTestId("unit-table").first().getByRole("button", { name: "市发改局", exact: true }).click();
      const unitPage = page.getByTestId("unit-page");
      await unitPage.locator('[data-testid="task"]').first().waitFor();
      // Until the page has stopped adding rows (what is left starts more than a
      // screen below the screen).
      await page.waitForFunction(() => {
        const more = document.querySelector('[data-testid="unit-page"] .more');
        return !more || more.getBoundingClientRect().top > 2 * innerHeight;
      });
      const first = await unitPage.locator('[data-testid="task"]').count();
      assert.ok(first < mine.length * 12, `${first} task rows at first, not all ${mine.length * 12}`);
      assert.ok(first >= 10, `${first} task rows fill the screen`);
      assert.match(await unitPage.locator(".unit-counts").innerText(), new RegExp(`牵头 \\d+ 项 · 配合 \\d+ 项`));
      assert.equal((await app.allTaskTexts(unitPage)).length, mine.length * 12);
      // A keyword narrows the page and starts again from its first window.
      await app.search("统计");
      await page.waitForFunction(() => !document.querySelector('[data-testid="unit-page"] .more'));
      const hits = mine.filter((t) => [t.text, ...t.lead_units, ...t.coop_units, ...t.leaders].some((s) => s.includes("统计")));
      assert.equal((await app.allTaskTexts(unitPage)).length, hits.length * 12);
    },
    { viewport: { width: 1366, height: 768 } },
  );
});

test("a paste of another document starts unfiltered; an edit of the same one keeps the filter", async () => {
  const fixture = (name) =>
    fs.readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures", name), "utf8");
  const seed003 = fixture("003_e3432d323480545b.txt");
  const all001 = tasksOf(parsedSeed("001")).length;
  await withApp(async (app, page) => {
    // 003, the sample: narrowed to a section and a keyword.
    await app.open("?section=0.1&q=%E8%B4%A2%E6%94%BF");
    await page.waitForFunction(() => /财政/.test(document.querySelector("#filter-keyword").value));
    // (The count follows the filter a frame later: wait until it is narrowed.)
    await page.waitForFunction(() => {
      const m = document.querySelector('[data-testid="match-count"]')?.innerText.match(/(\d+) \/ (\d+)/);
      return m && Number(m[1]) > 0 && Number(m[1]) < Number(m[2]);
    });
    const [narrowed] = await app.counts();
    // Edited in place (one task reworded): the same document, the same filter.
    await app.paste(seed003.replace("一般公共预算收入增长6.5%", "一般公共预算收入增长7%"));
    assert.equal(await app.keyword.inputValue(), "财政");
    assert.equal((await app.counts())[0], narrowed);
    // Another document: everything it holds is shown, and the filter bar says so.
    await app.paste(fixture("001_96982dac108d8883.txt"));
    await page.waitForFunction((n) => document.querySelector('[data-testid="match-count"]').innerText.includes(`${n} / ${n}`), all001);
    assert.equal(await app.keyword.inputValue(), "");
    await page.waitForFunction(() => !new URLSearchParams(location.search).has("section"));
  });
});

test("browser Back returns from a unit's page to the unit list, then to the outline", async () => {
  await withApp(async (app, page) => {
    await app.open();
    await app.search("财政");
    await app.showView("按单位");
    await page.getByTestId("unit-table").first().getByRole("button", { name: "市财政局", exact: true }).click();
    await page.getByTestId("unit-page").waitFor();
    await page.goBack();
    await page.getByTestId("unit-table").first().waitFor();
    assert.equal(await page.getByTestId("unit-page").count(), 0);
    assert.equal(new URL(page.url()).searchParams.get("view"), "units");
    assert.equal(await app.keyword.inputValue(), "财政", "the filter of that entry is kept");
    await page.goBack();
    await app.outline.waitFor();
    assert.equal(new URL(page.url()).searchParams.get("view"), null);
    // Forward goes to the unit list again; typing never added entries of its own.
    await page.goForward();
    await page.getByTestId("unit-table").first().waitFor();
  });
});

test("a page that is not a task list (a 政策解读) shows its sections and says no 任务分工 was found", async () => {
  const text = fs.readFileSync(
    path.join(path.dirname(fileURLToPath(import.meta.url)), "../corpus/c311_erlianhaote_2024_jiedu.txt"),
    "utf8",
  );
  await withApp(async (app, page) => {
    await app.open();
    await app.paste(text);
    await page.getByTestId("no-tasks").waitFor();
    assert.match(await page.getByTestId("no-tasks").innerText(), /未发现任务分工/);
    // Its parts are shown as sections, none as a task to tick.
    await app.outline.getByText("起草背景").waitFor();
    assert.equal(await app.outline.locator('[data-testid="task"]').count(), 0);
  });
});

test("a notice pasted without the plan it carries says where the tasks are", async () => {
  const text = fs.readFileSync(
    path.join(path.dirname(fileURLToPath(import.meta.url)), "../corpus/c524_panjin_2021_tongzhi_fanti_notasks.txt"),
    "utf8",
  );
  await withApp(async (app, page) => {
    await app.open();
    await app.paste(text);
    await page.getByTestId("no-tasks").waitFor();
    assert.match(await page.getByTestId("no-tasks").innerText(), /请粘贴它所附的清单/);
    // The notice's own points are no tasks to tick.
    assert.equal(await app.outline.locator('[data-testid="task"]').count(), 0);
  });
});
