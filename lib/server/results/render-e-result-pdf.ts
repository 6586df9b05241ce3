import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import zlib from "node:zlib";
import fontkit from "@pdf-lib/fontkit";
import {
  beginMarkedContent,
  endMarkedContent,
  fill,
  PDFDocument,
  PDFName,
  PDFString,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setFillingRgbColor,
  type PDFFont,
  type PDFPage,
  type RGB,
} from "pdf-lib";
import { eResultContent, qrMatrix, qrRuns, splitRuns, wrapText, type EResultData, type EResultTexts } from "@/lib/domain/e-result";

// Tinos (metric-compatible with Times New Roman, the typeface of Vietnamese administrative
// documents) from the @fontsource/tinos package. Fontsource splits a typeface into subsets by
// script: every run of text is drawn with the first subset that has its characters (Latin,
// then Vietnamese, then Latin Extended). The WOFF files are unpacked once per process into plain
// TrueType (fontkit would otherwise inflate them in JavaScript for every document).
const FONT_DIR = path.join(process.cwd(), "node_modules", "@fontsource", "tinos", "files");
const SUBSETS = ["latin", "vietnamese", "latin-ext"] as const;
const STYLES = { regular: "400-normal", bold: "700-normal", italic: "400-italic" } as const;
type Style = keyof typeof STYLES;

type FontFile = { bytes: Uint8Array; coverage: ReadonlySet<number> };
let fontFiles: Promise<Record<Style, FontFile[]>> | undefined;

/**
 * WOFF 1.0 → the TrueType file it wraps: the same tables, inflated with zlib when compressed
 * (https://www.w3.org/TR/WOFF/ §4–5). Table checksums are carried over; order and padding kept.
 */
function woffToSfnt(woff: Buffer): Uint8Array {
  if (woff.readUInt32BE(0) !== 0x774f4646) throw new Error("not a WOFF file");
  const flavor = woff.readUInt32BE(4);
  const numTables = woff.readUInt16BE(12);
  const tables = Array.from({ length: numTables }, (_, i) => {
    const at = 44 + i * 20;
    const offset = woff.readUInt32BE(at + 4);
    const compLength = woff.readUInt32BE(at + 8);
    const origLength = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compLength);
    const data = compLength < origLength ? zlib.inflateSync(raw) : raw;
    if (data.length !== origLength) throw new Error("corrupt WOFF table");
    return { tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data };
  });
  const headerLength = 12 + 16 * numTables;
  const size = tables.reduce((n, t) => n + Math.ceil(t.data.length / 4) * 4, headerLength);
  const out = Buffer.alloc(size);
  const power = 2 ** Math.floor(Math.log2(numTables));
  out.writeUInt32BE(flavor, 0);
  out.writeUInt16BE(numTables, 4);
  out.writeUInt16BE(power * 16, 6);
  out.writeUInt16BE(Math.log2(power), 8);
  out.writeUInt16BE(numTables * 16 - power * 16, 10);
  let offset = headerLength;
  tables.forEach((t, i) => {
    const record = 12 + 16 * i;
    out.writeUInt32BE(t.tag, record);
    out.writeUInt32BE(t.checksum, record + 4);
    out.writeUInt32BE(offset, record + 8);
    out.writeUInt32BE(t.data.length, record + 12);
    t.data.copy(out, offset);
    offset += Math.ceil(t.data.length / 4) * 4;
  });
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}

async function loadFontFiles(): Promise<Record<Style, FontFile[]>> {
  const load = async (style: Style) =>
    Promise.all(
      SUBSETS.map(async (subset) => {
        const bytes = woffToSfnt(await fs.readFile(path.join(FONT_DIR, `tinos-${subset}-${STYLES[style]}.woff`)));
        return { bytes, coverage: new Set(fontkit.create(bytes).characterSet) };
      }),
    );
  const [regular, bold, italic] = await Promise.all([load("regular"), load("bold"), load("italic")]);
  return { regular, bold, italic };
}

/** Fonts of one document: a subset is embedded only when some text needs it. */
class Typesetter {
  private embedded = new Map<string, Promise<PDFFont>>();
  /** Advance width at size 1 of each character, per font: measuring is a sum (pdf-lib draws without kerning). */
  private advances = new Map<PDFFont, Map<string, number>>();

  constructor(
    private readonly doc: PDFDocument,
    private readonly files: Record<Style, FontFile[]>,
  ) {}

  private font(style: Style, index: number): Promise<PDFFont> {
    const key = `${style}:${index}`;
    let font = this.embedded.get(key);
    if (!font) {
      font = this.doc.embedFont(this.files[style][index].bytes, { subset: true });
      this.embedded.set(key, font);
    }
    return font;
  }

  private advance(font: PDFFont, text: string, size: number): number {
    let cache = this.advances.get(font);
    if (!cache) this.advances.set(font, (cache = new Map()));
    let w = 0;
    for (const ch of text) {
      let a = cache.get(ch);
      if (a === undefined) cache.set(ch, (a = font.widthOfTextAtSize(ch, 1)));
      w += a;
    }
    return w * size;
  }

  /** The text cut into runs of one font each, with those fonts embedded. */
  private async runs(text: string, style: Style) {
    const coverage = this.files[style].map((f) => f.coverage);
    return Promise.all(splitRuns(text, coverage).map(async (run) => ({ text: run.text, font: await this.font(style, run.font) })));
  }

  async width(text: string, style: Style, size: number): Promise<number> {
    return (await this.runs(text, style)).reduce((w, run) => w + this.advance(run.font, run.text, size), 0);
  }

  async draw(page: PDFPage, text: string, x: number, y: number, style: Style, size: number, color: RGB = BLACK): Promise<number> {
    let cursor = x;
    for (const run of await this.runs(text, style)) {
      page.drawText(run.text, { x: cursor, y, size, font: run.font, color });
      cursor += this.advance(run.font, run.text, size);
    }
    return cursor - x;
  }

  async drawCentered(page: PDFPage, text: string, centerX: number, y: number, style: Style, size: number, color: RGB = BLACK): Promise<number> {
    const w = await this.width(text, style, size);
    await this.draw(page, text, centerX - w / 2, y, style, size, color);
    return w;
  }

  /** Lines of `text` that fit `maxWidth`. */
  async wrap(text: string, style: Style, size: number, maxWidth: number): Promise<string[]> {
    // Embed the subsets the whole text needs first, so that measuring its pieces needs no await.
    const coverage = this.files[style].map((f) => f.coverage);
    const needed = [...new Set(splitRuns(text, coverage).map((run) => run.font))];
    const fonts = new Map(await Promise.all(needed.map(async (i) => [i, await this.font(style, i)] as const)));
    const measure = (s: string) => splitRuns(s, coverage).reduce((w, run) => w + this.advance(fonts.get(run.font) as PDFFont, run.text, size), 0);
    return wrapText(text, maxWidth, measure);
  }
}

const BLACK = rgb(0, 0, 0);
const GREY = rgb(0.35, 0.35, 0.35);
const LINK = rgb(0.03, 0.25, 0.49);

// A4 in points, margins as Decree 30/2020 asks of administrative documents (left 25 mm, right 15–20 mm).
const PAGE = { width: 595.28, height: 841.89 };
const LEFT = 71;
const RIGHT = PAGE.width - 51;
const TOP = PAGE.height - 57;
const LEFT_COL = { x: LEFT - 20, width: 230 };
const RIGHT_COL = { x: 285, width: RIGHT - 285 + 10 };
const QR_SIZE = 112;
const QR_BOX = { x: LEFT, y: 64 };

/**
 * The e-result as a one-page A4 PDF: the issuing agency and the national motto, the result's
 * number and date, what was decided for whom, and a QR code (plus the same address in text, as a
 * link) to the public verification page. Vietnamese text is embedded with its glyphs.
 */
export async function renderEResultPdf(options: { data: EResultData; texts: EResultTexts & { documentTitle: (n: string) => string }; now?: Date }): Promise<Uint8Array> {
  const { data, texts } = options;
  const now = options.now ?? new Date();
  const content = eResultContent(data, texts, now);

  fontFiles ??= loadFontFiles();
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const ts = new Typesetter(doc, await fontFiles);
  const page = doc.addPage([PAGE.width, PAGE.height]);

  doc.setTitle(texts.documentTitle(data.resultNumber));
  doc.setAuthor(data.agencyName);
  doc.setSubject(content.title);
  doc.setKeywords([data.resultNumber, content.verify.url]);
  doc.setLanguage("vi-VN");
  doc.setCreator("Cổng Chuyển đổi số tỉnh Thái Nguyên");
  doc.setProducer("Cổng Chuyển đổi số tỉnh Thái Nguyên");
  doc.setCreationDate(now);
  doc.setModificationDate(now);

  // ── Header: issuer on the left, national motto on the right ──
  const leftCenter = LEFT_COL.x + LEFT_COL.width / 2;
  const rightCenter = RIGHT_COL.x + RIGHT_COL.width / 2;
  let leftY = TOP;
  for (const [i, line] of content.issuer.entries()) {
    const style: Style = i === content.issuer.length - 1 ? "bold" : "regular";
    for (const part of await ts.wrap(line, style, 12, LEFT_COL.width)) {
      await ts.drawCentered(page, part, leftCenter, leftY, style, 12);
      leftY -= 15;
    }
  }
  page.drawLine({ start: { x: leftCenter - 35, y: leftY + 8 }, end: { x: leftCenter + 35, y: leftY + 8 }, thickness: 0.6 });

  let rightY = TOP;
  await ts.drawCentered(page, content.motto[0], rightCenter, rightY, "bold", 12);
  rightY -= 16;
  const mottoWidth = await ts.drawCentered(page, content.motto[1], rightCenter, rightY, "bold", 13);
  page.drawLine({ start: { x: rightCenter - mottoWidth / 2, y: rightY - 3 }, end: { x: rightCenter + mottoWidth / 2, y: rightY - 3 }, thickness: 0.6 });
  rightY -= 15;

  let y = Math.min(leftY, rightY) - 12;
  await ts.drawCentered(page, content.number, leftCenter, y, "regular", 12.5);
  await ts.drawCentered(page, content.placeDate, rightCenter, y, "italic", 12.5);

  // ── Title ──
  const center = (LEFT + RIGHT) / 2;
  y -= 46;
  await ts.drawCentered(page, content.title, center, y, "bold", 15);
  y -= 19;
  for (const line of await ts.wrap(content.subtitle, "bold", 13, RIGHT - LEFT - 40)) {
    await ts.drawCentered(page, line, center, y, "bold", 13);
    y -= 17;
  }

  // ── Body ──
  y -= 14;
  for (const line of await ts.wrap(content.intro, "regular", 13, RIGHT - LEFT)) {
    await ts.draw(page, line, LEFT, y, "regular", 13);
    y -= 18;
  }
  y -= 8;
  const valueX = LEFT + 112;
  for (const field of content.fields) {
    await ts.draw(page, `${field.label}:`, LEFT, y, "bold", 13);
    for (const line of await ts.wrap(field.value, "regular", 13, RIGHT - valueX)) {
      await ts.draw(page, line, valueX, y, "regular", 13);
      y -= 18;
    }
    y -= 4;
  }

  // ── Signature block (right column) ──
  y -= 18;
  await ts.drawCentered(page, content.signer[0], rightCenter, y, "bold", 12.5);
  y -= 16;
  await ts.drawCentered(page, content.signer[1], rightCenter, y, "italic", 11.5);
  y -= 42;
  for (const line of await ts.wrap(content.signer[2], "bold", 12.5, RIGHT_COL.width)) {
    await ts.drawCentered(page, line, rightCenter, y, "bold", 12.5);
    y -= 16;
  }

  // ── Verification: QR code and the same address as text and link ──
  const matrix = qrMatrix(content.verify.url);
  const quiet = 4;
  const module = QR_SIZE / (matrix.length + 2 * quiet);
  const ops = [beginMarkedContent("QRCode"), pushGraphicsState(), setFillingRgbColor(0, 0, 0)];
  for (const run of qrRuns(matrix)) {
    ops.push(rectangle(QR_BOX.x + (quiet + run.col) * module, QR_BOX.y + QR_SIZE - (quiet + run.row + 1) * module, run.length * module, module));
  }
  ops.push(fill(), popGraphicsState(), endMarkedContent());
  page.pushOperators(...ops);
  page.drawRectangle({ x: QR_BOX.x - 6, y: QR_BOX.y - 6, width: RIGHT - QR_BOX.x + 12, height: QR_SIZE + 12, borderColor: GREY, borderWidth: 0.6 });

  const textX = QR_BOX.x + QR_SIZE + 10;
  let ty = QR_BOX.y + QR_SIZE - 22;
  await ts.draw(page, content.verify.title, textX, ty, "bold", 12);
  ty -= 16;
  for (const line of await ts.wrap(content.verify.hint, "regular", 10.5, RIGHT - textX)) {
    await ts.draw(page, line, textX, ty, "regular", 10.5);
    ty -= 13.5;
  }
  ty -= 3;
  for (const line of await ts.wrap(content.verify.url, "regular", 10.5, RIGHT - textX)) {
    await ts.draw(page, line, textX, ty, "regular", 10.5, LINK);
    ty -= 13.5;
  }
  const link = doc.context.obj({
    Type: "Annot",
    Subtype: "Link",
    Rect: [QR_BOX.x, QR_BOX.y, RIGHT, QR_BOX.y + QR_SIZE],
    Border: [0, 0, 0],
    A: { Type: "Action", S: "URI", URI: PDFString.of(content.verify.url) },
  });
  page.node.set(PDFName.of("Annots"), doc.context.obj([doc.context.register(link)]));

  await ts.drawCentered(page, content.footer, center, 36, "italic", 9, GREY);

  // No object streams: the link's address stays readable in the file (tests and archivists grep for it).
  return doc.save({ useObjectStreams: false });
}
