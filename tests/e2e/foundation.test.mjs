// The foundation: the built app loads, shows a sample, makes no foreign request,
// works under a sub-path, and shows a message in Chinese when Rust panics.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serveDist, launchBrowser, openPage, appReady } from "./harness.mjs";

let browser, root, sub;

before(async () => {
  browser = await launchBrowser();
  root = await serveDist();
  sub = await serveDist({ prefix: "/apps/duban/" });
});

after(async () => {
  await browser?.close();
  await root?.close();
  await sub?.close();
});

test("the page loads and the first visit shows a sample document", async () => {
  const { page, context, problems } = await openPage(browser, root.origin);
  await page.goto(root.url);
  await appReady(page);
  assert.equal(await page.title(), "督办清单");
  // The icon is inline: no static server is asked for /favicon.ico (a 404 in its log).
  assert.match(await page.evaluate(() => document.querySelector('link[rel="icon"]')?.href ?? ""), /^data:image\/svg\+xml,/);
  // Fetched, then parsed in the parse worker: the text goes into the box with its outline.
  await page.getByTestId("outline").getByText("地区生产总值增长7%左右").waitFor();
  assert.match(await page.locator("#paste-area").inputValue(), /2021年政府工作报告目标任务责任分解/);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
  await context.close();
});

test("a sample document is shown from the 示例文档 menu", async () => {
  const { page, context, problems } = await openPage(browser, root.origin);
  await page.goto(root.url);
  await appReady(page);
  // A document is on screen (the first-visit sample): the samples fold into a menu.
  await page.getByTestId("samples").locator("summary").click();
  await page.locator('button[data-sample="004"]').click();
  const outline = page.getByTestId("outline");
  await outline.getByText("一般公共预算收入增长6%").waitFor();
  assert.match(await outline.innerText(), /区财政局/);
  assert.match(await page.getByTestId("summary").innerText(), /海政办发〔2023〕2号/);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
  await context.close();
});

test("pasted HTML is shown as text, never run", async () => {
  const { page, context, problems } = await openPage(browser, root.origin);
  await page.goto(root.url);
  await appReady(page);
  const hostile = '一、总体要求\n（一）<img src=x onerror="window.__owned=1"><b>加粗</b>任务\n责任单位：<script>window.__owned=2</script>区财政局\n';
  // The first-visit sample first (fetched, then parsed in the worker): had it arrived
  // in the middle of fill() (after its select-all, before its insert), the box would
  // hold both texts.
  await page.getByTestId("outline").getByText("地区生产总值增长7%左右").waitFor();
  await page.locator("#paste-area").fill(hostile);
  await page.getByRole("button", { name: "解析" }).click();
  await page.getByTestId("outline").getByText("<b>加粗</b>", { exact: false }).waitFor();
  assert.equal(await page.evaluate(() => window.__owned), undefined);
  assert.equal(await page.locator("[data-testid=outline] img, [data-testid=outline] b").count(), 0);
  assert.deepEqual(problems.foreignRequests, []);
  await context.close();
});

test("dist/ works under a sub-path such as /apps/duban/", async () => {
  const { page, context, problems } = await openPage(browser, sub.origin);
  const response = await page.goto(sub.url);
  assert.equal(response.status(), 200);
  await appReady(page);
  await page.getByTestId("outline").getByText("地区生产总值增长7%左右").waitFor();
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
  await context.close();
});

test("a panic in Rust leaves a message in Chinese and a way to reload", async () => {
  const { page, context, problems } = await openPage(browser, root.origin);
  await page.goto(root.url + "?selftest=panic");
  const crash = page.locator("#crash");
  await crash.waitFor({ state: "visible", timeout: 20000 });
  assert.match(await crash.innerText(), /页面出错了/);
  assert.ok(
    problems.consoleErrors.some((e) => e.includes("selftest=panic")),
    `panic text should reach the console, got ${JSON.stringify(problems.consoleErrors)}`,
  );
  // The reload link works without the (now dead) WebAssembly instance. The app had
  // already rewritten the URL to its own state (which drops the selftest request), so
  // the reloaded page starts normally.
  const reloaded = page.waitForEvent("load");
  await crash.getByRole("link", { name: "重新加载" }).click();
  await reloaded;
  await appReady(page);
  await page.getByTestId("outline").getByText("地区生产总值增长7%左右").waitFor();
  assert.equal(await crash.isVisible(), false);
  assert.deepEqual(problems.foreignRequests, []);
  await context.close();
});
