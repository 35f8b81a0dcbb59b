// Oxigraph side of bench/query/run: loads DATA (Turtle or N-Triples) into an in-memory store and
// times each BOUND_DIR/*.rq like QueryTimes does on Jena: one JSON line per query with p50/p99 wall
// ms and CPU ms per run (user+system of this process).
//   node oxi-times.mjs DATA BOUND_DIR SECONDS_PER_QUERY [name,name,...]
// A query whose warm-up run takes longer than 60 s is reported once ("slow") and not repeated.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(path.join(here, "../oxigraph/package.json"));
const oxigraph = require("oxigraph");

const [data, dir, secondsArg, onlyArg] = process.argv.slice(2);
const seconds = Number(secondsArg ?? "3");
const only = onlyArg ? new Set(onlyArg.split(",")) : null;

function* chunks(file) {
  const fd = fs.openSync(file, "r");
  const buf = Buffer.alloc(8 << 20);
  try {
    for (;;) {
      const n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) return;
      yield new Uint8Array(buf.subarray(0, n));
    }
  } finally {
    fs.closeSync(fd);
  }
}
const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const now = () => Number(process.hrtime.bigint()) / 1e6;
const pct = (s, p) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
const count = (r) => (typeof r === "boolean" ? 1 : r.length);

const store = new oxigraph.Store();
let t0 = now(), c0 = cpuMs();
store.load(chunks(data), { format: data.endsWith(".ttl") ? "text/turtle" : "application/n-triples", no_transaction: true });
console.log(JSON.stringify({ load_ms: now() - t0, load_cpu_ms: cpuMs() - c0, triples: store.size, rss_mb: Math.round(process.memoryUsage().rss / 1048576) }));

for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".rq")).sort()) {
  const name = path.basename(file, ".rq");
  if (only ? !only.has(name) : name.startsWith("readme-")) continue;
  const text = fs.readFileSync(path.join(dir, file), "utf8");
  let rows, first;
  try {
    t0 = now(); c0 = cpuMs();
    rows = count(store.query(text));
    first = now() - t0;
    if (first > 60000) {
      console.log(JSON.stringify({ query: name, n: 1, rows, p50_ms: first, p99_ms: first, cpu_ms: cpuMs() - c0, slow: true }));
      continue;
    }
    rows = count(store.query(text));
  } catch (e) {
    console.log(JSON.stringify({ query: name, error: String(e.message ?? e).slice(0, 200) }));
    continue;
  }
  const times = [];
  const deadline = now() + seconds * 1000;
  c0 = cpuMs();
  while (times.length < 10000 && (times.length < 5 || now() < deadline)) {
    t0 = now();
    rows = count(store.query(text));
    times.push(now() - t0);
  }
  const cpu = (cpuMs() - c0) / times.length;
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ query: name, n: times.length, rows, p50_ms: pct(times, 50), p99_ms: pct(times, 99), cpu_ms: cpu }));
}
