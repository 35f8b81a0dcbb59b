// One in-memory Oxigraph store, loaded once, for timing query texts side by side with Jena (bench/query/README.md):
//   tail -f CMDS | node bench/query/oxi-serve.mjs FILE=GRAPH...
// then append lines to CMDS: "once QUERYFILE" (one cold run), "time QUERYFILE SECONDS" (JSON line: p50/p99 ms and process CPU ms per run, as
// bench/oxigraph/run.mjs measures: union default graph, one warm-up run) or "dump QUERYFILE OUT" (sorted rows).
import fs from "node:fs";
import readline from "node:readline";
const oxigraph = (await import(new URL("../oxigraph/node_modules/oxigraph/node.js", import.meta.url))).default;
const store = new oxigraph.Store();
const t0 = Date.now();
for (const p of process.argv.slice(2)) {
  const i = p.lastIndexOf("=");
  const file = p.slice(0, i), graph = p.slice(i + 1);
  const fd = fs.openSync(file, "r"); const buf = Buffer.alloc(8 << 20);
  function* chunks() { for (;;) { const n = fs.readSync(fd, buf, 0, buf.length, null); if (n === 0) return; yield new Uint8Array(buf.subarray(0, n)); } }
  store.load(chunks(), { format: "text/turtle", to_graph_name: oxigraph.namedNode(graph), no_transaction: true });
  fs.closeSync(fd);
}
console.log(JSON.stringify({ loaded_ms: Date.now() - t0, size: store.size }));
const rl = readline.createInterface({ input: process.stdin });
for await (const line of rl) {
  const [cmd, file, arg] = line.trim().split(/\s+/);
  try {
    const text = fs.readFileSync(file, "utf8");
    if (cmd === "once") {
      // one run, no warm-up: for queries too slow to repeat (bench/run caps them)
      const c0 = process.cpuUsage(); const t = process.hrtime.bigint();
      const r = store.query(text, { use_default_graph_as_union: true });
      const ms = Number(process.hrtime.bigint() - t) / 1e6; const cu = process.cpuUsage(c0);
      console.log(JSON.stringify({ engine: "oxigraph", query: file, n: 1, rows: typeof r === "boolean" ? 1 : r.length, p50_ms: ms, cpu_ms_per_run: (cu.user + cu.system) / 1000 }));
    } else if (cmd === "time") {
      const seconds = Number(arg);
      const run = () => { const t = process.hrtime.bigint(); const r = store.query(text, { use_default_graph_as_union: true }); return [Number(process.hrtime.bigint() - t) / 1e6, typeof r === "boolean" ? 1 : r.length]; };
      const c0 = process.cpuUsage();
      let [ms, rows] = run(); const times = []; const slow = ms >= seconds * 1000;
      const end = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
      if (ms >= seconds * 1000) times.push(ms);
      while (times.length < 10000 && (times.length < 3 || process.hrtime.bigint() < end)) { if (ms >= seconds * 1000 && times.length >= 1) break; [ms, rows] = run(); times.push(ms); }
      const cu = process.cpuUsage(c0);
      // CPU per run made: a query slower than SECONDS ran once, and that run is its sample
      const runs = slow ? times.length : times.length + 1;
      times.sort((a, b) => a - b);
      const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
      console.log(JSON.stringify({ engine: "oxigraph", query: file, n: times.length, rows, p50_ms: pct(50), p99_ms: pct(99), cpu_ms_per_run: (cu.user + cu.system) / 1000 / runs }));
    } else if (cmd === "dump") {
      const r = store.query(text, { use_default_graph_as_union: true });
      let lines;
      if (Array.isArray(r) && r.length && r[0] instanceof Map) lines = r.map((m) => [...m.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => k + "=" + v.toString()).join("\t"));
      else if (Array.isArray(r)) lines = r.map((q) => q.toString());
      else lines = [String(r)];
      lines.sort(); fs.writeFileSync(arg, lines.join("\n") + "\n");
      console.log(JSON.stringify({ engine: "oxigraph", dumped: file, rows: lines.length }));
    }
  } catch (e) { console.log(JSON.stringify({ engine: "oxigraph", query: file, error: String(e.message ?? e).slice(0, 300) })); }
}
