// Preloaded with NODE_OPTIONS="--require …/cpu-profile-preload.cjs" by scripts/bench/profile-pages.ts
// (Node refuses --cpu-prof in NODE_OPTIONS). Only in the `next start` process: starts the V8
// CPU profiler at once and, on each SIGUSR2, writes what it recorded since the previous signal to
// $BENCH_CPU_PROF_DIR/<n>.cpuprofile and starts a new profile — one profile per measured page.
const path = require("node:path");
const argv = process.argv;
if (process.env.BENCH_CPU_PROF_DIR && /next[\\/]dist[\\/]bin[\\/]next$/.test(argv[1] || "") && argv[2] === "start") {
  const fs = require("node:fs");
  const inspector = require("node:inspector");
  const session = new inspector.Session();
  session.connect();
  const post = (method, params) => new Promise((resolve, reject) => session.post(method, params || {}, (e, r) => (e ? reject(e) : resolve(r))));
  let n = 0;
  const ready = post("Profiler.enable").then(() => post("Profiler.setSamplingInterval", { interval: 200 })).then(() => post("Profiler.start"));
  process.on("SIGUSR2", async () => {
    await ready;
    const { profile } = await post("Profiler.stop");
    const file = path.join(process.env.BENCH_CPU_PROF_DIR, `${String(n++).padStart(2, "0")}.cpuprofile`);
    fs.writeFileSync(file, JSON.stringify(profile));
    await post("Profiler.start");
  });
}
