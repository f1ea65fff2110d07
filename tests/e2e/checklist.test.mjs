// Personal checklists (issue 5): done marks, notes, due dates and status, progress,
// my units, the library, re-pasting revised documents, backups, and every way the
// storage can fail: reload, closing at once, quota, damaged values, two tabs.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { browserAndServer } from "./harness.mjs";
import { FIXTURES, parseCsv, parsedSeed, tasksOf } from "./app_page.mjs";
import { DAMAGED_PREFIX, DOC_PREFIX, dayFromToday, withContext } from "./checklist_page.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const SEED_003 = path.resolve(here, "../fixtures", FIXTURES["003"]);

// Tasks of seed 003, the first-visit sample.
const A = "地区生产总值增长7%左右";
const B = "一般公共预算收入增长6.5%";
const C = "生态环境质量进一步好转";
const D = "加强审计监督和审计结果运用";

const env = browserAndServer();

/** A fresh context of this file's browser and server (see `withContext`). */
const inContext = (fn, options) => withContext(env, fn, options);

test("a done mark survives a reload, with its status, progress and the status filter", async () => {
  await inContext(async (open) => {
    const app = await open();
    assert.equal(await app.isDone(A), false);
    await app.markDone(A);
    assert.equal(await app.status(A), "已完成");
    await app.page.reload();
    await app.task(A).waitFor();
    assert.equal(await app.isDone(A), true);
    assert.equal(await app.isDone(B), false);
    assert.equal(await app.status(A), "已完成");
    // The first section has three tasks; the document all of them.
    const section = app.outline.locator('[data-testid="section"]').first();
    assert.match(await section.getByTestId("progress").innerText(), /已完成 1\/3/);
    const total = tasksOf(parsedSeed("003")).length;
    assert.match(await app.page.getByTestId("summary").getByTestId("progress").innerText(), new RegExp(`已完成 1/${total}`));
    // 已完成 / 未完成 filter the outline by the marks.
    await app.page.getByTestId("filter-status").selectOption("done");
    assert.deepEqual(await app.counts(), [1, total]);
    assert.deepEqual(await app.taskTexts(app.outline), [A]);
    await app.page.getByTestId("filter-status").selectOption("open");
    assert.deepEqual(await app.counts(), [total - 1, total]);
  });
});

test("a mark made just before the page is closed is there when it is reopened", async () => {
  await inContext(async (open) => {
    const first = await open();
    await first.markDone(B);
    // A note is saved after a debounce: closing must flush it (pagehide).
    await first.writeNote(C, "关门前写的备注");
    // Still waiting for the debounce: only the flush on closing can save it.
    assert.ok(!JSON.stringify(await first.stored()).includes("关门前写的备注"));
    await first.page.close();
    const again = await open();
    assert.equal(await again.isDone(B), true);
    assert.equal(await again.note(C), "关门前写的备注");
  });
});

test("storage full: the user is told in Chinese, the stored data stays intact and readable", async () => {
  await inContext(async (open) => {
    const app = await open();
    await app.markDone(A);
    await app.waitForSavedMarks(1);
    const before = await app.storedMarks();
    assert.ok((await app.fillStorage()) > 4);
    await app.markDone(B);
    await app.alert.waitFor();
    assert.match(await app.alert.innerText(), /存储空间已满.*之前保存的内容完好/s);
    assert.equal(await app.alert.getByTestId("export-backup").count(), 1, "the backup export is offered");
    // Nothing half written: the marks value is the one from before, and it parses.
    const after = await app.storedMarks();
    assert.deepEqual(after, before);
    for (const v of Object.values(after)) JSON.parse(v);
    // After a reload the earlier mark is there (the refused one could not be kept).
    await app.page.reload();
    await app.task(A).waitFor();
    assert.equal(await app.isDone(A), true);
    // Space freed: the next change is saved again and the message goes.
    await app.page.evaluate(() => {
      for (const k of Object.keys(localStorage)) if (k.startsWith("filler.")) localStorage.removeItem(k);
    });
    await app.markDone(C);
    await app.waitForSavedMarks(2);
  });
});

test("damaged stored values: what reads is recovered, the rest is kept aside, the user is told", async () => {
  await inContext(async (open) => {
    const app = await open();
    for (const t of [A, B, C]) await app.markDone(t);
    await app.waitForSavedMarks(3);
    const marks = await app.storedMarks();
    const [marksKey, marksValue] = Object.entries(marks)[0];
    // Cut the marks value inside its last entry, and overwrite the preferences and
    // the library with garbage.
    const cut = marksValue.slice(0, marksValue.lastIndexOf('"done"') + 9);
    await app.page.evaluate(
      ([k, cutValue]) => {
        localStorage.setItem(k, cutValue);
        localStorage.setItem("duban.v2.prefs", "这不是 JSON {{");
        localStorage.setItem("duban.v2.library", "[1,2,3]");
      },
      [marksKey, cut],
    );
    await app.page.reload();
    await app.alert.waitFor();
    assert.match(await app.alert.innerText(), /无法完整读取/);
    await app.task(A).waitFor();
    const done = [];
    for (const t of [A, B, C]) if (await app.isDone(t)) done.push(t);
    assert.equal(done.length, 2, "the two complete entries before the cut are recovered");
    const stored = await app.stored();
    const aside = Object.entries(stored).filter(([k]) => k.startsWith(DAMAGED_PREFIX));
    const copyOf = (key) => aside.find(([k]) => k.startsWith(`${DAMAGED_PREFIX}${key}.`))?.[1];
    assert.equal(copyOf(marksKey), cut);
    assert.equal(copyOf("duban.v2.prefs"), "这不是 JSON {{");
    assert.equal(copyOf("duban.v2.library"), "[1,2,3]");
    // Our keys hold readable values again.
    JSON.parse(stored[marksKey]);
    JSON.parse(stored["duban.v2.prefs"]);
    JSON.parse(stored["duban.v2.library"]);
    // The library entry rebuilt from the stored text is listed under the title the
    // parse worker reads in it, not as 未命名文档.
    const names = await app.libraryNames();
    assert.equal(names.length, 1);
    await app.waitForLibraryNames([parsedSeed("003").documents[0].title]);
    // A second reload is quiet: nothing is damaged any more.
    await app.page.reload();
    await app.task(A).waitFor();
    assert.equal(await app.alert.count(), 0);
  });
});

test("data of version 1 is migrated on load: marks and notes come back, the old key goes", async () => {
  const seed = await fs.readFile(SEED_003, "utf8");
  await inContext(async (open) => {
    const app = await open();
    await app.markDone(A);
    await app.waitForSavedMarks(1);
    const [marksKey, marksValue] = Object.entries(await app.storedMarks())[0];
    const docKey = marksKey.slice(DOC_PREFIX.length);
    const taskKey = Object.keys(JSON.parse(marksValue).tasks)[0];
    const v1 = {
      version: 1,
      current: docKey,
      my_units: ["市审计局"],
      docs: { [docKey]: { title: "旧版保存的文档", added: 1690000000000, text: seed, marks: { [taskKey]: true }, notes: { [taskKey]: "旧版的备注" } } },
    };
    await app.page.evaluate((value) => {
      localStorage.clear();
      localStorage.setItem("duban.checklist", value);
    }, JSON.stringify(v1));
    await app.page.reload();
    await app.task(A).waitFor();
    assert.equal(await app.isDone(A), true);
    assert.equal(await app.note(A), "旧版的备注");
    const stored = await app.stored();
    assert.equal(stored["duban.checklist"], undefined, "the version-1 key is removed once migrated");
    assert.equal(JSON.parse(stored["duban.v2.prefs"]).version, 2);
    assert.ok(stored[marksKey]);
    assert.equal(await app.alert.count(), 0);
  });
});

test("two pages mark different tasks: both marks show in both, and after a reload", async () => {
  await inContext(async (open) => {
    const one = await open();
    const two = await open();
    await one.markDone(A);
    await two.markDone(D);
    await (await one.doneBox(D)).waitFor();
    await one.page.waitForFunction((t) => {
      const row = [...document.querySelectorAll('[data-testid="outline"] [data-testid="task"]')].find((r) => r.textContent.includes(t));
      return row?.querySelector('[data-testid="done"]').checked;
    }, D, { polling: 100 });
    await two.page.waitForFunction((t) => {
      const row = [...document.querySelectorAll('[data-testid="outline"] [data-testid="task"]')].find((r) => r.textContent.includes(t));
      return row?.querySelector('[data-testid="done"]').checked;
    }, A, { polling: 100 });
    // The same field in both: the later change wins.
    await one.writeNote(B, "第一页的备注");
    // Saved, so that the other tab's note is the later change.
    await one.waitUntilStored("第一页的备注");
    await two.writeNote(B, "第二页的备注");
    await one.page.waitForFunction(
      () => [...document.querySelectorAll('[data-testid="note"]')].some((n) => n.value === "第二页的备注"),
      null,
      { polling: 100 },
    );
    for (const app of [one, two]) {
      await app.page.reload();
      await app.task(A).waitFor();
      assert.equal(await app.isDone(A), true);
      assert.equal(await app.isDone(D), true);
      assert.equal(await app.note(B), "第二页的备注");
    }
  });
});

test("a note and a personal due date survive a reload; the status follows the due date", async () => {
  await inContext(async (open) => {
    const app = await open();
    await app.writeNote(A, "第一行\n第二行");
    await app.setDue(A, dayFromToday(-3));
    await app.setDue(B, dayFromToday(5));
    await app.setDue(C, dayFromToday(30));
    assert.equal(await app.status(A), "逾期");
    assert.equal(await app.status(B), "临近");
    assert.equal(await app.status(C), "未到期");
    await app.waitUntilStored("第一行\n第二行");
    await app.page.reload();
    await app.task(A).waitFor();
    assert.equal(await app.note(A), "第一行\n第二行");
    assert.equal(await app.due(A), dayFromToday(-3));
    assert.equal(await app.status(A), "逾期");
    assert.equal(await app.status(B), "临近");
    assert.equal(await app.status(C), "未到期");
    assert.match(await app.task(A).getByTestId("status").getAttribute("class"), /status-overdue/);
    await app.markDone(A);
    assert.equal(await app.status(A), "已完成");
  });
});

test("re-pasting: the same text keeps its marks; a revised copy carries them and lists the changes", async () => {
  const seed = await fs.readFile(SEED_003, "utf8");
  const revised = seed
    .replace("一般公共预算收入增长6.5%", "一般公共预算收入增长7%")
    .replace("(十五)加强审计监督和审计结果运用。", "(十五)新建城市书房20家,打造15分钟阅读圈。");
  assert.notEqual(revised, seed);
  await inContext(async (open) => {
    const app = await open();
    for (const t of [A, B, D]) await app.markDone(t);
    await app.paste(seed);
    await app.task(A).waitFor();
    assert.equal(await app.isDone(A), true);
    assert.equal(await app.revisionReport.count(), 0, "the same text is no revision");
    await app.paste(revised);
    await app.revisionReport.waitFor();
    assert.equal(await app.isDone(A), true, "unchanged task keeps its mark");
    assert.equal(await app.isDone("一般公共预算收入增长7%"), true, "lightly edited task keeps its mark");
    assert.equal(await app.isDone("新建城市书房20家"), false);
    const report = await app.revisionReport.innerText();
    assert.match(report, /新增 1 项，删除 1 项，修改 1 项/);
    const changes = await app.revisionReport.getByTestId("change").allInnerTexts();
    assert.equal(changes.length, 3);
    assert.ok(changes.some((c) => c.startsWith("新增") && c.includes("新建城市书房20家")));
    assert.ok(changes.some((c) => c.startsWith("删除") && c.includes(D)));
    assert.ok(changes.some((c) => c.startsWith("修改") && c.includes("一般公共预算收入增长7%")));
    await app.page.reload();
    await app.task(A).waitFor();
    assert.equal(await app.isDone("一般公共预算收入增长7%"), true);
  });
});

test("a revision that moves tasks to other numbers lists them apart, as 编号变动", async () => {
  // Fixture 009 is seed 000 revised (修订稿): one task edited, three moved to another number.
  const fixture = (name) => fs.readFile(path.resolve(here, "../fixtures", name), "utf8");
  await inContext(async (open) => {
    const app = await open();
    await app.paste(await fixture(FIXTURES["000"]));
    await app.task("深化经济运行监测分析").waitFor();
    await app.markDone("开展市政府直属公司领导人员公开选聘");
    await app.paste(await fixture("009_revised.txt"));
    await app.revisionReport.waitFor();
    assert.match(await app.revisionReport.innerText(), /修改 1 项，编号变动 3 项/);
    const moved = app.revisionReport.locator(".change-renumbered");
    assert.equal(await moved.count(), 3);
    const first = await moved.first().innerText();
    assert.match(first, /^编号变动/);
    assert.match(first, /开展市政府直属公司领导人员公开选聘/);
    assert.match(first, /编号：二、（五） → 二、（六）/);
    assert.equal(await app.isDone("开展市政府直属公司领导人员公开选聘"), true, "a moved task keeps its mark");
  });
});

test("a document with a similar title but other tasks is a new document, not a revision", async () => {
  const list = "2024年重点工作任务清单\n一、推进城市更新\n责任单位：市住建局\n二、完善公共交通\n责任单位：市交通局\n";
  const breakdown = "2024年重点工作任务分解\n一、新建城市书房20家\n责任单位：市文广旅体局\n二、新增公共停车位1000个\n责任单位：市城管局\n";
  await inContext(async (open) => {
    const app = await open();
    await app.paste(list);
    await app.task("推进城市更新").waitFor();
    await app.markDone("推进城市更新");
    await app.paste(breakdown);
    await app.task("新建城市书房20家").waitFor();
    // Kept in the library: a revision would have been reported by then.
    await app.waitForLibraryDoc("2024年重点工作任务分解");
    assert.equal(await app.revisionReport.count(), 0, "no revision reported");
    const names = await app.libraryNames();
    assert.ok(names.includes("2024年重点工作任务清单") && names.includes("2024年重点工作任务分解"), names.join(" | "));
    assert.equal(await app.library.getByTestId("deleted-doc").count(), 0, "nothing went to the bin");
    await app.libraryDoc("2024年重点工作任务清单").getByRole("button", { name: "打开" }).click();
    assert.equal(await app.isDone("推进城市更新"), true);
  });
});

test("two documents of one paste under one 文号 are kept side by side, not taken as revisions", async () => {
  // Seed 004 holds two documents issued together as 海政办发〔2023〕2号.
  const seed = await fs.readFile(path.resolve(here, "../fixtures", FIXTURES["004"]), "utf8");
  await inContext(async (open) => {
    const app = await open();
    await app.paste(seed);
    await app.task("一般公共预算收入增长6%").waitFor();
    await app.markDone("一般公共预算收入增长6%");
    assert.equal(await app.revisionReport.count(), 0);
    const names = await app.libraryNames();
    assert.ok(names.some((n) => n.includes("重点工作责任分解")) && names.some((n) => n.includes("民生实事")), names.join(" | "));
    await app.paste(seed);
    await app.task("一般公共预算收入增长6%").waitFor();
    assert.equal(await app.revisionReport.count(), 0, "re-pasting the same two documents is no revision");
    assert.equal(await app.isDone("一般公共预算收入增长6%"), true);
    assert.equal((await app.counts())[1], tasksOf(parsedSeed("004")).length, "both documents are shown");
  });
});

test("a revised copy under a new title is found in the library and its marks carried over", async () => {
  const seed = await fs.readFile(SEED_003, "utf8");
  const revised = seed
    .replace("\n2021年政府工作报告目标任务责任分解\n", "\n2021年政府工作报告目标任务责任分解（修订稿）\n")
    .replace("一般公共预算收入增长6.5%", "一般公共预算收入增长7%");
  await inContext(async (open) => {
    const app = await open();
    await app.markDone(A);
    await app.markDone(B);
    await app.writeNote(C, "修订前的备注");
    await app.paste(revised);
    await app.revisionReport.waitFor();
    assert.match(await app.revisionReport.innerText(), /修改 1 项/);
    assert.equal(await app.isDone(A), true);
    assert.equal(await app.isDone("一般公共预算收入增长7%"), true);
    assert.equal(await app.note(C), "修订前的备注");
    const names = await app.libraryNames();
    assert.ok(names.includes("2021年政府工作报告目标任务责任分解（修订稿）"), names.join(" | "));
  });
});

test("library: documents are kept, renamed, deleted with undo, reopened, and the current one comes back", async () => {
  await inContext(async (open) => {
    const app = await open();
    assert.deepEqual(await app.libraryNames(), [], "the first-visit sample is not kept until used");
    await app.markDone(A);
    await app.chooseSample("000");
    await app.page.waitForFunction(() => !document.body.innerText.includes("地区生产总值增长7%左右"));
    await app.saveSample();
    await app.page.reload();
    await app.outline.locator('[data-testid="task"]').first().waitFor();
    assert.equal(await app.task(A).count(), 0, "the document open last is reopened, not the sample");
    const names = await app.libraryNames();
    assert.equal(names.length, 2);
    assert.ok(names.includes("2021年政府工作报告目标任务责任分解"));
    // Rename.
    const doc003 = app.libraryDoc("2021年政府工作报告目标任务责任分解");
    await doc003.getByRole("button", { name: "重命名" }).click();
    await app.library.getByTestId("rename-input").fill("我的责任分解表");
    await app.library.getByTestId("rename-input").press("Enter");
    await app.libraryDoc("我的责任分解表").waitFor();
    // Delete and undo.
    const other = names.find((n) => n !== "2021年政府工作报告目标任务责任分解");
    await app.libraryDoc(other).getByRole("button", { name: "删除" }).click();
    assert.deepEqual(await app.libraryNames(), ["我的责任分解表"]);
    await app.library.getByTestId("undo-delete").getByRole("button", { name: "撤销" }).click();
    assert.equal((await app.libraryNames()).length, 2);
    // Reopen: the text and its mark come back.
    await app.libraryDoc("我的责任分解表").getByRole("button", { name: "打开" }).click();
    await app.task(A).waitFor();
    assert.equal(await app.isDone(A), true);
    await app.page.reload();
    await app.task(A).waitFor();
    assert.equal(await app.isDone(A), true);
    assert.ok((await app.libraryNames()).includes("我的责任分解表"));
    assert.match(await app.page.getByTestId("storage-meter").textContent(), /本应用 \d+ KB，本网站共用 \d+ KB \/ 约 5 MB/);
  });
});

test("re-pasting a revised copy of a paste with two documents reports the changes of both", async () => {
  const seed = await fs.readFile(path.resolve(here, "../fixtures", FIXTURES["004"]), "utf8");
  const revised = seed
    .replace("一般公共预算收入增长6%。", "一般公共预算收入增长6.5%。")
    .replace("三、“专曙健康”项目", "三、“专曙健康”惠民项目");
  assert.notEqual(revised, seed);
  await inContext(async (open) => {
    const app = await open();
    await app.chooseSample("004");
    await app.markDone("一般公共预算收入增长6%");
    await app.markDone("“专曙健康”项目");
    await app.paste(revised);
    await app.revisionReport.waitFor();
    const docs = app.revisionReport.getByTestId("revised-doc");
    assert.equal(await docs.count(), 2);
    const texts = await docs.allInnerTexts();
    assert.ok(texts[0].includes("2023年政府工作报告重点工作责任分解") && texts[0].includes("一般公共预算收入增长6.5%"));
    assert.ok(texts[1].includes("2023年海曙区民生实事项目目标任务责任分解") && texts[1].includes("“专曙健康”惠民项目"));
    assert.equal(await app.isDone("一般公共预算收入增长6.5%"), true);
    assert.equal(await app.isDone("“专曙健康”惠民项目"), true);
    await app.revisionReport.getByRole("button", { name: "知道了" }).click();
    await app.revisionReport.waitFor({ state: "detached" });
  });
});

test("next month's 工作要点 is a new document: no revision report, no marks carried over", async () => {
  const feb = await fs.readFile(path.resolve(here, "../fixtures", FIXTURES["000"]), "utf8");
  const mar = feb.replaceAll("2023年2月份", "2023年3月份").replaceAll("〔2023〕9号", "〔2023〕15号");
  const task = "深化经济运行监测分析";
  await inContext(async (open) => {
    const app = await open();
    await app.chooseSample("000");
    await app.markDone(task);
    await app.paste(mar);
    await app.page.waitForFunction(() => document.getElementById("paste-area").value.includes("2023年3月份"));
    await app.task(task).waitFor();
    await app.waitForLibraryDoc("2023年3月份");
    assert.equal(await app.revisionReport.count(), 0);
    assert.equal(await app.isDone(task), false, "March starts with nothing done");
    const names = await app.libraryNames();
    assert.ok(names.some((n) => n.includes("2023年2月份")) && names.some((n) => n.includes("2023年3月份")), names.join(" / "));
  });
});

test("a revised copy under a new title replaces the old one in the library; the old one can be restored", async () => {
  const feb = await fs.readFile(path.resolve(here, "../fixtures", FIXTURES["000"]), "utf8");
  const retitled = feb
    .replaceAll("2023年2月份市政府工作要点", "2023年2月份市政府工作要点（修订）")
    .replace("深化经济运行监测分析", "深入开展经济运行监测分析");
  const task = "做好目标下达、例会分析";
  await inContext(async (open) => {
    const app = await open();
    await app.chooseSample("000");
    await app.markDone(task);
    await app.openLibrary();
    await app.libraryDoc("2023年2月份市政府工作要点").getByRole("button", { name: "重命名" }).click();
    await app.library.getByTestId("rename-input").fill("二月要点");
    await app.library.getByTestId("rename-input").press("Enter");
    const oldKey = await app.libraryDoc("二月要点").getAttribute("data-key");
    await app.paste(retitled);
    await app.revisionReport.waitFor();
    assert.match(await app.revisionReport.innerText(), /《二月要点》有新版本[\s\S]*旧版本已移到文档库的“已删除”中/);
    assert.equal(await app.isDone(task), true, "the mark is carried to the new version");
    // The library holds the new version, under the user's name; the old one is in the bin.
    assert.deepEqual(await app.libraryNames(), ["二月要点"]);
    const newKey = await app.libraryDoc("二月要点").getAttribute("data-key");
    const bin = app.library.getByTestId("bin");
    await bin.locator("summary").click();
    await bin.getByTestId("deleted-doc").filter({ hasText: "二月要点" }).getByRole("button", { name: "恢复" }).click();
    const keys = await app.library.getByTestId("library-doc").evaluateAll((els) => els.map((e) => e.dataset.key));
    assert.notEqual(newKey, oldKey);
    assert.deepEqual(keys.slice().sort(), [newKey, oldKey].sort());
  });
});

test("a damaged value written by another tab is kept aside before this tab saves over it", async () => {
  await inContext(async (open) => {
    const one = await open();
    for (const t of [A, B]) await one.markDone(t);
    await one.waitForSavedMarks(2);
    const two = await open();
    await two.task(A).waitFor();
    const [marksKey, marksValue] = Object.entries(await one.storedMarks())[0];
    const cut = marksValue.slice(0, marksValue.lastIndexOf('"done"') + 9);
    // The other page (or another program) writes a value cut short: page one hears of it.
    await two.page.evaluate(([k, v]) => localStorage.setItem(k, v), [marksKey, cut]);
    await one.alert.waitFor();
    assert.match(await one.alert.innerText(), /无法完整读取/);
    await one.page.waitForFunction(
      ([prefix, v]) => Object.keys(localStorage).some((k) => k.startsWith(prefix) && localStorage.getItem(k) === v),
      [`${DAMAGED_PREFIX}${marksKey}.`, cut],
    );
    // Page one's marks are intact and saved back whole.
    assert.equal(await one.isDone(A), true);
    assert.equal(await one.isDone(B), true);
    await one.page.waitForFunction((k) => {
      try {
        JSON.parse(localStorage.getItem(k));
        return true;
      } catch {
        return false;
      }
    }, marksKey);
  });
});

test("deleting the document on screen shows the library's latest other one; a tick does not bring it back", async () => {
  await inContext(async (open) => {
    const app = await open();
    await app.markDone(A);
    await app.chooseSample("000");
    await app.page.waitForFunction(() => !document.body.innerText.includes("地区生产总值增长7%左右"));
    await app.saveSample();
    await app.openLibrary();
    await app.libraryDoc("2023年2月份市政府工作要点").getByRole("button", { name: "删除" }).click();
    // 003 comes back on screen, with its mark, as the current document.
    await app.task(A).waitFor();
    assert.equal(await app.isDone(A), true);
    await app.markDone(B);
    assert.deepEqual(await app.libraryNames(), ["2021年政府工作报告目标任务责任分解"]);
    await app.page.reload();
    await app.task(A).waitFor();
    assert.equal(await app.isDone(B), true);
    assert.deepEqual(await app.libraryNames(), ["2021年政府工作报告目标任务责任分解"]);
    // Deleting the last one leaves an empty page, and 解析 with nothing pasted says so.
    await app.libraryDoc("2021年政府工作报告目标任务责任分解").getByRole("button", { name: "删除" }).click();
    await app.page.getByTestId("outline-empty").waitFor();
    assert.equal(await app.page.locator("#paste-area").inputValue(), "");
    await app.page.getByRole("button", { name: "解析", exact: true }).click();
    await app.page.getByText("请先把文件正文粘贴到上面的输入框").waitFor();
    assert.deepEqual(await app.libraryNames(), []);
    // A reload keeps the page empty: the first-visit sample is for first visits (it is
    // in the bin here).
    await app.page.reload();
    await app.page.getByTestId("outline-empty").waitFor();
    assert.match(await app.page.getByTestId("outline-empty").innerText(), /还没有文档/);
    assert.equal(await app.page.locator("#paste-area").inputValue(), "");
    // Nothing to sum up or to print.
    assert.equal(await app.page.getByTestId("summary").locator(".document-line").count(), 0);
    assert.equal(await app.page.getByRole("button", { name: "打印", exact: true }).isDisabled(), true);
    assert.equal(await app.outline.locator('[data-testid="task"]').count(), 0);
    assert.deepEqual(await app.libraryNames(), []);
  });
});

test("deleting one document of a two-document paste keeps it deleted when its sibling is shown", async () => {
  await inContext(async (open) => {
    const app = await open();
    await app.chooseSample("004");
    await app.markDone("一般公共预算收入增长6%");
    await app.markDone("“专曙健康”项目");
    const first = "2023年政府工作报告重点工作责任分解";
    const second = "2023年海曙区民生实事项目目标任务责任分解";
    await app.openLibrary();
    await app.libraryDoc(second).waitFor();
    await app.libraryDoc(first).getByRole("button", { name: "删除" }).click();
    // The sibling is shown (its text is the whole paste); the deleted one stays in the bin.
    await app.waitForLibraryNames([second]);
    assert.equal(await app.isDone("“专曙健康”项目"), true);
    await app.page.reload();
    await app.outline.locator('[data-testid="task"]').first().waitFor();
    assert.equal(await app.isDone("“专曙健康”项目"), true);
    assert.deepEqual(await app.libraryNames(), [second]);
    assert.equal(await app.library.getByTestId("deleted-doc").count(), 1);
  });
});

test("a paste reopened from the library leaves out its deleted documents: on screen, in counts and in exports", async () => {
  const fixture = (id) => fs.readFile(path.resolve(here, "../fixtures", FIXTURES[id]), "utf8");
  // Three documents in one paste: 000, then the two of 004.
  const text = `${await fixture("000")}\n\n${await fixture("004")}`;
  const [feb] = parsedSeed("000").documents;
  const [report, minsheng] = parsedSeed("004").documents;
  const kept = tasksOf({ documents: [minsheng] }).map((t) => t.text);
  const count = (doc) => tasksOf({ documents: [doc] }).length;
  const all = count(feb) + count(report) + count(minsheng);
  const [inFeb, inReport, inMinsheng] = ["深化经济运行监测分析", "一般公共预算收入增长6%", "“专曙健康”项目"];
  await inContext(
    async (open) => {
      const app = await open();
      await app.paste(text);
      await app.markDone(inFeb);
      await app.markDone(inReport);
      await app.markDone(inMinsheng);
      assert.deepEqual(await app.counts(), [all, all]);
      await app.openLibrary();
      await app.libraryDoc(minsheng.title).waitFor();
      await app.libraryDoc(feb.title).getByRole("button", { name: "删除" }).click();
      await app.libraryDoc(report.title).getByRole("button", { name: "删除" }).click();
      await app.waitForLibraryNames([minsheng.title]);
      const onlyMinsheng = async (when) => {
        await app.task(inMinsheng).waitFor();
        assert.deepEqual(await app.counts(), [kept.length, kept.length], when);
        assert.equal(await app.isDone(inMinsheng), true, when);
        assert.equal(await app.task(inFeb).count(), 0, when);
        assert.equal(await app.task(inReport).count(), 0, when);
        const summary = app.page.getByTestId("summary");
        assert.deepEqual(await summary.locator(".document-line strong").allInnerTexts(), [minsheng.title], when);
        // Their lines are not lost: the summary lists them among the ignored lines.
        await summary.getByTestId("toggle-ignored").click();
        assert.match(await summary.getByTestId("ignored-list").innerText(), /已删除的文档/, when);
        await summary.getByTestId("toggle-ignored").click();
        const csv = await download(app.page, "导出 CSV");
        const records = parseCsv(csv.subarray(3).toString("utf8")).slice(1);
        // 任务内容 is the task's text, then its paragraphs on the lines below.
        assert.deepEqual(records.map((r) => r[3].split("\n")[0]), kept, when);
      };
      // Deleting the documents on screen leaves the one kept on screen alone.
      await onlyMinsheng("after the deletes");
      await app.page.reload();
      await onlyMinsheng("after a reload");
      await app.openLibrary();
      await app.libraryDoc(minsheng.title).getByRole("button", { name: "打开" }).click();
      await onlyMinsheng("after 打开");
      // Deleted for good, it stays away too.
      await app.library.getByTestId("bin").locator("summary").click();
      const febInBin = app.library.getByTestId("deleted-doc").filter({ hasText: feb.title });
      await febInBin.getByRole("button", { name: "永久删除" }).click();
      await app.library.getByRole("button", { name: "确定删除" }).click();
      await app.page.reload();
      await onlyMinsheng("after a delete for good and a reload");
      // Restored from the bin, a document of the paste on screen comes back on screen.
      await app.openLibrary();
      await app.library.getByTestId("bin").locator("summary").click();
      await app.library.getByTestId("deleted-doc").filter({ hasText: report.title }).getByRole("button", { name: "恢复" }).click();
      await app.task(inReport).waitFor();
      assert.equal(await app.isDone(inReport), true);
      const two = count(report) + count(minsheng);
      assert.deepEqual(await app.counts(), [two, two]);
      // The user's own paste shows every document of it.
      await app.paste(text);
      await app.task(inFeb).waitFor();
      assert.deepEqual(await app.counts(), [all, all]);
    },
    { contextOptions: { acceptDownloads: true } },
  );
});

/** Clicks the export button `label` and returns the downloaded bytes. */
async function download(page, label) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: label, exact: true }).click(),
  ]);
  return fs.readFile(await file.path());
}

test("a paste of two documents stores its text once; deleting the holder for good keeps the other's", async () => {
  await inContext(async (open) => {
    const app = await open();
    const other = await open();
    await app.chooseSample("004");
    await app.markDone("“专曙健康”项目");
    const first = "2023年政府工作报告重点工作责任分解";
    const second = "2023年海曙区民生实事项目目标任务责任分解";
    const sources = async (tab) =>
      Object.entries(await tab.stored())
        .filter(([k]) => k.startsWith("duban.v2.src."))
        .map(([, v]) => v);
    await app.page.waitForFunction(() => Object.keys(localStorage).filter((k) => k.startsWith("duban.v2.src.")).length === 2);
    const stored = await sources(app);
    assert.equal(stored.filter((v) => v.includes("民生实事")).length, 1, "the paste is stored once");
    assert.equal(stored.filter((v) => v.startsWith('{"text_of"')).length, 1);
    // The other tab learns of both documents and can open the one stored by reference.
    await other.openLibrary();
    await other.libraryDoc(second).getByRole("button", { name: "打开" }).click();
    assert.equal(await other.isDone("“专曙健康”项目"), true);
    // Delete whichever holds the text for good: the other keeps it, here and after a reload.
    await app.openLibrary();
    const holderKey = (await app.stored())["duban.v2.src." + (await app.libraryDoc(first).getAttribute("data-key"))].startsWith('{"text_of"')
      ? second
      : first;
    const kept = holderKey === first ? second : first;
    await app.libraryDoc(holderKey).getByRole("button", { name: "删除" }).click();
    await app.library.getByTestId("bin").locator("summary").click();
    await app.library.getByTestId("deleted-doc").getByRole("button", { name: "永久删除" }).click();
    await app.library.getByRole("button", { name: "确定删除" }).click();
    await app.page.waitForFunction(() =>
      Object.entries(localStorage).some(([k, v]) => k.startsWith("duban.v2.src.") && v.length < 80 && v.startsWith('{"text"')),
    );
    const after = await sources(app);
    assert.equal(after.filter((v) => v.includes("民生实事")).length, 1, "the text moved to the document kept");
    assert.equal(after.filter((v) => v.startsWith('{"text_of"')).length, 0);
    await app.page.reload();
    await app.openLibrary();
    await app.libraryDoc(kept).getByRole("button", { name: "打开" }).click();
    await app.outline.locator('[data-testid="task"]').first().waitFor();
    assert.deepEqual(await app.libraryNames(), [kept]);
    assert.equal(await app.page.getByRole("alert").count(), 0, "no damage reported");
  });
});

test("keyboard: Esc in a note leaves the note, not the filter; j/k work after ticking", async () => {
  await inContext(async (open) => {
    const app = await open();
    await app.search("财政");
    await app.task(B).waitFor();
    const [narrowed] = await app.counts();
    await app.writeNote(B, "已对接");
    await app.page.keyboard.press("Escape");
    assert.equal(await app.keyword.inputValue(), "财政", "the filter stays");
    assert.equal((await app.counts())[0], narrowed);
    assert.equal(await app.note(B), "已对接");
    // Esc while renaming a document cancels the rename, and the filter stays too.
    await app.openLibrary();
    await app.libraryDoc("2021年政府工作报告目标任务责任分解").getByRole("button", { name: "重命名" }).click();
    await app.library.getByTestId("rename-input").fill("不要的名字");
    await app.page.keyboard.press("Escape");
    assert.equal(await app.keyword.inputValue(), "财政", "the filter stays after Esc in the rename box");
    assert.deepEqual(await app.libraryNames(), ["2021年政府工作报告目标任务责任分解"]);
    // Ticked with the mouse, then j: the focus moves on to the next task.
    await (await app.doneBox(B)).click();
    const before = await app.page.evaluate(() => document.activeElement.closest("[data-row]")?.dataset.row);
    await app.page.keyboard.press("j");
    const after = await app.page.evaluate(() => document.activeElement.dataset.row);
    assert.ok(after !== undefined && after !== before, `focus went from row ${before} to ${after}`);
    // Esc outside a field still clears the filters.
    await app.page.keyboard.press("Escape");
    assert.equal(await app.keyword.inputValue(), "");
  });
});

test("the library dates a document by the local day, as the file names do", async () => {
  // 00:30 in Beijing is still the day before in UTC.
  await inContext(
    async (open, context) => {
      await context.clock.setFixedTime(new Date("2026-11-30T00:30:00+08:00"));
      const app = await open();
      await app.markDone(A);
      await app.openLibrary();
      const doc = app.libraryDoc("2021年政府工作报告目标任务责任分解");
      assert.match(await doc.innerText(), /加入于 2026-11-30/);
    },
    { contextOptions: { timezoneId: "Asia/Shanghai" } },
  );
});

test("a document deleted for good in one tab is not brought back by a tick in another", async () => {
  await inContext(async (open) => {
    const one = await open();
    const two = await open();
    await one.markDone(A);
    await one.chooseSample("000");
    await one.saveSample();
    const task = "深化经济运行监测分析";
    await one.task(task).waitFor();
    await two.chooseSample("000");
    await two.task(task).waitFor();
    // Tab one: delete 000 (003 is shown instead), then delete it for good.
    await one.openLibrary();
    const key = await one.libraryDoc("2023年2月份市政府工作要点").getAttribute("data-key");
    await one.libraryDoc("2023年2月份市政府工作要点").getByRole("button", { name: "删除" }).click();
    await one.library.getByTestId("bin").locator("summary").click();
    await one.library.getByTestId("deleted-doc").getByRole("button", { name: "永久删除" }).click();
    await one.library.getByRole("button", { name: "确定删除" }).click();
    await one.page.waitForFunction((k) => (localStorage.getItem(k) ?? "").length < 80, `duban.v2.src.${key}`);
    // Tab two still shows 000: a tick there is refused with a message, nothing comes back.
    await (await two.doneBox(task)).click();
    await two.page.getByText("已在另一个窗口中永久删除").waitFor();
    await two.saveNow();
    const src = await two.page.evaluate((k) => localStorage.getItem(k) ?? "", `duban.v2.src.${key}`);
    assert.ok(src.length < 80, "the text stays deleted");
    assert.deepEqual(await two.libraryNames(), ["2021年政府工作报告目标任务责任分解"]);
  });
});

test("an empty paste or a title alone changes nothing in the library", async () => {
  await inContext(async (open) => {
    const app = await open();
    await app.markDone(A);
    await app.page.locator("#paste-area").fill("   \n ");
    await app.page.getByRole("button", { name: "解析", exact: true }).click();
    await app.page.getByText("请先把文件正文粘贴到上面的输入框").waitFor();
    assert.equal(await app.isDone(A), true, "the document on screen stays");
    await app.paste("2024年6月份市政府工作要点");
    await app.page.getByTestId("outline-empty").waitFor();
    // After the page has handled the paste (it keeps a paste after the next paint).
    await app.afterNextPaint();
    await app.saveNow();
    assert.deepEqual(await app.libraryNames(), ["2021年政府工作报告目标任务责任分解"]);
    await app.page.reload();
    await app.task(A).waitFor();
    assert.equal(await app.isDone(A), true, "on reload the last kept document comes back");
  });
});

test("storage full: deleting a document for good frees its space, and the next change is saved", async () => {
  await inContext(async (open) => {
    const app = await open();
    await app.markDone(A);
    await app.chooseSample("000");
    await app.page.waitForFunction(() => !document.body.innerText.includes("地区生产总值增长7%左右"));
    await app.saveSample();
    const names = await app.libraryNames();
    const other = names.find((n) => n !== "2021年政府工作报告目标任务责任分解");
    const key = await app.libraryDoc(other).getAttribute("data-key");
    const storedText = async () => (await app.stored())[`duban.v2.src.${key}`] ?? "";
    await app.page.waitForFunction((k) => (localStorage.getItem(k) ?? "").length > 2000, `duban.v2.src.${key}`);
    // Open 003 again, fill the storage to the last byte, then try to mark a task.
    await app.libraryDoc("2021年政府工作报告目标任务责任分解").getByRole("button", { name: "打开" }).click();
    await app.task(A).waitFor();
    await app.fillStorage();
    await app.markDone(B);
    await app.alert.waitFor();
    assert.match(await app.alert.innerText(), /存储空间已满.*永久删除/s);
    // As the message says: delete the document, then delete it for good.
    await app.libraryDoc(other).getByRole("button", { name: "删除" }).click();
    const bin = app.library.getByTestId("bin");
    await bin.locator("summary").click();
    const row = bin.getByTestId("deleted-doc").filter({ hasText: other });
    await row.getByRole("button", { name: "永久删除" }).click();
    assert.match(await row.getByRole("alert").innerText(), /无法撤销/);
    await row.getByRole("button", { name: "确定删除" }).click();
    await bin.waitFor({ state: "detached" });
    assert.ok((await storedText()).length < 80, "the text is no longer stored");
    // The space freed takes the refused change: the message goes, the mark is saved.
    await app.markDone(C);
    await app.alert.waitFor({ state: "detached" });
    await app.page.reload();
    await app.task(A).waitFor();
    assert.equal(await app.isDone(C), true);
    assert.equal(await app.isDone(B), true);
    assert.deepEqual(await app.libraryNames(), ["2021年政府工作报告目标任务责任分解"]);
    assert.equal(await app.library.getByTestId("bin").count(), 0, "nothing to restore");
  });
});

test("backup: export downloads one JSON file; a garbage file changes nothing; replace brings marks back", async () => {
  await inContext(async (open) => {
    const app = await open();
    await app.markDone(A);
    await app.writeNote(B, "备份里的备注");
    await app.waitUntilStored("备份里的备注");
    await app.openLibrary();
    const [download] = await Promise.all([app.page.waitForEvent("download"), app.library.getByTestId("export-backup").click()]);
    assert.match(download.suggestedFilename(), /^督办清单备份-\d{4}-\d{2}-\d{2}\.json$/);
    const text = await fs.readFile(await download.path(), "utf8");
    const backup = JSON.parse(text);
    assert.equal(backup.format, "duban-backup");
    assert.equal(backup.version, 2);
    // A file that is not a backup: a message, and nothing changes.
    const storedBefore = await app.stored();
    await app.library.getByTestId("import-backup").setInputFiles({ name: "坏文件.json", mimeType: "application/json", buffer: Buffer.from("{ 这不是备份") });
    await app.alert.waitFor();
    assert.match(await app.alert.innerText(), /未导入任何内容/);
    await app.saveNow();
    assert.deepEqual(await app.stored(), storedBefore);
    assert.equal(await app.isDone(A), true);
    // Clear the mark and the note, then replace everything with the backup.
    await app.markDone(A, false);
    await app.task(B).getByTestId("note").fill("");
    await app.task(B).getByTestId("note-toggle").click();
    assert.equal(await app.note(B), "");
    await app.library.getByTestId("import-replace").check();
    await app.library.getByTestId("import-backup").setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(text) });
    await app.page.waitForFunction(() => document.body.innerText.includes("已用备份替换全部数据"));
    assert.equal(await app.isDone(A), true);
    assert.equal(await app.note(B), "备份里的备注");
    await app.page.reload();
    await app.task(A).waitFor();
    assert.equal(await app.isDone(A), true);
    assert.equal(await app.note(B), "备份里的备注");
    // Deleted for good here, then merged from the backup: it stays deleted, and the
    // message says why nothing came back.
    await app.openLibrary();
    await app.libraryDoc("2021年政府工作报告目标任务责任分解").getByRole("button", { name: "删除" }).click();
    await app.library.getByTestId("undo-delete").waitFor();
    await app.library.getByTestId("bin").locator("summary").click();
    await app.library.getByTestId("deleted-doc").getByRole("button", { name: "永久删除" }).click();
    await app.library.getByRole("button", { name: "确定删除" }).click();
    // The undo offer goes with the document it offered to bring back.
    await app.library.getByTestId("undo-delete").waitFor({ state: "detached" });
    await app.library.getByTestId("import-merge").check();
    await app.library.getByTestId("import-backup").setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: Buffer.from(text) });
    await app.page.getByTestId("notice").getByText("备份中有 1 份文档在本机已永久删除").waitFor();
    assert.deepEqual(await app.libraryNames(), []);
  });
});

test("my units are remembered across a reload, and 我的任务 shows exactly their tasks", async () => {
  const mine = ["市财政局", "市审计局"];
  const expected = tasksOf(parsedSeed("003"))
    .filter((t) => mine.some((u) => t.lead_units.includes(u) || t.coop_units.includes(u)))
    .map((t) => t.text);
  assert.ok(expected.length > 2);
  await inContext(async (open) => {
    const app = await open();
    await app.showView("按单位");
    const table = app.page.getByTestId("unit-table").first();
    for (const u of mine) await table.getByRole("button", { name: `我的单位：${u}`, exact: true }).click();
    await app.page.reload();
    await app.page.getByTestId("unit-table").first().waitFor();
    for (const u of mine) {
      assert.equal(await app.page.getByTestId("unit-table").first().getByRole("button", { name: `我的单位：${u}`, exact: true }).getAttribute("aria-pressed"), "true");
    }
    // Leaders too.
    await app.showView("按领导");
    await app.page.getByTestId("leader-table").getByRole("button", { name: "我的领导：胡海达", exact: true }).click();
    await app.page.reload();
    await app.page.getByTestId("leader-table").waitFor();
    assert.equal(await app.page.getByTestId("leader-table").getByRole("button", { name: "我的领导：胡海达", exact: true }).getAttribute("aria-pressed"), "true");
    await app.showView("按单位");
    // Each unit row shows its progress too.
    assert.ok((await app.page.getByTestId("unit-table").first().getByTestId("progress").count()) > 0);
    await app.page.getByTestId("my-tasks").click();
    await app.task(expected[0]).waitFor();
    assert.deepEqual((await app.taskTexts(app.outline)).slice().sort(), expected.slice().sort());
  });
});

test("without localStorage the app still works and says marks will not be kept", async () => {
  const blockStorage = () => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("blocked by the test", "SecurityError");
      },
    });
  };
  await inContext(
    async (open) => {
      const app = await open();
      await app.alert.waitFor();
      assert.match(await app.alert.innerText(), /不允许本页面保存数据/);
      await app.markDone(A);
      assert.equal(await app.isDone(A), true);
      assert.match(await app.page.getByTestId("storage-meter").textContent(), /不可用/);
    },
    { initScript: blockStorage },
  );
});

test("a save reads nothing back: the meter counts what was read at start and written since", async () => {
  await inContext(async (open) => {
    const one = await open();
    const two = await open();
    await one.markDone(A);
    await one.waitForSavedMarks(1);
    // Every read of a value from now on is counted.
    await one.page.evaluate(() => {
      window.valuesRead = 0;
      const get = Storage.prototype.getItem;
      Storage.prototype.getItem = function (key) {
        window.valuesRead++;
        return get.call(this, key);
      };
    });
    await one.markDone(B);
    await one.writeNote(C, "一条备注");
    await one.page.waitForFunction(() => Object.values(localStorage).some((v) => v.includes("一条备注")));
    assert.equal(await one.page.evaluate(() => window.valuesRead), 0, "no value was read back to save");
    // Another page (or another script of the site) writes: the meter follows, from the event.
    await two.page.evaluate(() => localStorage.setItem("other.app", "x".repeat(300000)));
    const total = () => one.page.evaluate(() => Object.entries(localStorage).reduce((n, [k, v]) => n + k.length + v.length, 0));
    await one.openLibrary();
    const meter = one.page.getByTestId("storage-meter");
    await one.page.waitForFunction((n) => Number(document.querySelector('[data-testid="storage-meter"]').dataset.units) === n, await total());
    assert.match(await meter.innerText(), /本网站共用 0\.[3-9] MB/);
    assert.equal(await one.page.evaluate(() => window.valuesRead), 0);
  });
});
