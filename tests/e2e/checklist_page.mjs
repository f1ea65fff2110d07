// Page object for the checklist side of 督办清单 (done marks, notes, due dates, my
// units, the library, backups, storage), on top of the outline's AppPage.
import assert from "node:assert/strict";
import { AppPage } from "./app_page.mjs";
import { openPage } from "./harness.mjs";

export const DOC_PREFIX = "duban.v2.doc.";
export const DAMAGED_PREFIX = "duban.damaged.";

/** Context options of a test that pastes with the keyboard (clipboard access). */
export const withClipboard = {
  contextOptions: { permissions: ["clipboard-read", "clipboard-write"] },
};

/** A short district plan with units, the paste several test files share. */
export const MY_DOC = [
  "2024年区政府重点工作任务清单",
  "一、稳增长",
  "1. 推动工业经济提质增效（区经信局牵头，区发改局配合）",
  "2. 扩大有效投资（区发改局牵头）",
  "二、惠民生",
  "3. 新建婴幼儿照护服务机构3家（区卫健局牵头，区财政局配合）",
].join("\n");

export class ChecklistPage extends AppPage {
  constructor(page, baseUrl) {
    super(page, baseUrl);
    this.alert = page.getByTestId("storage-alert");
    this.library = page.getByTestId("library");
    this.revisionReport = page.getByTestId("revision-report");
  }

  /** The outline row of the task whose text contains `text` (see `reveal`). */
  task(text) {
    return this.outline.locator('[data-testid="task"]').filter({ hasText: text }).first();
  }

  /**
   * The row of that task once rendered: the outline renders a screenful of rows and
   * more as the user scrolls, so scroll down as a user would until the row is there.
   */
  async reveal(text) {
    const row = this.task(text);
    // Rows are added as the list nears the screen, which a browser only works out for
    // the tab in front: bring this tab there, as a user clicking in it would.
    if (!(await row.count())) await this.page.bringToFront();
    for (let i = 0; i < 400 && !(await row.count()); i++) {
      const last = await this.outline.locator("[data-row]").last().getAttribute("data-row");
      if (!(await this.outline.locator(".more").count())) break;
      await this.outline.locator("[data-row]").last().scrollIntoViewIfNeeded();
      // Until the list has added rows after that one.
      await this.outline.evaluate((list, last) => new Promise((resolve) => {
        const done = () => !list.querySelector(".more") || [...list.querySelectorAll("[data-row]")].at(-1)?.dataset.row !== last;
        const check = () => (done() ? resolve() : requestAnimationFrame(check));
        check();
      }), last);
    }
    return row;
  }

  async doneBox(text) {
    return (await this.reveal(text)).getByTestId("done");
  }

  async markDone(text, done = true) {
    await (await this.doneBox(text)).setChecked(done);
  }

  async isDone(text) {
    return (await this.doneBox(text)).isChecked();
  }

  async status(text) {
    const s = (await this.reveal(text)).getByTestId("status");
    return (await s.count()) ? s.innerText() : null;
  }

  async writeNote(text, note) {
    const row = await this.reveal(text);
    await row.getByTestId("note-toggle").click();
    await row.getByTestId("note").fill(note);
  }

  async note(text) {
    const shown = (await this.reveal(text)).getByTestId("note-text");
    return (await shown.count()) ? shown.innerText() : "";
  }

  /** Types a personal due date into the task's 我的期限 field, as a user does: the
   * date, then Enter. */
  async setDue(text, date) {
    const field = (await this.reveal(text)).getByTestId("due");
    await field.fill(date);
    await field.press("Enter");
  }

  async due(text) {
    return (await this.reveal(text)).getByTestId("due").inputValue();
  }

  /** Keeps the sample on screen in the library (a sample is kept only once used, or
   * with 保存). */
  async saveSample() {
    const note = this.page.getByTestId("sample-note");
    await note.getByTestId("save-sample").click();
    await note.waitFor({ state: "hidden" });
  }

  /** Opens the library panel, in this tab brought to the front (clicks in a tab behind
   * another wait for frames a browser does not draw there). */
  async openLibrary() {
    await this.page.bringToFront();
    if (!(await this.library.evaluate((d) => d.open))) await this.library.locator("summary").first().click();
  }

  libraryDoc(name) {
    return this.library.getByTestId("library-doc").filter({ hasText: name });
  }

  async libraryNames() {
    await this.openLibrary();
    return this.library.getByTestId("doc-name").allInnerTexts();
  }

  /** Fills localStorage to its quota, to the last byte, with `filler.N` keys (then frees
   * `leave` code units again); their number. */
  async fillStorage({ leave = 0 } = {}) {
    return this.page.evaluate((leave) => {
      const reserve = "reserve.for.test";
      if (leave) localStorage.setItem(reserve, "x".repeat(leave - reserve.length));
      let n = 0;
      for (let size = 1 << 20; size >= 1; size >>= 1) {
        const chunk = "x".repeat(size);
        for (;;) {
          try {
            localStorage.setItem(`filler.${n++}`, chunk);
          } catch (e) {
            if (e.name !== "QuotaExceededError") throw e;
            break;
          }
        }
      }
      localStorage.removeItem(reserve);
      return n;
    }, leave);
  }

  /** All of localStorage as an object. */
  async stored() {
    return this.page.evaluate(() => Object.fromEntries(Object.entries(localStorage)));
  }

  /** Our stored keys for the document marks, with their values. */
  async storedMarks() {
    const all = await this.stored();
    return Object.fromEntries(Object.entries(all).filter(([k]) => k.startsWith(DOC_PREFIX)));
  }

  /** Waits until one of our stored values holds `text` (a note, a date, a name): the
   * save that writes it happened. */
  async waitUntilStored(text) {
    await this.page.waitForFunction(
      (quoted) => Object.entries(localStorage).some(([k, v]) => k.startsWith("duban.") && v.includes(quoted)),
      JSON.stringify(text).slice(1, -1),
    );
  }

  /** Makes the page write at once whatever it has not saved yet, as it does when the
   * tab is hidden or closed: after this, storage holds all the page will write. */
  async saveNow() {
    await this.page.evaluate(() => window.dispatchEvent(new Event("pagehide")));
  }

  /** Waits until the library lists exactly `names` (in its order). */
  async waitForLibraryNames(names) {
    await this.openLibrary();
    await this.page.waitForFunction(
      (names) => JSON.stringify([...document.querySelectorAll('[data-testid="library"] [data-testid="doc-name"]')].map((e) => e.innerText)) === JSON.stringify(names),
      names,
    );
  }

  /** Waits until the library lists a document whose name contains `name`: the page has
   * handled the paste (kept it, and reported a revision if it was one). */
  async waitForLibraryDoc(name) {
    await this.openLibrary();
    await this.libraryDoc(name).first().waitFor();
  }

  /** Waits until localStorage holds a done mark set to true (the save happened). */
  async waitForSavedMarks(count) {
    await this.page.waitForFunction(
      ([prefix, n]) =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith(prefix))
          .map((k) => (localStorage.getItem(k).match(/"done":\[true/g) || []).length)
          .reduce((a, b) => a + b, 0) >= n,
      [DOC_PREFIX, count],
    );
  }
}

/** "YYYY-MM-DD" of today + `days`, local time (as the app computes today). */
export function dayFromToday(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** A task of seed 003, the first-visit sample: a page is ready once it shows. */
const FIRST_VISIT_TASK = "地区生产总值增长7%左右";

/**
 * Runs `fn(open, context)` in a fresh browser context (its own localStorage) of `env`
 * (from `browserAndServer`); `open(query)` opens a page of the app in it, ready. Asserts
 * at the end that no page logged an error or reached outside the test server.
 */
export async function withContext(env, fn, { initScript, contextOptions } = {}) {
  const context = await env.browser.newContext(contextOptions);
  if (initScript) await context.addInitScript(initScript);
  const watched = [];
  const open = async (query = "") => {
    const { page, problems } = await openPage(env.browser, env.server.origin, { context });
    watched.push(problems);
    const app = new ChecklistPage(page, env.server.url);
    await app.open(query);
    await app.task(FIRST_VISIT_TASK).waitFor();
    return app;
  };
  try {
    try {
      await fn(open, context);
    } catch (e) {
      const errors = watched.flatMap((p) => p.consoleErrors);
      if (errors.length) e.message += `\nconsole errors:\n${errors.join("\n").slice(0, 2000)}`;
      throw e;
    }
    for (const p of watched) {
      assert.deepEqual(p.consoleErrors, []);
      assert.deepEqual(p.foreignRequests, []);
    }
  } finally {
    await context.close();
  }
}
