// npx tsx scripts/bench/analyse-cpuprofile.ts FILE.cpuprofile [--top 40] [--match text]
//
// Where the time of a `node --cpu-prof` profile goes: self time and total (inclusive) time per
// function and per module (npm package, Node core, or the app's build chunk), in % of the
// non-idle time. Inclusive time counts each frame once per sample (recursion is not doubled).
// `--match text` also lists the callers of the functions whose name or file contains `text`.
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { SourceMapConsumer } from "source-map-js";

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type Node = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--") && args[args.indexOf(a) - 1] !== "--top" && args[args.indexOf(a) - 1] !== "--match");
if (!file) throw new Error("usage: analyse-cpuprofile.ts FILE.cpuprofile [--top N] [--match text]");
const top = Number(args[args.indexOf("--top") + 1] || 40) || 40;
const match = args.includes("--match") ? args[args.indexOf("--match") + 1] : undefined;

const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

function moduleOf(url: string): string {
  if (!url) return "(native/vm)";
  if (url.startsWith("node:")) return "node:" + url.slice(5).split("/")[0];
  const nm = url.lastIndexOf("node_modules/");
  if (nm >= 0) {
    const rest = url.slice(nm + 13).split("/");
    const pkg = rest[0].startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0];
    if (pkg === "next") return `next/${rest.slice(1, 4).join("/")}`;
    return pkg;
  }
  const chunk = url.indexOf("/server/chunks/");
  if (chunk >= 0) return "app-chunk:" + url.slice(chunk + 15);
  const server = url.indexOf("/server/");
  if (server >= 0) return "app-server:" + url.slice(server + 8);
  return url.replace(/^file:\/\//, "").replace(process.cwd() + "/", "");
}
// Frames in the build's chunks are mapped back to the app's source files with the chunk's source map.
const maps = new Map<string, SourceMapConsumer | null>();
function consumer(url: string): SourceMapConsumer | null {
  if (!maps.has(url)) {
    let c: SourceMapConsumer | null = null;
    try {
      const file = url.startsWith("file://") ? fileURLToPath(url) : url;
      if (/\/server\//.test(file) && fs.existsSync(`${file}.map`)) c = new SourceMapConsumer(JSON.parse(fs.readFileSync(`${file}.map`, "utf8")));
    } catch {
      c = null;
    }
    maps.set(url, c);
  }
  return maps.get(url)!;
}
const mapped = new Map<string, { name: string; module: string; line: number }>();
function resolve(f: CallFrame): { name: string; module: string; line: number } {
  const k = `${f.url}:${f.lineNumber}:${f.columnNumber}:${f.functionName}`;
  let r = mapped.get(k);
  if (!r) {
    r = { name: f.functionName || "(anonymous)", module: moduleOf(f.url), line: f.lineNumber + 1 };
    const c = f.url && f.lineNumber >= 0 ? consumer(f.url) : null;
    if (c) {
      const o = c.originalPositionFor({ line: f.lineNumber + 1, column: f.columnNumber });
      if (o.source) {
        const src = o.source.replace(/^(\.\.\/)+/, "").replace(/^turbopack:\/\/\/\[project\]\//, "");
        r = { name: r.name, module: moduleOf(src.includes("node_modules/") ? src : `src:${src}`), line: o.line ?? 0 };
      }
    }
    mapped.set(k, r);
  }
  return r;
}
const fnKey = (f: CallFrame) => {
  const r = resolve(f);
  return `${r.name}  ${r.module}:${r.line}`;
};
const IDLE = new Set(["(idle)", "(program)"]);

const selfFn = new Map<string, number>();
const selfMod = new Map<string, number>();
const totalFn = new Map<string, number>();
const totalMod = new Map<string, number>();
const callers = new Map<string, Map<string, number>>();
let busy = 0;
let idle = 0;
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);

for (let i = 0; i < profile.samples.length; i++) {
  const dt = profile.timeDeltas[i] ?? 0;
  const leaf = byId.get(profile.samples[i])!;
  if (IDLE.has(leaf.callFrame.functionName)) {
    idle += dt;
    continue;
  }
  busy += dt;
  add(selfFn, fnKey(leaf.callFrame), dt);
  add(selfMod, resolve(leaf.callFrame).module, dt);
  const seenFn = new Set<string>();
  const seenMod = new Set<string>();
  for (let id: number | undefined = leaf.id; id !== undefined; id = parent.get(id)) {
    const f = byId.get(id)!.callFrame;
    if (f.functionName === "(root)") break;
    const k = fnKey(f);
    if (!seenFn.has(k)) {
      seenFn.add(k);
      add(totalFn, k, dt);
      if (match && k.includes(match)) {
        const p = parent.get(id);
        const caller = p !== undefined ? fnKey(byId.get(p)!.callFrame) : "(root)";
        const m = callers.get(k) ?? new Map<string, number>();
        add(m, caller, dt);
        callers.set(k, m);
      }
    }
    const mod = resolve(f).module;
    if (!seenMod.has(mod)) {
      seenMod.add(mod);
      add(totalMod, mod, dt);
    }
  }
}

const pct = (v: number) => ((100 * v) / busy).toFixed(1).padStart(5) + " %";
function print(title: string, m: Map<string, number>, n = top) {
  console.log(`\n## ${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${pct(v)}  ${(v / 1000).toFixed(0).padStart(6)} ms  ${k}`);
}
console.log(`${file}: busy ${(busy / 1000).toFixed(0)} ms, idle ${(idle / 1000).toFixed(0)} ms (percentages of busy time)`);
print("self time by module", selfMod, 25);
print("total time by module", totalMod, 25);
print("self time by function", selfFn);
print("total time by function", totalFn);
for (const [k, m] of callers) print(`callers of ${k}`, m, 10);
