// Across documents (issue 16, §6): a 到期 view of the tasks overdue or due within 7
// days in every saved document, grouped by document, filterable by unit and leader,
// a click away from the library; and the library shows each document's progress.
import { test } from "node:test";
import assert from "node:assert/strict";
import { browserAndServer } from "./harness.mjs";
import { dayFromToday, withContext } from "./checklist_page.mjs";

const env = browserAndServer();
const inContext = (fn, options) => withContext(env, fn, options);

const A = [
  "2024年重点工作任务分工",
  "一、王明副市长负责的工作",
  "1. 推进城市更新行动（市发改委牵头，市财政局配合，2024年6月底前完成）",
  "2. 抓好重大项目建设（市发改委牵头）",
  "3. 优化营商环境（市商务局牵头）",
  "4. 提升教育质量（市教育局牵头）",
].join("\n");
const B = [
  "2024年民生实事项目",
  "1. 新建口袋公园10个（市住建局牵头，市财政局配合）",
  "2. 改造老旧小区20个（市住建局牵头）",
].join("\n");

test("到期 lists the overdue and soon-due tasks of every saved document, by document, filtered by unit and leader; the library shows progress", async () => {
  await inContext(async (open) => {
    const app = await open();
    await app.paste(A);
    await app.task("推进城市更新行动").waitFor();
    await app.setDue("抓好重大项目建设", dayFromToday(3));
    await app.setDue("优化营商环境", dayFromToday(30));
    await app.markDone("提升教育质量");
    await app.paste(B);
    await app.task("新建口袋公园").waitFor();
    await app.setDue("新建口袋公园", dayFromToday(-2));
    await app.page.waitForTimeout(400);
    // The library: each document's progress, and the way to 到期.
    await app.openLibrary();
    const progress = async (name) => app.libraryDoc(name).getByTestId("doc-progress").innerText();
    assert.equal(await progress("2024年重点工作任务分工"), "已完成 1/4 · 逾期 1 项");
    assert.equal(await progress("2024年民生实事项目"), "已完成 0/2 · 逾期 1 项");
    await app.library.getByTestId("show-due").click();
    const view = app.page.getByTestId("due-view");
    await view.waitFor();
    await app.page.waitForFunction(() => new URLSearchParams(location.search).get("view") === "due");
    assert.match(await view.getByTestId("due-summary").innerText(), /逾期 2 项，7 天内到期 1 项（共 2 份文档）/);
    const groups = view.getByTestId("due-doc");
    assert.equal(await groups.count(), 2);
    const texts = async (k) => groups.nth(k).getByTestId("due-task").locator(".text").allInnerTexts();
    // The most urgent document first: the one whose task was due in June 2024.
    assert.match(await groups.nth(0).locator("h3").innerText(), /2024年重点工作任务分工/);
    assert.deepEqual(await texts(0), ["推进城市更新行动", "抓好重大项目建设"]);
    assert.deepEqual(await texts(1), ["新建口袋公园10个"]);
    assert.match(await groups.nth(0).getByTestId("due-task").nth(1).getByTestId("due-date").innerText(), /我的期限/);
    // By unit: 市财政局 cooperates on one task of each.
    await view.getByTestId("due-unit").selectOption({ label: "市财政局" });
    assert.deepEqual(await view.getByTestId("due-task").locator(".text").allInnerTexts(), ["推进城市更新行动", "新建口袋公园10个"]);
    await view.getByTestId("due-unit").selectOption("");
    // By leader: 王明 leads document A's tasks only.
    await view.getByTestId("due-leader").selectOption({ label: "王明" });
    assert.equal(await groups.count(), 1);
    assert.deepEqual(await texts(0), ["推进城市更新行动", "抓好重大项目建设"]);
    await view.getByTestId("due-leader").selectOption("");
    // Ticked here: gone from the list, done in its document.
    await groups.nth(1).getByTestId("due-done").click();
    await app.page.waitForFunction(() => document.querySelectorAll('[data-testid="due-doc"]').length === 1);
    assert.equal(await progress("2024年民生实事项目"), "已完成 1/2");
    // A document opens from its heading.
    await groups.nth(0).getByRole("button", { name: "打开" }).click();
    await app.task("推进城市更新行动").waitFor();
    assert.equal(await app.task("新建口袋公园10个").count(), 0, "document A is shown");
  });
});
