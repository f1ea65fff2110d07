// Page object for 督办清单: what a user does, named as the user sees it, so that the
// specs read as behaviour. Also reads the parser's own answer (duban-cli) so that the
// page can be compared with it instead of with numbers copied into the tests.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import { appReady } from "./harness.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, "../..");

export const FIXTURES = {
  "000": "000_eb808605bcd38298.txt",
  "001": "001_96982dac108d8883.txt",
  "002": "002_a715559df7f320cc.txt",
  "003": "003_e3432d323480545b.txt",
  "004": "004_d6df480bf758b7b9.txt",
};

/** The parser's JSON for a seed, from the native duban-cli that `cargo test` built. */
export function parsedSeed(id) {
  const cli = path.join(ROOT, "target/debug/duban-cli");
  const json = execFileSync(cli, ["parse", path.join(ROOT, "tests/fixtures", FIXTURES[id])], {
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  return JSON.parse(json);
}

/** Every task of a parsed result, depth first, with its top-level section. */
export function tasksOf(parsed) {
  const out = [];
  const walk = (nodes, section) => {
    for (const n of nodes) {
      const top = section ?? n;
      if (n.kind === "task") out.push({ ...n, section: top });
      walk(n.children, top);
    }
  };
  for (const doc of parsed.documents) walk(doc.nodes, null);
  return out;
}

/** A small RFC 4180 reader: quoted fields with commas, doubled quotes and newlines. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length) rows.push([...row, field]);
  return rows;
}

/** The files of a zip archive (an .xlsx), by name, as text. */
export function unzip(bytes) {
  const files = {};
  let end = bytes.length - 22;
  while (bytes.readUInt32LE(end) !== 0x06054b50) end--;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  for (let k = 0; k < count; k++) {
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLen = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLen).toString("utf8");
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(start, start + size);
    files[name] = (method === 8 ? zlib.inflateRawSync(data) : data).toString("utf8");
    at += 46 + nameLen + extra + comment;
  }
  return files;
}

const xmlText = (s) =>
  s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** The cells of sheet `n` (1-based) of an unzipped .xlsx as rows of text (shared
 * strings and numbers), by 0-based row and column. */
export function sheetRows(files, n = 1) {
  const shared = [...(files["xl/sharedStrings.xml"] ?? "").matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    [...m[1].matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => xmlText(t[1])).join(""),
  );
  const rows = [];
  const xml = files[`xl/worksheets/sheet${n}.xml`];
  for (const m of xml.matchAll(/<c r="([A-Z]+)(\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const col = [...m[1]].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const row = Number(m[2]) - 1;
    const value = (m[4] ?? "").match(/<v>([^<]*)<\/v>/)?.[1];
    if (value === undefined) continue;
    (rows[row] ??= [])[col] = /t="s"/.test(m[3]) ? shared[Number(value)] : value;
  }
  return rows;
}

export class AppPage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
    this.outline = page.getByTestId("outline");
    this.keyword = page.locator("#filter-keyword");
    this.matchCount = page.getByTestId("match-count");
    this.pasteArea = page.locator("#paste-area");
  }

  async open(query = "") {
    await this.page.goto(this.baseUrl + query);
    await appReady(this.page);
    await this.parsed();
  }

  /** Waits until no text is being parsed (the paste box is `aria-busy` meanwhile, and
   * while the first-visit sample is fetched; every parse, the document reopened on
   * start-up too, is done in the parse worker). */
  async parsed() {
    await this.page.waitForFunction(
      () => !document.querySelector('.paste-box[aria-busy="true"]') && !document.querySelector('[data-testid="parsing"]'),
    );
  }

  /** Clicks a sample and waits until its text is in the paste area (most samples are
   * fetched, so the click returns before the document is shown). */
  async chooseSample(id) {
    const text = fs.readFileSync(path.join(ROOT, "tests/fixtures", FIXTURES[id]), "utf8");
    const line = text.split(/\r?\n/).find((l) => l.trim().length > 0).trim();
    const button = this.page.locator(`button[data-sample="${id}"]`);
    // Once a document is shown the samples fold behind their menu, as a user sees them.
    if (!(await button.isVisible())) await this.page.getByTestId("samples").locator("summary").click();
    await button.click();
    await this.page.waitForFunction((l) => document.getElementById("paste-area").value.includes(l), line);
  }

  /** Copies `text` and pastes it over the paste box's text (Ctrl+A, Ctrl+V), as a user
   * does; waits until the page has read it. (Not Playwright's fill(), which types the
   * text line by line: quadratic in the number of lines, 17 s for 12 copies of seed 003
   * here, and over 30 s on a busy machine. Ctrl+V inserts it at once.) */
  async paste(text) {
    const { origin } = new URL(this.baseUrl);
    await this.page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.pasteArea.focus();
    await this.page.keyboard.press("Control+A");
    await this.page.keyboard.press("Control+V");
    await this.pasteRead();
  }

  /** Waits until the page has read what was just pasted: it reads the paste box in a
   * task queued by the paste event (this one is queued after it), and parses the text
   * in its parse worker. */
  async pasteRead() {
    await this.page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
    await this.parsed();
  }

  /** Waits until the page has done what it defers past the next paint after a change
   * (keeping a paste in the library, a list's next window): a frame, then a task
   * queued after the app's own. */
  async afterNextPaint() {
    await this.page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
  }

  async showView(label) {
    await this.page.getByRole("tab", { name: label }).click();
  }

  async search(keyword) {
    await this.keyword.fill(keyword);
  }

  /** "N / M 项任务" → [N, M]. */
  async counts() {
    const text = await this.matchCount.innerText();
    const m = text.match(/(\d+) \/ (\d+)/);
    return [Number(m[1]), Number(m[2])];
  }

  /** Texts of the task rows shown (without number and duties). */
  async taskTexts(scope = this.page) {
    return scope.locator('[data-testid="task"] .node-head .text').allInnerTexts();
  }

  /** Every task of a windowed list (outline, unit or leader page), in order, scrolling
   * as a user would until the list has no more rows to add. Rows far above the screen
   * leave the page as the list scrolls, so each task is read as it passes. */
  async allTaskTexts(scope) {
    const texts = new Map();
    const read = async () => {
      const rows = await scope.locator('[data-testid="task"]').evaluateAll((els) =>
        els.map((el) => [el.dataset.row, el.querySelector(".node-head .text").innerText]),
      );
      for (const [row, text] of rows) if (!texts.has(row)) texts.set(row, text);
    };
    for (let i = 0; i < 2000; i++) {
      await read();
      if (!(await scope.locator(".more").count())) break;
      const last = await scope.locator("[data-row]").last().getAttribute("data-row");
      await scope.locator("[data-row]").last().scrollIntoViewIfNeeded();
      // Until the list has added rows after that one, or has none left to add.
      await scope.evaluate((list, last) => new Promise((resolve) => {
        const done = () => !list.querySelector(".more") || [...list.querySelectorAll("[data-row]")].at(-1)?.dataset.row !== last;
        const check = () => (done() ? resolve() : requestAnimationFrame(check));
        check();
      }), last);
    }
    assert.equal(await scope.locator(".more").count(), 0, "the whole list is shown");
    await read();
    return [...texts.values()];
  }
}
