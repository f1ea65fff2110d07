// Deadlines in the user's calendar (issue 13, item 6): 导出到日历 downloads an .ics of
// the view's dated tasks, CRLF lines folded at 75 octets, one all-day event with two
// reminders per task, UIDs that stay the same across exports and reloads; the page
// says how many tasks had no date.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import { browserAndServer } from "./harness.mjs";
import { withContext } from "./checklist_page.mjs";

const env = browserAndServer();
const options = { contextOptions: { acceptDownloads: true } };

const DOC = [
  "2026年重点工作任务分工",
  "一、经济发展",
  "1. 推进城市更新行动，改造老旧小区30个，新开工保障性租赁住房2000套以上，完善配套设施和公共服务（市发改委牵头，市财政局配合，2026年6月底前完成）",
  "2. 抓好重大项目建设（市发改委牵头，持续推进）",
  "3. 深化“一件事”改革;推进数据共享,提升效能（市数据局牵头，市发改委配合，2026年9月30日前）",
  "二、社会民生",
  "4. 办好十件民生实事（市民政局牵头，市财政局配合，年底前完成）",
  "5. 推进全民健身中心建设（市体育局牵头）",
].join("\n");

const today = () => {
  const d = new Date();
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};

async function exportCalendar(app) {
  const [file] = await Promise.all([
    app.page.waitForEvent("download", { timeout: 30000 }),
    app.page.getByRole("button", { name: "导出到日历（.ics）", exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await fs.readFile(await file.path()) };
}

/** The events of an .ics file, checking the line rules on the way: CRLF only, no
 * physical line over 75 octets, continuation lines joined (RFC 5545 §3.1). */
function readIcs(bytes) {
  const text = bytes.toString("utf8");
  assert.ok(text.endsWith("\r\n"));
  assert.ok(!/\r(?!\n)|(?<!\r)\n/.test(text), "CRLF line ends only");
  const physical = text.slice(0, -2).split("\r\n");
  for (const line of physical) {
    assert.ok(Buffer.byteLength(line, "utf8") <= 75, `${Buffer.byteLength(line)} octets: ${line}`);
  }
  // The bytes decode without replacement characters: no character was split.
  assert.ok(!text.includes("\uFFFD"));
  const lines = [];
  for (const line of physical) {
    if (line.startsWith(" ")) lines[lines.length - 1] += line.slice(1);
    else lines.push(line);
  }
  const unescape = (v) => v.replace(/\\([\\;,nN])/g, (_, c) => (c === "n" || c === "N" ? "\n" : c));
  const events = [];
  let event = null;
  let depth = [];
  for (const line of lines) {
    if (line.startsWith("BEGIN:")) {
      depth.push(line.slice(6));
      if (line === "BEGIN:VEVENT") event = { alarms: [] };
      if (line === "BEGIN:VALARM") event.alarms.push({});
      continue;
    }
    if (line.startsWith("END:")) {
      assert.equal(depth.pop(), line.slice(4));
      if (line === "END:VEVENT") events.push(event);
      continue;
    }
    const colon = line.indexOf(":");
    const [name] = line.slice(0, colon).split(";");
    const value = line.slice(colon + 1);
    const target = depth.at(-1) === "VALARM" ? event.alarms.at(-1) : event;
    if (target) target[name] = ["SUMMARY", "DESCRIPTION"].includes(name) ? unescape(value) : value;
    if (name === "DTSTART" && event) event.startLine = line;
  }
  assert.deepEqual(depth, []);
  return { lines, events };
}

test("导出到日历: an .ics of the dated tasks, with reminders, stable UIDs, and the undated ones counted", async () => {
  await withContext(
    env,
    async (open) => {
      const app = await open();
      await app.paste(DOC);
      await app.task("推进城市更新行动").waitFor();
      // 持续推进, but the user gave it a date; the 9-30 task is done.
      await app.setDue("抓好重大项目建设", "2026-7-15");
      await app.markDone("深化“一件事”改革");

      const first = await exportCalendar(app);
      assert.equal(first.name, `2026年重点工作任务分工-${today()}.ics`);
      const message = app.page.getByTestId("export-message");
      await message.getByText("已导出").waitFor();
      assert.equal(
        await message.innerText(),
        `已导出 ${first.name}：4 项任务的期限，每项在到期前3天和前1天9:00提醒；另有 1 项任务没有具体日期（如“持续推进”），未列入`,
      );
      const { lines, events } = readIcs(first.bytes);
      assert.deepEqual(lines.slice(0, 5), ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//duban//督办清单//ZH-CN", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]);
      assert.deepEqual(
        events.map((e) => [e.startLine, e.DTEND]),
        [
          ["DTSTART;VALUE=DATE:20260630", "20260701"],
          ["DTSTART;VALUE=DATE:20260715", "20260716"],
          ["DTSTART;VALUE=DATE:20260930", "20261001"],
          ["DTSTART;VALUE=DATE:20261231", "20270101"],
        ],
      );
      assert.deepEqual(
        events.map((e) => e.SUMMARY),
        ["【市发改委】推进城市更新行动", "【市发改委】抓好重大项目建设", "[已完成]【市数据局】深化“一件事”改革", "【市民政局】办好十件民生实事"],
      );
      assert.ok(events[2].DESCRIPTION.startsWith("3.深化“一件事”改革;推进数据共享,提升效能\n牵头单位：市数据局\n配合单位：市发改委"), events[2].DESCRIPTION);
      assert.ok(events[1].DESCRIPTION.includes("\n完成时限：持续推进\n我的期限：2026-07-15"), events[1].DESCRIPTION);
      // Two reminders for every task not done, none for the done one.
      assert.deepEqual(events.map((e) => e.alarms.map((a) => a.TRIGGER)), [["-P2DT15H", "-PT15H"], ["-P2DT15H", "-PT15H"], [], ["-P2DT15H", "-PT15H"]]);
      const uids = events.map((e) => e.UID);
      assert.equal(new Set(uids).size, 4);
      for (const uid of uids) assert.match(uid, /^t[0-9a-f]{16}-d[0-9a-f]{16}@duban$/);

      // Exported again after a reload: the same UIDs, a later or equal SEQUENCE.
      await app.page.reload();
      await app.task("推进城市更新行动").waitFor();
      const again = readIcs((await exportCalendar(app)).bytes).events;
      assert.deepEqual(again.map((e) => e.UID), uids);
      assert.ok(Number(again[0].SEQUENCE) >= Number(events[0].SEQUENCE));

      // A unit's view: only its dated tasks.
      await app.page.getByTestId("filter-unit").selectOption("市财政局");
      const unit = readIcs((await exportCalendar(app)).bytes).events;
      assert.deepEqual(unit.map((e) => e.UID), [uids[0], uids[3]]);
      await message.getByText("2 项任务的期限").waitFor();

      // A view with no date at all: said so, nothing downloaded.
      await app.page.getByRole("button", { name: "清除筛选" }).click();
      await app.page.getByTestId("filter-unit").selectOption("市体育局");
      let downloads = 0;
      app.page.on("download", () => downloads++);
      await app.page.getByRole("button", { name: "导出到日历（.ics）", exact: true }).click();
      await message.getByText("都没有具体日期").waitFor();
      assert.match(await message.innerText(), /当前视图的 1 项任务都没有具体日期/);
      await app.page.waitForTimeout(300);
      assert.equal(downloads, 0);
    },
    options,
  );
});
