// Opening the files users receive: a Word .docx (dropped or picked; its automatic
// numbers and tables read in the document worker, fetched on the first such file), a web
// page saved as .doc, and the files that cannot be read (.doc/.wps, PDF, a damaged
// .docx), which get a message and change nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { browserAndServer, openPage } from "./harness.mjs";
import { AppPage } from "./app_page.mjs";
import { taskListDocx } from "./docx_file.mjs";

const env = browserAndServer();

/** A fresh page on the app; asserts at the end that nothing went wrong. */
async function withApp(fn) {
  const context = await env.browser.newContext();
  const { page, problems } = await openPage(env.browser, env.server.origin, { context });
  const app = new AppPage(page, env.server.url);
  try {
    await fn(app, page);
    assert.deepEqual(problems.consoleErrors, []);
    assert.deepEqual(problems.foreignRequests, []);
  } finally {
    await context.close();
  }
}

/** The page's stored data, to check that a refused file changes none of it. */
const stored = (page) =>
  page.evaluate(() => JSON.stringify(Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)])));

test("a Word .docx dropped on the paste area opens, with its automatic numbers and merged cells", async () => {
  await withApp(async (app, page) => {
    const workerRequests = [];
    page.on("request", (r) => {
      if (r.url().includes("docx_worker")) workerRequests.push(r.url());
    });
    await app.open();
    await app.outline.getByText("地区生产总值增长7%左右").waitFor();
    assert.deepEqual(workerRequests, [], "the document worker is fetched only for a Word file");
    const bytes = [...taskListDocx()];
    const dataTransfer = await page.evaluateHandle((bytes) => {
      const dt = new DataTransfer();
      const type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
      dt.items.add(new File([new Uint8Array(bytes)], "任务分解.docx", { type }));
      return dt;
    }, bytes);
    await page.locator(".paste-box").dispatchEvent("dragover", { dataTransfer });
    await page.locator(".paste-box").dispatchEvent("drop", { dataTransfer });
    await app.outline.getByText("推进拖放打开的Word任务").waitFor();
    assert.match(await page.getByTestId("notice").innerText(), /任务分解\.docx/);
    // The numbers were not in the text: 一、/（一） come from numbering.xml.
    const sections = await app.outline.innerText();
    assert.match(sections, /二、\s*优化营商环境/);
    assert.match(sections, /三、\s*民生实事项目/);
    const task = app.outline.locator('[data-testid="task"]').filter({ hasText: "深化一网通办改革" });
    assert.match(await task.innerText(), /（一）|\(一\)/);
    assert.match(await task.innerText(), /市政务办/);
    // The 牵头单位 merged down over two rows belongs to both tasks.
    const second = app.outline.locator('[data-testid="task"]').filter({ hasText: "举办全民阅读活动" });
    assert.match(await second.innerText(), /市文广旅体局/);
    assert.ok(workerRequests.some((u) => u.endsWith("docx_worker_bg.wasm")));
  });
});

test("a web page saved as .doc opens as its text, in its own charset", async () => {
  // "一、总体要求" / "（一）推进招商引资工作。" / "责任单位：区财政局、区商务局" in GBK.
  const gbk = (hex) => Buffer.from(hex, "hex");
  const lines = [
    gbk("d2bba1a2d7dccce5d2aac7f3"),
    gbk("a3a8d2bba3a9cdc6bdf8d5d0c9ccd2fdd7cab9a4d7f7a1a3"),
    gbk("d4f0c8ceb5a5cebba3bac7f8b2c6d5febed6a1a2c7f8c9cccef1bed6"),
  ];
  const qp = (buf) => [...buf].map((b) => "=" + b.toString(16).toUpperCase().padStart(2, "0")).join("");
  const html = lines.map((l) => `<p class=3DMsoNormal><span lang=3DZH-CN>${qp(l)}</span></p>`).join("=\r\n");
  const mht = [
    "MIME-Version: 1.0",
    'Content-Type: multipart/related; boundary="----=_NextPart_01DA"',
    "",
    "------=_NextPart_01DA",
    "Content-Location: file:///C:/task.htm",
    "Content-Transfer-Encoding: quoted-printable",
    'Content-Type: text/html; charset="gb2312"',
    "",
    `<html xmlns:o=3D"urn:schemas-microsoft-com:office:office"><head><style>p {margin:0}</style></head><body>${html}</body></html>`,
    "------=_NextPart_01DA--",
    "",
  ].join("\r\n");
  await withApp(async (app, page) => {
    await app.open();
    await page.getByTestId("open-file").setInputFiles({ name: "任务.doc", mimeType: "application/msword", buffer: Buffer.from(mht) });
    await app.outline.getByText("推进招商引资工作").waitFor();
    const outline = await app.outline.innerText();
    assert.match(outline, /区商务局/);
    assert.doesNotMatch(outline, /MsoNormal|<p|=3D/);
  });
});

test("a .doc, a PDF and a damaged .docx get their messages, and nothing changes", async () => {
  await withApp(async (app, page) => {
    await app.open();
    await app.outline.getByText("地区生产总值增长7%左右").waitFor();
    const before = await stored(page);
    const picker = page.getByTestId("open-file");
    const notice = page.getByTestId("notice");
    // An old Word file (OLE compound file, as .doc and .wps are).
    const ole = Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504), Buffer.from("WordDocument", "utf16le")]);
    await picker.setInputFiles({ name: "通知.doc", mimeType: "application/msword", buffer: ole });
    await notice.getByText("请在 Word/WPS 中另存为 .docx").waitFor();
    await picker.setInputFiles({ name: "通知.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj\n") });
    await notice.getByText("PDF 请在阅读器中复制全文后粘贴").waitFor();
    const docx = taskListDocx();
    await picker.setInputFiles({ name: "损坏.docx", mimeType: "application/octet-stream", buffer: docx.subarray(0, docx.length >> 1) });
    await notice.getByText("已损坏或不完整").waitFor();
    assert.match(await app.outline.innerText(), /地区生产总值增长7%左右/);
    assert.equal(await stored(page), before);
  });
});
