-- wrk script: a reader's mix. 10 % new searches, 5 % addresses that do not exist (404), the rest pages the cache
-- holds (including repeated searches). Prints how many answers were 2xx, 404 and anything else.
dofile("bench/wrk/queries.lua")

local cached = {
  "/", "/sections/section-1", "/sections/section-2", "/sections/section-3", "/sections/section-4", "/sections/section-5",
  "/schools", "/schools/school-1", "/schools/school-2", "/schools/school-3", "/timeline", "/figures", "/feed.xml",
  "/search?q=%E5%85%9A%E5%BB%BA", "/search?q=%E4%BC%9A%E6%B3%BD",
}

local threads = {}
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end

local n, run = 0, 0
ok, missing, other, statuses = 0, 0, 0, ""
function init(args)
  run = (os.time() % 1000000) * 4 + id
  math.randomseed(run)
end

function request()
  n = n + 1
  local r = math.random(100)
  if r <= 10 then
    return wrk.format(nil, new_query(n, run))
  elseif r <= 15 then
    return wrk.format(nil, (n % 2 == 0 and "/sections/no-such-section-" or "/no-such-page-") .. run .. "-" .. n)
  end
  return wrk.format(nil, cached[math.random(#cached)])
end

function response(status, headers, body)
  if status == 404 then missing = missing + 1
  elseif status >= 200 and status < 300 then ok = ok + 1
  else
    other = other + 1
    if #statuses < 40 then statuses = statuses .. status .. "," end
  end
end

function done(summary, latency, requests)
  local o, m, x, s = 0, 0, 0, ""
  for _, t in ipairs(threads) do o = o + t:get("ok"); m = m + t:get("missing"); x = x + t:get("other"); s = s .. t:get("statuses") end
  io.write(string.format("statuses: %d 2xx %d 404 %d other: %s\n", o, m, x, s == "" and "-" or s))
end
