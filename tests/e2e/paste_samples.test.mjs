// Paste and samples (issue 16, §3): a paste into the box that holds a sample (or any
// text the user did not type) replaces it; samples stay out of the library until the
// user marks something in them or chooses 保存; a document without units says so.
import { test } from "node:test";
import assert from "node:assert/strict";
import { browserAndServer } from "./harness.mjs";
import { MY_DOC, withClipboard, withContext } from "./checklist_page.mjs";

const env = browserAndServer();
const inContext = (fn, options) => withContext(env, fn, options);

/** Puts `text` on the clipboard, clicks into the paste box at its middle and presses
 * Ctrl+V, as a user does. */
async function pasteWithKeyboard(app, text) {
  await app.page.evaluate((t) => navigator.clipboard.writeText(t), text);
  const box = await app.pasteArea.boundingBox();
  await app.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await app.page.keyboard.press("Control+V");
}

test("Ctrl+V into the box holding the first-visit sample replaces the sample: one document, its own title and tasks", async () => {
  await inContext(async (open) => {
    const app = await open();
    assert.deepEqual(await app.libraryNames(), []);
    await pasteWithKeyboard(app, MY_DOC);
    await app.task("推动工业经济提质增效").waitFor();
    assert.equal(await app.pasteArea.inputValue(), MY_DOC, "the box holds the paste alone");
    assert.deepEqual(await app.counts(), [3, 3]);
    assert.match(await app.page.getByTestId("summary").innerText(), /2024年区政府重点工作任务清单/);
    assert.equal(await app.task("地区生产总值增长7%左右").count(), 0, "nothing of the sample is left");
    assert.match(await app.page.getByTestId("notice").innerText(), /替换了示例/);
    await app.page.waitForFunction(() => localStorage.getItem("duban.v2.library")?.includes("2024年区政府重点工作任务清单"));
    assert.deepEqual(await app.libraryNames(), ["2024年区政府重点工作任务清单"]);
    // A second paste replaces this one too: the user typed none of it.
    const second = MY_DOC.replace("2024年区政府重点工作任务清单", "2025年区政府重点工作任务清单");
    await pasteWithKeyboard(app, second);
    await app.page.waitForFunction(() => document.getElementById("paste-area").value.startsWith("2025年"));
    assert.equal(await app.pasteArea.inputValue(), second);
    // Once the user types in the box, a paste goes where the caret is.
    await app.pasteArea.press("End");
    await app.page.keyboard.type("\n4. ");
    await app.page.evaluate(() => navigator.clipboard.writeText("加快旧城改造（区住建局牵头）"));
    await app.page.keyboard.press("Control+V");
    await app.task("加快旧城改造").waitFor();
    assert.ok((await app.pasteArea.inputValue()).startsWith(second), "the typed text stays, the paste is added");
  }, withClipboard);
});

test("samples stay out of the library until a task is marked or 保存 is chosen, and are shown as 示例", async () => {
  await inContext(async (open) => {
    const app = await open();
    const note = app.page.getByTestId("sample-note");
    await app.chooseSample("004");
    await app.page.getByTestId("summary").getByText("2023年海曙区民生实事项目目标任务责任分解").waitFor();
    await app.page.waitForTimeout(300);
    assert.deepEqual(await app.libraryNames(), [], "opening a sample keeps nothing");
    await note.waitFor();
    assert.match(await note.innerText(), /示例/);
    await app.chooseSample("000");
    await app.page.waitForTimeout(300);
    assert.deepEqual(await app.libraryNames(), []);
    // 保存 keeps it.
    await note.getByTestId("save-sample").click();
    await note.waitFor({ state: "hidden" });
    assert.deepEqual(await app.libraryNames(), ["2023年2月份市政府工作要点"]);
    // A mark keeps the sample it is in: both documents of 004.
    await app.chooseSample("004");
    await note.waitFor();
    await app.markDone("一般公共预算收入增长6%");
    await note.waitFor({ state: "hidden" });
    const names = await app.libraryNames();
    assert.equal(names.length, 3, names.join(" / "));
    assert.ok(names.includes("2023年海曙区民生实事项目目标任务责任分解"));
    // The first-visit sample is not brought back into the library by a reload.
    await app.page.reload();
    await app.outline.locator('[data-testid="task"]').first().waitFor();
    assert.equal((await app.libraryNames()).length, 3);
  });
});

test("a document in which no unit was found says so, and points to 检查提示", async () => {
  await inContext(async (open) => {
    const app = await open();
    await app.paste(["2024年机关作风建设要点", "一、加强学习", "（一）坚持理论学习制度", "（二）开展读书分享活动", "二、改进作风", "（三）精简会议文件"].join("\n"));
    await app.task("坚持理论学习制度").waitFor();
    const said = app.page.getByTestId("summary").getByTestId("no-units");
    await said.waitFor();
    assert.match(await said.innerText(), /没有识别出任何责任单位/);
    await app.showView("按单位");
    const panel = app.page.getByTestId("unit-panel");
    await panel.getByTestId("no-units").waitFor();
    assert.equal(await panel.getByTestId("unit-chart").count(), 0, "no empty chart");
    assert.equal(await panel.getByTestId("unit-table").count(), 0);
    await panel.getByTestId("show-notes").click();
    const list = app.page.getByTestId("warning-list");
    await list.waitFor();
    assert.match(await list.innerText(), /全文没有识别出任何责任单位/);
    // A document with units says nothing of the kind.
    await app.chooseSample("003");
    await app.showView("按单位");
    await app.page.getByTestId("unit-chart").waitFor();
    assert.equal(await app.page.getByTestId("no-units").count(), 0);
  });
});
