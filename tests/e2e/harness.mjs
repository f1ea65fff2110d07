// Test harness for the browser tests: a static file server for dist/ on 127.0.0.1
// (started and stopped by the tests themselves) and Debian's Chromium driven by
// playwright-core. Every page records console errors and any request that leaves
// the host serving dist/, so that each test can assert both are empty.
import http from "node:http";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { before, after } from "node:test";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
export const DIST = path.resolve(process.env.DIST ?? path.resolve(here, "../../dist"));

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

/** Serves `root` under `prefix` (e.g. "/" or "/apps/duban/") on 127.0.0.1, a free port. */
export async function serveDist({ root = DIST, prefix = "/" } = {}) {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, "http://127.0.0.1");
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end("not found");
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || "index.html";
    if (rel.endsWith("/")) rel += "index.html";
    const file = path.resolve(root, rel);
    if (!file.startsWith(root + path.sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await fs.readFile(file);
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/**
 * Opens a page in a fresh context that watches what the app does: `problems.consoleErrors`
 * (console errors and uncaught exceptions) and `problems.foreignRequests` (any request
 * whose origin is not `origin`; such requests are also aborted).
 */
export async function openPage(browser, origin, { context } = {}) {
  const ctx = context ?? (await browser.newContext());
  const page = await ctx.newPage();
  const problems = { consoleErrors: [], foreignRequests: [] };
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.consoleErrors.push(msg.text());
  });
  page.on("pageerror", (err) => problems.consoleErrors.push(String(err)));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin + "/") || url.startsWith("blob:") || url.startsWith("data:")) {
      return route.continue();
    }
    problems.foreignRequests.push(url);
    return route.abort();
  });
  return { page, context: ctx, problems };
}

/** Waits until the app has mounted (the paste area is there). */
export async function appReady(page) {
  await page.locator("#paste-area").waitFor({ state: "visible", timeout: 20000 });
}

/**
 * For a spec file: Chromium and dist/ served on 127.0.0.1, started before its tests and
 * stopped after them. The returned object's `browser` and `server` are set once the
 * `before` hook has run.
 */
export function browserAndServer() {
  const env = { browser: null, server: null };
  before(async () => {
    env.browser = await launchBrowser();
    env.server = await serveDist();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
