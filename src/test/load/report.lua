-- Shared by bare.lua and decisions.lua: one machine-readable line per wrk run, so run.sh can put the
-- bare endpoint and the decisions of the same connection count side by side.
-- Latencies in microseconds; "status" counts answers of 400 and above (wrk's count: no response()
-- callback, which would make wrk parse every answer in Lua and slow the generator down).
local report = {}

function report.done(label, summary, latency)
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT %s rps=%.1f p50=%d p99=%d requests=%d errors=%d status=%d\n", label,
      summary.requests / seconds, latency:percentile(50), latency:percentile(99), summary.requests,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
      summary.errors.status))
end

return report
