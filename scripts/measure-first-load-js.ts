// npm run bench:js [-- --base http://localhost:3000]
// First-load JavaScript of the public pages, as a browser receives it: the scripts each page's
// HTML references, fetched from the running production server and gzipped. Target ≤ 150 KB.
import zlib from "node:zlib";

const args = process.argv.slice(2);
const baseIndex = args.indexOf("--base");
const base = baseIndex >= 0 ? args[baseIndex + 1] : "http://localhost:3000";
// /verify/<token> renders the same scripts for any token (an unknown one shows the "cannot verify" state).
const PAGES = ["/", "/procedures", "/procedures/1.001193", "/statistics", "/lookup", "/sign-in", "/verify/ma-khong-ton-tai"];
const BUDGET_KB = 150;

async function main() {
  console.log(`Máy chủ: ${base}  (ngân sách ${BUDGET_KB} KB gzip)`);
  console.log("trang                     tệp   thô (KB)   gzip (KB)   đạt?");
  for (const path of PAGES) {
    const html = await (await fetch(new URL(path, base))).text();
    // Scripts marked nomodule (legacy polyfills) are skipped by every browser that runs modules.
    const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\bnomodule\b/i.test(tag));
    const sources = new Set(tags.map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1]).filter((src): src is string => Boolean(src)));
    let raw = 0;
    let gzip = 0;
    for (const src of sources) {
      const bytes = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
      raw += bytes.length;
      gzip += zlib.gzipSync(bytes).length;
    }
    const kb = gzip / 1024;
    console.log(`${path.padEnd(24)} ${String(sources.size).padStart(5)} ${(raw / 1024).toFixed(0).padStart(10)} ${kb.toFixed(0).padStart(11)}   ${kb <= BUDGET_KB ? "có" : "KHÔNG"}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
