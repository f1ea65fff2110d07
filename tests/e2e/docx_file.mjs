// A Word .docx built for the browser tests (stored ZIP parts, as
// tests/suite/docx_support.rs writes them natively).
import zlib from "node:zlib";

/** A ZIP archive of stored parts, as tests/suite/docx_support.rs writes one. */
export function zip(parts) {
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
export function taskListDocx() {
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

