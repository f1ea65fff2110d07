// UI speed benchmark (not a test): a paste of ≥5,000 tasks (the seeds repeated) in
// Chromium, measuring (1) paste → outline shown and (2) a keystroke in the keyword box →
// the next paint, as typed (arriving anywhere in a frame) and as main-thread work alone.
// Prints figures; exits non-zero only if the page breaks.
// Run through scripts/bench-ui, which builds dist/ first.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serveDist, launchBrowser, openPage, appReady } from "../harness.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const fixtures = path.resolve(here, "../../fixtures");
const seeds = fs.readdirSync(fixtures).filter((f) => /^00\d_.*\.txt$/.test(f)).sort();
const TARGET_TASKS = Number(process.env.TASKS ?? 5000);

const pct = (xs, p) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

// Sets the paste area's text directly (Playwright's fill is slow on megabytes).
const setPaste = (page, text) =>
  page.evaluate((t) => {
    document.getElementById("paste-area").value = t;
  }, text);

const server = await serveDist();
const browser = await launchBrowser();
try {
  const { page, problems } = await openPage(browser, server.origin);
  await page.goto(server.url);
  await appReady(page);

  // Build the input: whole seeds repeated until the parser reports enough tasks.
  const all = seeds.map((f) => fs.readFileSync(path.join(fixtures, f), "utf8")).join("\n\n");
  let text = all;
  let tasks = 0;
  for (let reps = 1; ; reps *= 2) {
    text = Array(reps).fill(all).join("\n\n");
    await setPaste(page, text);
    await page.getByRole("button", { name: "解析", exact: true }).click();
    await page.waitForFunction(() => /\/ \d+ 项任务/.test(document.querySelector('[data-testid="match-count"]').textContent));
    tasks = Number((await page.getByTestId("match-count").innerText()).match(/\/ (\d+)/)[1]);
    console.error(`  ${reps}× seeds: ${tasks} tasks`);
    if (tasks >= TARGET_TASKS) break;
  }
  console.log(`DOM elements after the paste: ${await page.evaluate(() => document.getElementsByTagName("*").length)}`);
  console.log(`input: ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MiB, ${tasks} tasks`);

  // (1) paste → outline shown, 5 runs (alternating with a tiny document so each run re-renders).
  const showTimes = [];
  for (let run = 0; run < 5; run++) {
    await setPaste(page, "一、清空\n（一）占位任务\n责任单位：区财政局");
    await page.getByRole("button", { name: "解析", exact: true }).click();
    await setPaste(page, text);
    // Let the app finish what the previous paste started (keeping it in the library,
    // saving): a person does not paste twice within a second.
    await page.waitForTimeout(1500);
    const ms = await page.evaluate(async (expected) => {
      const count = document.querySelector('[data-testid="match-count"]');
      const button = [...document.querySelectorAll("button")].find((b) => b.textContent === "解析");
      // The first frame after the click that shows the outline: Leptos renders in
      // microtasks, which all run before that frame; style and layout are forced in it,
      // as the paint that follows needs them. Work the app defers until after that
      // paint (keeping the paste in the library) is not counted.
      const t0 = performance.now();
      performance.mark("duban:paste");
      button.click();
      const t1 = await new Promise((resolve) => {
        const frame = () =>
          requestAnimationFrame(() => {
            if (!count.textContent.endsWith(`${expected} 项任务`)) return frame();
            void document.body.offsetHeight;
            resolve(performance.now());
          });
        frame();
      });
      performance.mark("duban:outline-shown");
      return t1 - t0;
    }, tasks);
    showTimes.push(ms);
  }

  // (2) keystroke → next paint, typing then deleting a keyword character by character.
  // "Next paint" is taken as the moment the frame that shows the keystroke has been
  // painted: a message posted from that frame's requestAnimationFrame callback is
  // delivered after the frame's style, layout and paint (the usual after-paint probe).
  // Two ways of timing the keystroke:
  //  - as typed: it arrives at a random moment of the 16.7 ms frame, so the figure
  //    includes waiting for the next frame, as a person typing sees it;
  //  - main-thread work: it arrives just as a frame starts, so the figure is the work
  //    (handler, Leptos' rendering, style, layout, paint) with no waiting.
  await page.waitForTimeout(1500);
  const keyTimes = await page.evaluate(async () => {
    const input = document.getElementById("filter-keyword");
    const words = ["区发改局", "招商", "生态环境", "年底前"];
    const afterPaint = () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve(performance.now());
          channel.port2.postMessage(0);
        }),
      );
    const type = (value) => {
      input.value = value;
      input.dispatchEvent(new Event("input", { bubbles: true }));
    };
    const typed = [];
    const work = [];
    for (let round = 0; round < 3; round++) {
      for (const word of words) {
        const steps = [...word].map((_, i) => word.slice(0, i + 1));
        for (const value of [...steps, ...steps.slice(0, -1).reverse(), ""]) {
          if (round === 1) {
            // At the start of a frame.
            const t0 = await new Promise((r) => requestAnimationFrame(() => {
              const t = performance.now();
              type(value);
              r(t);
            }));
            const t1 = await new Promise((r) => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => r(performance.now());
              channel.port2.postMessage(0);
            });
            work.push(t1 - t0);
          } else {
            await new Promise((r) => setTimeout(r, Math.random() * 17));
            const t0 = performance.now();
            type(value);
            typed.push((await afterPaint()) - t0);
          }
        }
      }
    }
    return { typed, work };
  });

  console.log(`paste → outline shown: median ${pct(showTimes, 50).toFixed(1)} ms, max ${Math.max(...showTimes).toFixed(1)} ms (target < 300 ms)`);
  const { typed, work } = keyTimes;
  console.log(
    `keystroke → next paint, as typed: median ${pct(typed, 50).toFixed(1)} ms, p95 ${pct(typed, 95).toFixed(1)} ms over ${typed.length} keystrokes (target median < 16 ms)`,
  );
  console.log(
    `main-thread work per keystroke (handler → painted): median ${pct(work, 50).toFixed(1)} ms, p95 ${pct(work, 95).toFixed(1)} ms over ${work.length} keystrokes`,
  );
  if (problems.consoleErrors.length) {
    console.error("console errors:", problems.consoleErrors);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  await server.close();
}
