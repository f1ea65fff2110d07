// Pasting a new version of a library document: when a paste is a revision (its marks
// carried over) and when it is another document (kept apart, nothing overwritten).
import { test } from "node:test";
import assert from "node:assert/strict";
import { browserAndServer } from "./harness.mjs";
import { withContext } from "./checklist_page.mjs";

const UNITS = ["市发改局", "市财政局", "市住建局", "市交通局", "市商务局", "市教育局", "市卫健局", "市民政局", "市人社局", "市农业农村局"];
const TASKS = [
  "推进重点项目建设，完成年度投资计划",
  "加快老旧小区改造，开工改造小区40个",
  "推进城市道路建设，新建道路10公里",
  "开展消费促进活动，举办促消费活动30场",
  "新建中小学校3所，新增学位5000个",
  "完成基层医疗机构提质改造20家",
  "新建养老服务中心5个",
  "城镇新增就业3万人",
  "建设高标准农田5万亩",
  "完成河道综合整治30公里",
];
const OTHER_TASKS = [
  "推进数字政府建设，上线政务服务事项100项",
  "开展营商环境评估，出台优化措施20条",
  "推进垃圾分类，覆盖率达到95%",
  "新建公共停车位2000个",
  "开展安全生产大检查，整改隐患1000处",
  "完成农村公路提升改造50公里",
  "新增城市绿地50万平方米",
  "建设人才公寓1000套",
  "推进全民健身设施建设，新建口袋公园10个",
  "完成污水管网改造20公里",
];

/** Numbered tasks, each with its 责任单位 and 完成时限, after `title` and a section (no
 * title line at all when `title` is empty, as when only the table is copied from Word). */
function list(title, tasks) {
  let s = title ? `${title}\n一、重点任务\n` : "";
  tasks.forEach((t, i) => {
    s += `${i + 1}.${t}。\n责任单位：${UNITS[i % UNITS.length]}\n完成时限：${6 + (i % 6)}月底前\n`;
  });
  return s;
}

const env = browserAndServer();

/** A fresh context of this file's browser and server (see `withContext`). */
const inContext = (fn, options) => withContext(env, fn, options);

/** The library entries' keys, in the order shown. */
async function libraryKeys(app) {
  await app.openLibrary();
  return app.library.getByTestId("library-doc").evaluateAll((els) => els.map((e) => e.dataset.key));
}

test("next month's list under the same title is kept as a new document; the old one, with its marks, goes to the bin", async () => {
  const title = "市政府重点工作督办清单";
  const note = "已开工32个，进度80%";
  await inContext(async (open) => {
    const app = await open();
    await app.paste(list(title, TASKS));
    await app.task(TASKS[0]).waitFor();
    await app.markDone(TASKS[0]);
    await app.writeNote(TASKS[1], note);
    const [key] = await libraryKeys(app);
    await app.page.waitForFunction(
      ([k, n]) => (localStorage.getItem(`duban.v2.doc.${k}`) || "").includes(n),
      [key, note],
    );

    await app.paste(list(title, OTHER_TASKS));
    await app.task(OTHER_TASKS[0]).waitFor();
    await app.revisionReport.waitFor();
    const report = await app.revisionReport.getByTestId("kept-apart-doc").innerText();
    assert.match(report, /《市政府重点工作督办清单》与文档库中的同名文档内容不同（原有 10 项任务，新文档 10 项，相同的 0 项），已作为新文档保存/);
    assert.match(report, /原来的《市政府重点工作督办清单》连同它的完成标记和备注已移到文档库的“已删除”中/);
    assert.equal(await app.revisionReport.getByTestId("change").count(), 0, "no list of changes between two documents");
    assert.equal(await app.task(TASKS[0]).count(), 0, "the new list is shown");
    assert.equal(await app.isDone(OTHER_TASKS[0]), false, "no mark carried to the new list");
    assert.equal(await app.note(OTHER_TASKS[1]), "");

    // The library: the new list under the key; the old one in the bin, under its own key.
    assert.deepEqual(await libraryKeys(app), [key]);
    const bin = app.library.getByTestId("bin");
    await bin.locator("summary").click();
    const binned = bin.getByTestId("deleted-doc");
    assert.equal(await binned.count(), 1);
    assert.match(await binned.innerText(), /市政府重点工作督办清单/);

    // Storage holds both texts and the old marks.
    const oldKey = await app.page.waitForFunction((k) => {
      const src = Object.keys(localStorage).find((s) => s.startsWith(`duban.v2.src.${k}-`));
      return src && src.slice("duban.v2.src.".length);
    }, key).then((h) => h.jsonValue());
    const stored = await app.stored();
    assert.ok(stored[`duban.v2.src.${oldKey}`].includes(TASKS[9]), "the old text is kept");
    assert.ok(stored[`duban.v2.src.${key}`].includes(OTHER_TASKS[9]), "the new text is under the key");
    assert.ok(stored[`duban.v2.doc.${oldKey}`].includes(note), "the old marks are kept with it");
    assert.ok(!(stored[`duban.v2.doc.${key}`] || "").includes(note));

    // After a reload, restore the old list and open it: its marks are there.
    await app.page.reload();
    await app.task(OTHER_TASKS[0]).waitFor();
    await app.openLibrary();
    await app.library.getByTestId("bin").locator("summary").click();
    await app.library.getByTestId("deleted-doc").getByRole("button", { name: "恢复" }).click();
    assert.deepEqual((await libraryKeys(app)).slice().sort(), [key, oldKey].sort());
    await app.library.locator(`[data-testid="library-doc"][data-key="${oldKey}"]`).getByRole("button", { name: "打开" }).click();
    await app.task(TASKS[0]).waitFor();
    assert.equal(await app.isDone(TASKS[0]), true);
    assert.equal(await app.note(TASKS[1]), note);
  });
});

test("an untitled task list edited and parsed again is a revision: its marks are carried and the old copy goes to the bin", async () => {
  const first = list("", TASKS);
  const edited = first.replace("开工改造小区40个", "开工改造小区45个");
  await inContext(async (open) => {
    const app = await open();
    await app.paste(first);
    await app.task(TASKS[0]).waitFor();
    await app.markDone(TASKS[0]);
    await app.writeNote(TASKS[2], "进度备注");
    assert.deepEqual(await app.libraryNames(), ["未命名文档"]);
    const [oldKey] = await libraryKeys(app);

    await app.paste(edited);
    await app.revisionReport.waitFor();
    const report = await app.revisionReport.getByTestId("revised-doc").innerText();
    assert.match(report, /《未命名文档》有新版本：修改 1 项/);
    assert.match(report, /旧版本已移到文档库的“已删除”中/);
    const changes = await app.revisionReport.getByTestId("change").allInnerTexts();
    assert.equal(changes.length, 1);
    assert.match(changes[0], /^修改[\s\S]*开工改造小区45个[\s\S]*原为“加快老旧小区改造，开工改造小区40个。?”/);
    assert.equal(await app.isDone(TASKS[0]), true, "the tick is carried");
    assert.equal(await app.note(TASKS[2]), "进度备注", "the note is carried");

    // One document in the library, the new version; the old copy in the bin.
    assert.deepEqual(await app.libraryNames(), ["未命名文档"]);
    const [newKey] = await libraryKeys(app);
    assert.notEqual(newKey, oldKey);
    assert.equal(await app.library.getByTestId("deleted-doc").count(), 1);

    await app.page.reload();
    await app.task("开工改造小区45个").waitFor();
    assert.equal(await app.isDone(TASKS[0]), true);
    assert.equal(await app.note(TASKS[2]), "进度备注");
    assert.deepEqual(await app.libraryNames(), ["未命名文档"]);
  });
});

test("a revision that deletes a task with a note shows the note and the done mark in its 删除 line", async () => {
  await withContext(env, async (open) => {
    const app = await open();
    await app.paste(list("2024年重点工作任务分解", TASKS));
    await app.task(TASKS[9]).waitFor();
    await app.markDone(TASKS[9]);
    await app.writeNote(TASKS[9], "已报送三季度进展\n联系人：张三");
    await app.markDone(TASKS[0]);
    await app.paste(list("2024年重点工作任务分解", TASKS.slice(0, 9)));
    await app.revisionReport.waitFor();
    const removed = app.revisionReport.locator(".change-removed");
    assert.equal(await removed.count(), 1);
    const line = await removed.innerText();
    assert.match(line, new RegExp(`^删除\\s*${TASKS[9]}`));
    assert.match(line, /已完成/);
    assert.match(line, /备注：已报送三季度进展\n联系人：张三/);
    // The note stays shown until the user dismisses the list.
    await app.markDone(TASKS[1]);
    assert.match(await removed.innerText(), /备注：已报送三季度进展/);
    await app.revisionReport.getByRole("button", { name: "知道了" }).click();
    await app.revisionReport.waitFor({ state: "detached" });
  });
});
