// Runs SPARQL queries on an in-memory Oxigraph store and prints one JSON line per query:
//   node run.mjs DATA.nt QUERY_DIR SECONDS_PER_QUERY
// DATA is N-Triples (or Turtle, by extension); every QUERY_DIR/*.rq is timed: 2 warm-up runs,
// then runs until SECONDS_PER_QUERY have passed (at least 5, at most 10000); p50/p99 in ms.
import fs from "node:fs";
import path from "node:path";
import oxigraph from "oxigraph";

const [data, queryDir, secondsArg] = process.argv.slice(2);
if (!data || !queryDir) {
  console.error("usage: node run.mjs DATA.nt|DATA.ttl QUERY_DIR [SECONDS_PER_QUERY]");
  process.exit(2);
}
const seconds = Number(secondsArg ?? "5");

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

const format = data.endsWith(".ttl") ? "text/turtle" : "application/n-triples";
const store = new oxigraph.Store();
let t0 = process.hrtime.bigint();
store.load(chunks(data), { format, no_transaction: true });
const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
console.log(JSON.stringify({ load_ms: loadMs, triples: store.size, rss_mb: process.memoryUsage().rss / 1048576 }));

function count(result) {
  if (typeof result === "boolean") return 1;
  if (typeof result === "string") return result.length;
  return result.length;
}

function pct(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

for (const file of fs.readdirSync(queryDir).filter((f) => f.endsWith(".rq")).sort()) {
  const name = path.basename(file, ".rq");
  const text = fs.readFileSync(path.join(queryDir, file), "utf8");
  let rows;
  try {
    for (let i = 0; i < 2; i++) rows = count(store.query(text));
  } catch (e) {
    console.log(JSON.stringify({ query: name, error: String(e.message ?? e).slice(0, 200) }));
    continue;
  }
  const times = [];
  const deadline = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  while (times.length < 10000 && (times.length < 5 || process.hrtime.bigint() < deadline)) {
    t0 = process.hrtime.bigint();
    rows = count(store.query(text));
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ query: name, n: times.length, rows, p50_ms: pct(times, 50), p99_ms: pct(times, 99) }));
}
