// Opening the files users receive: a Word .docx (dropped or picked; its automatic
// numbers and tables read in the document worker, fetched on the first such file), a web
// page saved as .doc, and the files that cannot be read (.doc/.wps, PDF, a damaged
// .docx), which get a message and change nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import zlib from "node:zlib";
import { browserAndServer, openPage } from "./harness.mjs";
import { AppPage } from "./app_page.mjs";

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

/** A ZIP archive of stored parts, as tests/suite/docx_support.rs writes one. */
function zip(parts) {
  const locals = [];
  const central = [];
  let offset = 0;
  for (const [name, text] of Object.entries(parts)) {
    const data = Buffer.from(text);
    const nameBytes = Buffer.from(name);
    const crc = zlib.crc32(data);
    const header = (central) => {
      const b = Buffer.alloc(central ? 46 : 30);
      b.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, 0);
      let at = 4;
      if (central) at = b.writeUInt16LE(20, at);
      at = b.writeUInt16LE(20, at); // version needed
      at = b.writeUInt16LE(0, at); // flags
      at = b.writeUInt16LE(0, at); // stored
      at = b.writeUInt32LE(0, at); // time, date
      at = b.writeUInt32LE(crc, at);
      at = b.writeUInt32LE(data.length, at);
      at = b.writeUInt32LE(data.length, at);
      at = b.writeUInt16LE(nameBytes.length, at);
      if (central) b.writeUInt32LE(offset, 42);
      return Buffer.concat([b, nameBytes]);
    };
    const local = Buffer.concat([header(false), data]);
    central.push(header(true));
    locals.push(local);
    offset += local.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length, 8);
  end.writeUInt16LE(central.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const para = (text, numId, ilvl) =>
  `<w:p>${numId ? `<w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>` : ""}<w:r><w:t>${text}</w:t></w:r></w:p>`;
const cell = (text, props = "") => `<w:tc><w:tcPr>${props}</w:tcPr>${para(text)}</w:tc>`;

/** A .docx as Word writes a task list: numbers 一、（一） automatic, a table whose
 *  牵头单位 is merged down over two tasks. */
function taskListDocx() {
  const body = [
    para("2024年重点工作任务分解"),
    para("总体要求", 1, 0),
    para("推进拖放打开的Word任务。责任单位：市发改委", 1, 1),
    para("优化营商环境", 1, 0),
    para("深化一网通办改革。责任单位：市政务办", 1, 1),
    para("民生实事项目", 1, 0),
    `<w:tbl><w:tblPr/><w:tblGrid/>` +
      `<w:tr>${cell("序号")}${cell("任务")}${cell("牵头单位")}</w:tr>` +
      `<w:tr>${cell("1")}${cell("建成城市书房20家")}${cell("市文广旅体局", '<w:vMerge w:val="restart"/>')}</w:tr>` +
      `<w:tr>${cell("2")}${cell("举办全民阅读活动")}${cell("", "<w:vMerge/>")}</w:tr></w:tbl>`,
  ].join("");
  const lvl = (i, fmt, text) =>
    `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  return zip({
    "[Content_Types].xml":
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "word/document.xml": `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
    "word/numbering.xml": `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0">${lvl(0, "chineseCounting", "%1、")}${lvl(1, "chineseCounting", "（%2）")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
  });
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
