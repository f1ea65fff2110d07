// Storage and exports under hostile conditions (issue 17): each test is the fault made
// real in Chromium, then what a user does, and what must hold: nothing entered is lost
// without a word, and nothing is said to be saved that was not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { browserAndServer } from "./harness.mjs";
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
  return app.stored();
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
      assert.deepEqual(await app.stored(), before, "the stored data is untouched");
      // The page says what happened, names the cause, and offers the backup of what it holds.
      await app.alert.waitFor();
      const text = await app.alert.innerText();
      assert.match(text, /无法读取本页已保存的数据/);
      assert.match(text, /SecurityError/, "the cause is named");
      assert.match(text, /暂时不保存任何修改/);
      const [download] = await Promise.all([app.page.waitForEvent("download"), app.alert.getByTestId("export-backup").click()]);
      const backup = JSON.parse(await (await import("node:fs/promises")).readFile(await download.path(), "utf8"));
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
    await failReads(context, (key) => key.startsWith("duban.v2.doc."));
    await app.page.reload();
    // The document and my unit (readable) are there; its marks (unreadable) are not.
    await app.task(A).waitFor();
    await app.markDone(E);
    assert.deepEqual(await app.stored(), before, "the stored data is untouched");
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
