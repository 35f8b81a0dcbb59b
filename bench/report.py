#!/usr/bin/env python3
"""Turns bench/work (results.tsv, jmh.json, oxigraph.jsonl, wrk-*.txt) into bench/RESULTS.md."""
import json
import os
import re
import sys
from collections import defaultdict

work = sys.argv[1]
R = defaultdict(dict)  # size -> key -> value (str)
for line in open(os.path.join(work, "results.tsv"), encoding="utf-8"):
    size, key, value = line.rstrip("\n").split("\t", 2)
    R[size][key] = value
machine = dict(l.rstrip("\n").split("\t", 1) for l in open(os.path.join(work, "machine.tsv")))
sizes = sorted((s for s in R if s.isdigit()), key=int)


def num(size, key):
    try:
        return float(R[size][key])
    except (KeyError, ValueError):
        return None


def f(x, digits=2, unit=""):
    if x is None:
        return "–"
    if abs(x) >= 1000:
        return f"{x:,.0f}{unit}"
    return f"{x:.{digits}f}{unit}"


def ratio(a, b):
    return a / b if a is not None and b not in (None, 0) else None


def wrk(size, name):
    path = os.path.join(work, size, f"wrk-{name}.txt")
    if not os.path.exists(path):
        return None
    text = open(path, encoding="utf-8").read()
    out = {}
    m = re.search(r"Requests/sec:\s+([\d.]+)", text)
    out["rps"] = float(m.group(1)) if m else None
    for p in ("50", "99"):
        m = re.search(rf"^\s+{p}%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)
        out[p] = float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)] if m else None
    m = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    out["errors"] = int(m.group(1)) if m else 0
    m = re.search(r"Socket errors:.*timeout (\d+)", text)
    out["timeouts"] = int(m.group(1)) if m else 0
    m = re.search(r"(\d+) requests in", text)
    out["requests"] = int(m.group(1)) if m else 0
    return out


def jmh(size):
    path = os.path.join(work, size, "jmh.json")
    res = {}
    if os.path.exists(path) and os.path.getsize(path) > 0:
        for b in json.load(open(path)):
            pct = b["primaryMetric"]["scorePercentiles"]
            res[b["params"]["query"]] = (pct["50.0"], pct["99.0"], b["primaryMetric"].get("scoreUnit"))
    return res


def oxigraph(size):
    path = os.path.join(work, size, "oxigraph.jsonl")
    res, meta = {}, {}
    if os.path.exists(path):
        for line in open(path):
            if not line.startswith("{"):
                continue
            o = json.loads(line)
            if "query" in o:
                res[o["query"]] = o
            else:
                meta = o
    return res, meta


out = []
w = out.append
w("# Benchmark results\n")
w(f"Written by `bench/run{' --quick' if machine.get('mode') == 'quick' else ''}` on {machine.get('date')}; "
  f"total {R['all'].get('total_s', '?')} s. Every figure below was measured in this one run, side by side; "
  "nothing is copied from elsewhere. The machine is shared with other builds (load average at the start: "
  f"{machine.get('load')}; at the end: {R['all'].get('load_end', '?')}), so expect noise of ±20% or more on small figures.\n")
w("## Machine\n")
w("| what | value |\n|---|---|")
for k in ("nproc", "memory", "cpu", "java", "jena", "commonmark", "oxigraph", "node", "wrk", "mode"):
    w(f"| {k} | {machine.get(k, '?')} |")
w("")

# --- targets ------------------------------------------------------------------------------------
big = sizes[-1] if sizes else None


def status(ok):
    return "–" if ok is None else ("met" if ok else "**missed**")


targets = []
# import
best = None
for s in sizes:
    r = num(s, "ib_ratio") if "ib_import_missing" not in R[s] else None
    if r is not None:
        best = (s, r, num(s, "ib_ratio_cpu"))
if best:
    targets.append(("import ≥ 0.5 × commonmark bare parse", f"{best[1]:.3f}× wall, {f(best[2], 3)}× CPU time at {int(best[0]):,} papers", status(best[1] >= 0.5)))
else:
    targets.append(("import ≥ 0.5 × commonmark bare parse", "importer not landed", "–"))
# load
lr = None
for s in sizes:
    ours = num(s, "load_s")
    tl = [num(s, f"tdbloader_{l}_s") for l in ("phased", "parallel", "basic")]
    tl = [x for x in tl if x]
    if ours and tl:
        bl = R[s].get("best_loader")
        cpu = ratio(num(s, f"tdbloader_{bl}_cpu_s"), num(s, "load_cpu_s"))
        lr = (s, min(tl) / ours, cpu)
targets.append(("load ≥ 0.9 × best tdb2.tdbloader", f"{lr[1]:.2f}× wall, {f(lr[2])}× CPU time at {int(lr[0]):,} papers" if lr else "kg load not measured", status(lr[1] >= 0.9) if lr else "–"))
er = None
for s in sizes:
    if num(s, "export_s") and num(s, "tdbdump_s"):
        er = (s, num(s, "export_s") / num(s, "tdbdump_s"), ratio(num(s, "export_cpu_s"), num(s, "tdbdump_cpu_s")))
targets.append(("export ≤ 2 × tdb2.tdbdump", f"{er[1]:.2f}× wall, {f(er[2])}× CPU time at {int(er[0]):,} papers" if er else "kg export not measured", status(er[1] <= 2) if er else "–"))
# queries vs oxigraph at 10^5 (or the largest size measured)
qs = "100000" if "100000" in sizes else big
if qs:
    j, (o, _) = jmh(qs), oxigraph(qs)
    common = [q for q in j if q in o and "p50_ms" in o[q]]
    slower = [q for q in common if j[q][0] > o[q]["p50_ms"]]
    text = (f"{len(common) - len(slower)}/{len(common)} queries at most as slow (p50) at {int(qs):,} papers"
            + (f"; slower: {', '.join(slower)}" if slower else "")) if common else "not measured"
    targets.append((f"every canned query at most as slow as Oxigraph (10^5)", text, status(not slower) if common else "–"))
# http
hs = "1000000" if "1000000" in sizes else big
if hs:
    page, ping = wrk(hs, "paper-page"), wrk(hs, "ping")
    if page and ping and page["rps"] and ping["rps"]:
        rr = page["rps"] / ping["rps"]
        targets.append(("paper page over HTTP ≥ 0.25 × ping, p99 ≤ 50 ms (10^6, 16 conns)",
                        f"{rr:.2f}× ping ({page['rps']:.0f} vs {ping['rps']:.0f} req/s), p99 {f(page['99'])} ms at {int(hs):,} papers",
                        status(rr >= 0.25 and page["99"] is not None and page["99"] <= 50)))
    else:
        targets.append(("paper page over HTTP ≥ 0.25 × ping, p99 ≤ 50 ms (10^6, 16 conns)", "not measured in this run", "–"))
    rss = [num(s, "server_rss_mb") for s in sizes if num(s, "server_rss_mb")]
    targets.append(("serving works with -Xmx1g", f"served every size with -Xmx1g (peak RSS {max(rss):.0f} MB)" if rss else "not measured", status(True) if rss else "–"))


def growth(key):
    a, b = num("10000", key), num("1000000", key)
    if a and b:
        g = (b / a) / 100
        return f"{g:.2f} (time per paper at 10^6 / at 10^4)", status(0.8 <= g <= 1.2)
    return "needs 10^4 and 10^6 (full run)", "–"


targets.append(("load time linear ±20% 10^4→10^6",) + growth("load_s"))
targets.append(("export time linear ±20% 10^4→10^6",) + growth("export_s"))
pl = []
for name in ("describe-paper",):
    a, b = jmh("10000").get(name), jmh(big).get(name) if big else None
    if a and b and big != "10000":
        pl.append(f"{name} p50 ×{b[0] / a[0]:.2f} ({int(big):,} vs 10,000)")
a, b = wrk("10000", "paper-page"), wrk(big, "paper-page") if big else None
if a and b and big != "10000" and a["50"] and b["50"]:
    pl.append(f"paper page HTTP p50 ×{b['50'] / a['50']:.2f}")
targets.append(("point look-ups flat (≤ 1.5×) 10^4→10^6", "; ".join(pl) if pl else "needs a larger size than 10^4", "–" if not pl else status(all(float(re.search(r'×([\d.]+)', x).group(1)) <= 1.5 for x in pl))))

w("## Targets\n")
w("| target | measured | |\n|---|---|---|")
for t in targets:
    w(f"| {t[0]} | {t[1]} | {t[2]} |")
w("")

# --- pipeline -----------------------------------------------------------------------------------
w("## Pipeline by size\n")
w("Wall-clock seconds of whole commands (JVM start included, which dominates at 10^3), peak RSS in MB.\n")
cols = ["papers", "MD MB", "triples", "generate s", "import s", "RIOT count s", "kg load s", "best tdbloader", "tdbloader s", "kg export s", "tdbdump s"]
w("| " + " | ".join(cols) + " |\n|" + "---|" * len(cols))
for s in sizes:
    bl = R[s].get("best_loader", "–")
    w("| " + " | ".join([f"{int(s):,}", f(num(s, "md_mb"), 1), f(num(s, "triples"), 0), f(num(s, "generate_s")),
                         f(num(s, "import_s")), f(num(s, "riot_s")), f(num(s, "load_s")), bl,
                         f(num(s, f"tdbloader_{bl}_s")), f(num(s, "export_s")), f(num(s, "tdbdump_s"))]) + " |")
w("")
w("### Import beside commonmark-java (in one JVM, alternating, median)\n")
w("Import = `ListImporter` to the graph plus `TurtleOut` (what `kg import` writes), no file output. CPU = the timing thread's CPU time.\n")
w("| papers | MD MB | commonmark MB/s | import MB/s | import / commonmark | same, CPU time |\n|---|---|---|---|---|---|")
for s in sizes:
    imp = "not landed" if "ib_import_missing" in R[s] else f(num(s, "ib_import_mbps"))
    rt = "–" if "ib_import_missing" in R[s] else f(num(s, "ib_ratio"))
    rc = "–" if "ib_import_missing" in R[s] else f(num(s, "ib_ratio_cpu"), 3)
    w(f"| {int(s):,} | {f(num(s, 'ib_file_mb'), 1)} | {f(num(s, 'ib_commonmark_mbps'))} | {imp} | {f(num(s, 'ib_ratio'), 3) if rt != '–' else rt} | {rc} |")
w("")
w("### Load: triples per second (same Turtle file)\n")
w("Rates from wall-clock time; the last column compares CPU seconds (user + system) of kg load and of the best tdbloader.\n")
w("| papers | triples | RIOT parse-only | kg load | tdbloader phased | parallel | basic | kg load / best tdbloader | same, CPU time |\n|---|---|---|---|---|---|---|---|---|")
for s in sizes:
    t = num(s, "triples")

    def rate(key):
        x = num(s, key)
        return t / x if t and x else None
    tl = [rate(f"tdbloader_{l}_s") for l in ("phased", "parallel", "basic")]
    bestr = max([x for x in tl if x], default=None)
    w(f"| {int(s):,} | {f(t, 0)} | {f(rate('riot_s'), 0)} | {f(rate('load_s'), 0)} | "
      + " | ".join(f(x, 0) for x in tl) + f" | {f(ratio(rate('load_s'), bestr))} | "
      + f"{f(ratio(num(s, 'tdbloader_' + R[s].get('best_loader', '') + '_cpu_s'), num(s, 'load_cpu_s')))} |")
w("")
w("### Export beside tdb2.tdbdump (same database)\n")
w("| papers | kg export s | tdbdump s | export / tdbdump | kg export CPU s | tdbdump CPU s | CPU ratio |\n|---|---|---|---|---|---|---|")
for s in sizes:
    w(f"| {int(s):,} | {f(num(s, 'export_s'))} | {f(num(s, 'tdbdump_s'))} | {f(ratio(num(s, 'export_s'), num(s, 'tdbdump_s')))} | "
      f"{f(num(s, 'export_cpu_s'))} | {f(num(s, 'tdbdump_cpu_s'))} | {f(ratio(num(s, 'export_cpu_s'), num(s, 'tdbdump_cpu_s')))} |")
w("")
w("### Peak RSS (MB)\n")
steps = ["generate", "import", "importbench", "riot", "load", "tdbloader_phased", "tdbloader_parallel", "tdbloader_basic", "export", "tdbdump", "jmh", "oxigraph"]
w("| papers | " + " | ".join(steps) + " | server (-Xmx1g) |\n|" + "---|" * (len(steps) + 2))
for s in sizes:
    w(f"| {int(s):,} | " + " | ".join(f(num(s, f'{k}_rss_mb'), 0) for k in steps) + f" | {f(num(s, 'server_rss_mb'), 0)} |")
w("")

# --- queries ------------------------------------------------------------------------------------
w("## Queries\n")
w("In process: JMH sample time through `QueryRunner` on the TDB2 database, every row consumed. Oxigraph: the "
  "same bound query text on an in-memory Oxigraph store of the same Turtle (node, WebAssembly). HTTP: wrk, "
  "16 connections, GET `/sparql?query=…` (JSON results) against the project's server with `-Xmx1g`, beside "
  "Fuseki's `/$/ping` on the same server as the ceiling. Latencies in ms.\n")
for s in sizes:
    j, (o, meta) = jmh(s), oxigraph(s)
    names = sorted(set(j) | set(o))
    if not names:
        continue
    w(f"### {int(s):,} papers\n")
    if meta:
        w(f"Oxigraph loaded {meta.get('triples', 0):,} triples in {meta.get('load_ms', 0) / 1000:.1f} s.\n")
    w("| query | JMH p50 | JMH p99 | Oxigraph p50 | Oxigraph p99 | JMH/Oxigraph p50 | HTTP req/s | HTTP p50 | HTTP p99 |\n|---|---|---|---|---|---|---|---|---|")
    rows = [("ping", None)] + [("paper-page", None)] + [(q, q) for q in names]
    for label, q in rows:
        jj = j.get(q) if q else None
        oo = o.get(q, {}) if q else {}
        ww = wrk(s, "q-" + q if q else label)
        if not (jj or oo or ww):
            continue
        op50 = oo.get("p50_ms")
        err = f" (Oxigraph error: {oo['error'][:60]})" if "error" in oo else ""
        if ww and ww["errors"]:
            err += f" ({ww['errors']} of {ww['requests']} HTTP answers not 2xx)"
        if ww and ww["requests"] == 0:
            err += f" (no HTTP answer within the wrk run)"
        w(f"| {label}{err} | {f(jj[0] if jj else None, 3)} | {f(jj[1] if jj else None, 3)} | {f(op50, 3)} | "
          f"{f(oo.get('p99_ms'), 3)} | {f(ratio(jj[0] if jj else None, op50))} | "
          f"{f(ww['rps'] if ww else None, 0)} | {f(ww['50'] if ww else None, 2)} | {f(ww['99'] if ww else None, 2)} |")
    w("")

findings = os.path.join(os.path.dirname(os.path.abspath(__file__)), "findings.md")
if os.path.exists(findings):
    w(open(findings, encoding="utf-8").read().rstrip() + "\n")

w("## Exact commands\n")
w("```")
w(open(os.path.join(work, "commands.txt"), encoding="utf-8").read().rstrip())
w("```")
print("\n".join(out))
