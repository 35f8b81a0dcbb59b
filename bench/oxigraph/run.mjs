// Runs SPARQL queries on an in-memory Oxigraph store and prints one JSON line per query:
//   node run.mjs QUERY_DIR SECONDS CAP_S BUDGET_S ORDER_FILE FILE=GRAPH...
// Each FILE (Turtle or N-Triples, by extension) is loaded into the named graph GRAPH, and queries see
// the union of the named graphs as their default graph (as `kg serve` does). Every QUERY_DIR/*.rq is
// run once as a warm-up, then until SECONDS have passed and at least 3 times (a multi-second query
// too: one run of it left the verdict against Jena within the run-to-run spread); p50/p99 in ms over
// the measured runs (n). Queries run
// in the order of ORDER_FILE (names, one a line; "-" for none), others first, in name order.
//
// Oxigraph has no query timeout, so the store lives in a worker thread: a run that takes longer than
// CAP_S seconds gets the worker terminated, the query reported as capped ({"capped_s": CAP}), and the
// data reloaded into a fresh worker for the next query. Queries left when BUDGET_S is spent (or when a
// reload would not fit in it) are reported as skipped.
import fs from "node:fs";
import path from "node:path";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";

if (isMainThread) {
  await main();
} else {
  await worker();
}

async function main() {
  const [queryDir, secondsArg, capArg, budgetArg, orderFile, ...pairs] = process.argv.slice(2);
  if (!queryDir || pairs.length === 0) {
    console.error("usage: node run.mjs QUERY_DIR SECONDS CAP_S BUDGET_S ORDER_FILE FILE=GRAPH...");
    process.exit(2);
  }
  const seconds = Number(secondsArg);
  const capMs = Number(capArg) * 1000;
  const deadline = Date.now() + Number(budgetArg) * 1000;
  const files = pairs.map((p) => {
    const i = p.lastIndexOf("=");
    return { file: p.slice(0, i), graph: p.slice(i + 1) };
  });
  const order = orderFile && orderFile !== "-" && fs.existsSync(orderFile)
    ? fs.readFileSync(orderFile, "utf8").split("\n").filter(Boolean) : [];
  const names = fs.readdirSync(queryDir).filter((f) => f.endsWith(".rq")).map((f) => path.basename(f, ".rq")).sort();
  const rank = (n) => (order.includes(n) ? order.indexOf(n) : -1);
  names.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

  let w = null;
  let loadMs = 0;
  let loads = 0;
  const start = () =>
    new Promise((resolve, reject) => {
      w = new Worker(new URL(import.meta.url), { workerData: { files } });
      w.once("message", (m) => {
        loadMs = m.load_ms;
        if (loads++ === 0) console.log(JSON.stringify(m));
        resolve();
      });
      w.once("error", reject);
    });
  const ask = (name, text) =>
    new Promise((resolve) => {
      let timer = null;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(async () => {
          w.removeAllListeners("message");
          await w.terminate();
          w = null;
          resolve({ query: name, capped_s: capMs / 1000 });
        }, capMs);
      };
      w.on("message", (m) => {
        if (m.run !== undefined) {
          arm(); // each run gets CAP_S
        } else {
          clearTimeout(timer);
          w.removeAllListeners("message");
          resolve(m);
        }
      });
      arm();
      w.postMessage({ name, text, seconds });
    });

  for (const name of names) {
    const text = fs.readFileSync(path.join(queryDir, name + ".rq"), "utf8");
    const left = deadline - Date.now();
    if (left <= 0 || (w === null && loads > 0 && loadMs * 1.2 > left)) {
      console.log(JSON.stringify({ query: name, skipped: w === null && left > 0 ? "a reload would not fit in the stage budget" : "stage budget spent" }));
      continue;
    }
    if (w === null) await start();
    console.log(JSON.stringify(await ask(name, text)));
  }
  if (w) await w.terminate();
  console.log(JSON.stringify({ loads }));
}

async function worker() {
  const oxigraph = (await import("oxigraph")).default;
  const store = new oxigraph.Store();
  const t0 = process.hrtime.bigint();
  for (const { file, graph } of workerData.files) {
    store.load(chunks(file), {
      format: file.endsWith(".nt") ? "application/n-triples" : "text/turtle",
      to_graph_name: oxigraph.namedNode(graph),
      no_transaction: true,
    });
  }
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  parentPort.postMessage({ load_ms: loadMs, triples: store.size, rss_mb: process.memoryUsage().rss / 1048576 });
  parentPort.on("message", ({ name, text, seconds }) => {
    const run = (i) => {
      parentPort.postMessage({ run: i });
      const t = process.hrtime.bigint();
      const r = store.query(text, { use_default_graph_as_union: true });
      return { ms: Number(process.hrtime.bigint() - t) / 1e6, rows: typeof r === "boolean" ? 1 : r.length };
    };
    try {
      const first = run(0);
      const times = [];
      let rows = first.rows;
      const end = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
      while (times.length < 10000 && (times.length < 3 || process.hrtime.bigint() < end)) {
        const r = run(times.length + 1);
        times.push(r.ms);
        rows = r.rows;
      }
      times.sort((a, b) => a - b);
      const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
      parentPort.postMessage({ query: name, n: times.length, rows, p50_ms: pct(50), p99_ms: pct(99) });
    } catch (e) {
      parentPort.postMessage({ query: name, error: String(e.message ?? e).slice(0, 200) });
    }
  });
}

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
