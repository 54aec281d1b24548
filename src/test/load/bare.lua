-- wrk script: GET /actuator/health, the bare Spring endpoint the decisions are compared with.
package.path = debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua;" .. package.path
local report = require("report")
wrk.method = "GET"
wrk.path = "/actuator/health"
done = function(summary, latency, requests) report.done("bare", summary, latency) end
