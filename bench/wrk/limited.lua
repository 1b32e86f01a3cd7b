-- wrk script: new searches, as search.lua, counting the answers: 200s, 429s (over the rate limit) and anything else.
dofile("bench/wrk/queries.lua")

local threads = {}
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

local n, run = 0, 0
ok, limited, other = 0, 0, 0
function init(args) run = (os.time() % 1000000) * 4 + id end

function request()
  n = n + 1
  return wrk.format(nil, new_query(n, run))
end

function response(status, headers, body)
  if status == 429 then limited = limited + 1
  elseif status == 200 then ok = ok + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  local o, l, x = 0, 0, 0
  for _, t in ipairs(threads) do o = o + t:get("ok"); l = l + t:get("limited"); x = x + t:get("other") end
  io.write(string.format("statuses: %d 200 %d 429 %d other\n", o, l, x))
end
