-- wrk script: every request a search no one asked before (new_query in queries.lua).
dofile("bench/wrk/queries.lua")

local counter = 0
function setup(thread) counter = counter + 1; thread:set("id", counter) end

local n, run = 0, 0
function init(args) run = (os.time() % 1000000) * 4 + id end

function request()
  n = n + 1
  return wrk.format(nil, new_query(n, run))
end
