-- wrk script: GET /actuator/health/liveness, the bare Spring endpoint the decisions are compared with. Not
-- /actuator/health: that one checks the database, which on PostgreSQL is a round trip per request and halved
-- the "bare" figure there (9,170/s against 16,465/s for liveness in one run; on H2 the two were alike).
package.path = debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua;" .. package.path
local report = require("report")
wrk.method = "GET"
wrk.path = "/actuator/health/liveness"
done = function(summary, latency, requests) report.done("bare", summary, latency) end
