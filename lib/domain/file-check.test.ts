import { describe, expect, it } from "vitest";
import { EXTENSION_OF, MAX_DOSSIER_BYTES, MAX_FILE_BYTES, checkUpload, detectFileType, safeDisplayName, type AcceptedMime } from "./file-check";

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? ascii(p) : p)));

// Real file headers.
const PDF = bytes("%PDF-1.7\n%", [0xe2, 0xe3, 0xcf, 0xd3], "\n1 0 obj\n");
const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d], "IHDR", [0x00, 0x00, 0x02, 0x80]);
const JPEG_JFIF = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], "JFIF", [0x00, 0x01, 0x01]);
const JPEG_EXIF = bytes([0xff, 0xd8, 0xff, 0xe1, 0x1c, 0x45], "Exif", [0x00, 0x00]);
const ELF = bytes([0x7f], "ELF", [0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00]);
const MZ = bytes("MZ", [0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00]);
const ZIP = bytes("PK", [0x03, 0x04, 0x14, 0x00, 0x06, 0x00], "[Content_Types].xml");

/** A file of exactly `size` bytes starting with `header`. */
function fileOf(header: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  out.set(header.subarray(0, size));
  return out;
}

describe("detectFileType", () => {
  it.each([
    ["PDF", PDF, "application/pdf"],
    ["PDF 1.4 header only", bytes("%PDF-1.4"), "application/pdf"],
    ["PNG", PNG, "image/png"],
    ["JPEG (JFIF)", JPEG_JFIF, "image/jpeg"],
    ["JPEG (Exif, from a phone camera)", JPEG_EXIF, "image/jpeg"],
    ["the bare 3-byte JPEG signature", bytes([0xff, 0xd8, 0xff]), "image/jpeg"],
  ])("recognises %s", (_name, content, mime) => {
    expect(detectFileType(content)).toBe(mime);
  });

  it.each([
    ["an ELF executable", ELF],
    ["a Windows executable (MZ)", MZ],
    ["a ZIP archive (also .docx, .xlsx)", ZIP],
    ["HTML", bytes("<!DOCTYPE html><html><body><script>alert(1)</script>")],
    ["SVG", bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>')],
    ["XML-prefixed SVG", bytes('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>')],
    ["a PDF signature after a space", bytes(" %PDF-1.7\n")],
    ["a PDF signature after a UTF-8 BOM", bytes([0xef, 0xbb, 0xbf], "%PDF-1.7\n")],
    ["a PDF signature inside HTML", bytes("<html>%PDF-1.7</html>")],
    ["lower-case %pdf-", bytes("%pdf-1.7\n")],
    ["%PDF without the dash", bytes("%PDF")],
    ["a PNG signature one byte short", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a])],
    ["a PNG signature with a wrong last byte", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x00])],
    ["two bytes of JPEG", bytes([0xff, 0xd8])],
    ["GIF", bytes("GIF89a", [0x01, 0x00])],
    ["plain text", bytes("Don de nghi cap ban sao")],
    ["nothing", new Uint8Array(0)],
  ])("refuses %s", (_name, content) => {
    expect(detectFileType(content)).toBeNull();
  });
});

describe("checkUpload", () => {
  const TYPE = "Chỉ chấp nhận tệp PDF, JPEG hoặc PNG (kiểm tra theo nội dung tệp).";
  const TOO_BIG = "Tệp vượt quá 10 MB. Vui lòng nén hoặc chia nhỏ tệp.";
  const DOSSIER_FULL = "Tổng dung lượng tệp của hồ sơ vượt quá 30 MB.";

  it("has limits of 10 MiB per file and 30 MiB per dossier", () => {
    expect(MAX_FILE_BYTES).toBe(10_485_760);
    expect(MAX_DOSSIER_BYTES).toBe(31_457_280);
  });

  it.each([
    ["a small PDF", PDF, 0, { ok: true, mime: "application/pdf" }],
    ["a PNG", PNG, 0, { ok: true, mime: "image/png" }],
    ["a JPEG", JPEG_JFIF, 0, { ok: true, mime: "image/jpeg" }],
    ["an empty file", new Uint8Array(0), 0, { ok: false, message: "Tệp rỗng. Vui lòng chọn lại tệp." }],
    ["an ELF executable", ELF, 0, { ok: false, message: TYPE }],
    ["a Windows executable", MZ, 0, { ok: false, message: TYPE }],
    ["a ZIP archive", ZIP, 0, { ok: false, message: TYPE }],
    ["HTML", bytes("<html></html>"), 0, { ok: false, message: TYPE }],
    ["a PDF of exactly 10 MiB", fileOf(PDF, 10_485_760), 0, { ok: true, mime: "application/pdf" }],
    ["a PDF of 10 MiB + 1 byte", fileOf(PDF, 10_485_761), 0, { ok: false, message: TOO_BIG }],
    ["an executable over 10 MiB (size is checked first)", fileOf(MZ, 10_485_761), 0, { ok: false, message: TOO_BIG }],
    ["10 MiB onto 20 MiB: exactly 30 MiB", fileOf(PNG, 10_485_760), 20_971_520, { ok: true, mime: "image/png" }],
    ["10 MiB onto 20 MiB + 1 byte", fileOf(PNG, 10_485_760), 20_971_521, { ok: false, message: DOSSIER_FULL }],
    ["100 bytes onto 30 MiB − 100 bytes", fileOf(PDF, 100), 31_457_180, { ok: true, mime: "application/pdf" }],
    ["100 bytes onto 30 MiB − 99 bytes", fileOf(PDF, 100), 31_457_181, { ok: false, message: DOSSIER_FULL }],
    ["an executable onto a full dossier (size is checked first)", ELF, 31_457_280, { ok: false, message: DOSSIER_FULL }],
  ])("%s", (_name, content, existingDossierBytes, expected) => {
    expect(checkUpload({ bytes: content, existingDossierBytes })).toEqual(expected);
  });
});

describe("safeDisplayName", () => {
  it.each<[string, AcceptedMime, string]>([
    ["Giấy khai sinh.pdf", "application/pdf", "Giấy khai sinh.pdf"],
    ["to khai.PDF", "application/pdf", "to khai.pdf"],
    ["anh the.jpeg", "image/jpeg", "anh the.jpg"],
    ["anh the.JPG", "image/jpeg", "anh the.jpg"],
    ["anh.jpg", "image/png", "anh.png"], // the extension follows the content
    ["ảnh chụp.HEIC", "image/png", "ảnh chụp.png"],
    ["virus.exe", "application/pdf", "virus.pdf"],
    ["hoso.pdf.exe", "application/pdf", "hoso.pdf.pdf"],
    ["ban sao", "application/pdf", "ban sao.pdf"],
    ["hoso.", "application/pdf", "hoso.pdf"],
    ["hoso....", "application/pdf", "hoso.pdf"],
    ["  hoso.pdf  ", "application/pdf", "hoso.pdf"],
    [".htaccess", "application/pdf", ".htaccess.pdf"], // more than 5 characters after the dot: not an extension
    ["", "application/pdf", "tep.pdf"],
    ["   ", "image/png", "tep.png"],
    ["...", "image/jpeg", "tep.jpg"],
    [".pdf", "application/pdf", "tep.pdf"],
    ["../../etc/passwd", "application/pdf", ".._.._etc_passwd.pdf"],
    ["..\\..\\windows\\system32\\cmd.exe", "application/pdf", ".._.._windows_system32_cmd.pdf"],
    ['bao "cao".pdf', "application/pdf", "bao _cao_.pdf"],
    ["O'Brien.pdf", "application/pdf", "O'Brien.pdf"], // a single quote is harmless and kept
    ["a<b>c:d|e?f*g.pdf", "application/pdf", "a_b_c_d_e_f_g.pdf"],
    ["dong1\r\nContent-Type: text/html.pdf", "application/pdf", "dong1__Content-Type_ text_html.pdf"],
    ["tab\there\u0000.pdf", "application/pdf", "tab_here_.pdf"],
    ["\u001bdel\u007f.png", "image/png", "_del_.png"],
  ])("%j (%s) → %j", (name, mime, expected) => {
    expect(safeDisplayName(name, mime)).toBe(expected);
  });

  it.each([
    ["a 200-character name is cut to 120", `${"a".repeat(200)}.pdf`, `${"a".repeat(120)}.pdf`],
    ["a 120-character name keeps its extension", `${"a".repeat(116)}.pdf`, `${"a".repeat(116)}.pdf`],
    ["an extension cut in half is still replaced", `${"a".repeat(118)}.pdf`, `${"a".repeat(118)}.pdf`],
    ["a cut that would leave half an emoji drops it", `${"a".repeat(119)}😀.pdf`, `${"a".repeat(119)}.pdf`],
    ["a whole emoji inside the limit is kept", `${"a".repeat(118)}😀.pdf`, `${"a".repeat(118)}😀.pdf`],
  ])("%s", (_case, name, expected) => {
    const out = safeDisplayName(name, "application/pdf");
    expect(out).toBe(expected);
    // It goes into Content-Disposition as filename*=UTF-8''encodeURIComponent(name).
    expect(() => encodeURIComponent(out)).not.toThrow();
  });

  it("returns Vietnamese names in NFC (macOS uploads NFD)", () => {
    const nfd = "Giấy khai sinh.pdf".normalize("NFD");
    expect(nfd).not.toBe("Giấy khai sinh.pdf");
    expect(nfd.length).toBe(20); // only "ấ" decomposes here, into a + U+0302 + U+0301: 18 + 2
    const out = safeDisplayName(nfd, "application/pdf");
    expect(out).toBe("Giấy khai sinh.pdf");
    expect(out.length).toBe(18);
    expect(safeDisplayName("Đơn đề nghị cấp phép xây dựng (bản scan).jpg".normalize("NFD"), "image/jpeg")).toBe(
      "Đơn đề nghị cấp phép xây dựng (bản scan).jpg",
    );
  });

  it("always ends with the extension of the detected type and never keeps a separator or control character", () => {
    const names = ["../../etc/passwd", "x.exe", "a/b\\c.png", "\u0000", "bao cao.docx", "Hồ sơ.bản", "tệp.tar.gz", `${"z".repeat(300)}.jpg`];
    for (const name of names) {
      for (const mime of Object.keys(EXTENSION_OF) as AcceptedMime[]) {
        const out = safeDisplayName(name, mime);
        expect(out.endsWith(`.${EXTENSION_OF[mime]}`)).toBe(true);
        expect(out).not.toMatch(/[\u0000-\u001f\u007f"\\/<>:|?*]/);
        expect(out.length).toBeLessThanOrEqual(124);
      }
    }
  });

  it("maps the three accepted types to pdf, jpg and png", () => {
    expect(EXTENSION_OF).toEqual({ "application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png" });
  });
});
