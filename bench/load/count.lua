-- wrk script: counts responses by status class so that declared timeouts (503) are reported apart
-- from other errors. Optional: set PATHS to a file of request paths (one a line) to pick one at
-- random per request, and ACCEPT to the Accept header.
local threads = {}
local paths = nil
local accept = os.getenv("ACCEPT")

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  ok, s503, other = 0, 0, 0
  local file = os.getenv("PATHS")
  if file and file ~= "" then
    paths = {}
    for line in io.lines(file) do
      if line ~= "" then paths[#paths + 1] = line end
    end
    -- a different sequence per thread
    math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
  end
  if accept then wrk.headers["Accept"] = accept end
end

function request()
  if paths then
    return wrk.format(nil, paths[math.random(#paths)])
  end
  return wrk.format(nil)
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    ok = ok + 1
  elseif status == 503 then
    s503 = s503 + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local a, b, c = 0, 0, 0
  for _, t in ipairs(threads) do
    a = a + t:get("ok"); b = b + t:get("s503"); c = c + t:get("other")
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_s=%.2f rate=%.1f ok2xx=%d timeout503=%d other_non2xx=%d " ..
    "connect=%d read=%d write=%d sock_timeout=%d p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    a, b, c, e.connect, e.read, e.write, e.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
