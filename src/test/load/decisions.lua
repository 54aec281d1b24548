-- wrk script: POST /api/v1/decisions with a rotating mix of complaints, as client:client.
package.path = debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua;" .. package.path
local report = require("report")
local bodies = {
  '{"respondent":"SERVICE_PROVIDER","receivedBy":"SERVICE_PROVIDER","receivedOn":"2025-03-19"}',
  '{"respondent":"SERVICE_PROVIDER","receivedBy":"QUALITY_CONTROL_BODY","receivedOn":"2025-01-03","asOf":"2025-02-10"}',
  '{"respondent":"STATE_CORPORATION_EMPLOYEE","receivedBy":"SERVICE_PROVIDER","receivedOn":"2025-12-30"}',
  '{"respondent":"OFFICIAL","receivedBy":"OFFICIAL","receivedOn":"2026-05-06","favorableAct":{"adoptedOn":"2026-05-08","fullySatisfies":true}}',
  '{"complaintId":"LOAD-1","respondent":"SERVICE_PROVIDER","subject":"INACTION","receivedBy":"SERVICE_PROVIDER","receivedOn":"2025-03-19","preTrialAppealCompleted":true}'
}
local i = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic Y2xpZW50OmNsaWVudA=="
request = function()
  i = i + 1
  return wrk.format(nil, "/api/v1/decisions", nil, bodies[(i % #bodies) + 1])
end
done = function(summary, latency, requests) report.done("decisions", summary, latency) end
