// Where the app cannot start, the page says why in Chinese and names the browsers that
// work, instead of staying blank: WebAssembly missing (as in Edge's IE mode or under a
// policy that switches it off; here removed before any script of the page runs), the
// wasm refused by the browser, and dist/index.html double-clicked (opened from file:).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { DIST, serveDist, openPage } from "./harness.mjs";

let server;
before(async () => {
  server = await serveDist();
});
after(async () => {
  await server?.close();
});

async function withBrowser(args, fn) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", ...args],
  });
  try {
    await fn(browser);
  } finally {
    await browser.close();
  }
}

const message = (page) => page.locator("#startup");

test("without WebAssembly the page says so and names the browsers that work", async () => {
  await withBrowser([], async (browser) => {
    const { page, problems } = await openPage(browser, server.origin);
    // Chromium 156 ignores V8's --noexpose_wasm; the page sees the same without it.
    await page.addInitScript(() => delete globalThis.WebAssembly);
    await page.goto(server.url);
    await message(page).waitFor({ state: "visible" });
    const text = await message(page).innerText();
    assert.match(text, /不支持本程序所需的 WebAssembly/);
    assert.match(text, /Chrome \/ Edge \d+/);
    assert.match(text, /IE 模式/);
    assert.deepEqual(problems.foreignRequests, []);
  });
});

test("a wasm the browser cannot compile gives the message, not a blank page", async () => {
  await withBrowser([], async (browser) => {
    const { page, problems } = await openPage(browser, server.origin);
    // Where the app runs, the message never shows.
    await page.goto(server.url);
    await page.locator("#paste-area").waitFor();
    assert.equal(await message(page).isVisible(), false);
    assert.deepEqual(problems.consoleErrors, []);
    await page.route(/duban-[0-9a-f]+_bg\.wasm$/, (route) =>
      route.fulfill({ status: 200, contentType: "application/wasm", body: Buffer.from("\0asm\x01\0\0\0\x01\xff") }),
    );
    await page.goto(server.url);
    await message(page).waitFor({ state: "visible" });
    assert.match(await message(page).innerText(), /无法加载本程序/);
    assert.match(await page.locator("#startup-detail").innerText(), /CompileError/);
    assert.equal(await page.locator("#paste-area").count(), 0);
  });
});

test("dist/index.html opened from a folder (file:) says to open duban.html or host the folder", async () => {
  await withBrowser([], async (browser) => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(path.join(DIST, "index.html")).href);
    await message(page).waitFor({ state: "visible" });
    const text = await message(page).innerText();
    assert.match(text, /duban\.html/);
    assert.match(text, /网站服务器/);
  });
});
