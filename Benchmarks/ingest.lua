-- Submits one complete response per line of the file `veerkracht-bench prepare` wrote, from
-- every wrk thread and connection, each line once; a thread stops when all its lines are
-- answered (the few version requests its other connections send meanwhile are in wrk's
-- figures too). Counts the 303s (stored) and anything else. An independent client beside the project's own `veerkracht-bench ingest`:
--   wrk -t2 -c8 -d60s --latency -s Benchmarks/ingest.lua http://127.0.0.1:8080 -- requests.tsv
local threads = {}
local counter = 1

function setup(thread)
  thread:set("id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  requests = {}
  for line in io.lines(args[1]) do
    local path, body = line:match("^([^\t]+)\t(.*)$")
    if path then table.insert(requests, { path, body }) end
  end
  nthreads = counter - 1
  next_index = id
  stored, other, answered = 0, 0, 0
  -- Lines id, id + nthreads, id + 2 nthreads, ... are this thread's.
  mine = math.floor((#requests - id) / nthreads) + 1
end

function request()
  local entry = requests[next_index]
  if entry == nil then
    -- Everything of this thread was sent: ask for the version, and do not count it.
    return wrk.format("GET", "/version")
  end
  next_index = next_index + nthreads
  return wrk.format("POST", entry[1], { ["Content-Type"] = "application/x-www-form-urlencoded" }, entry[2])
end

function response(status, headers, body)
  if status == 303 then stored = stored + 1 elseif status ~= 200 then other = other + 1 end
  if status ~= 200 then answered = answered + 1 end
  if answered >= mine then wrk.thread:stop() end
end

function done(summary, latency, requests)
  local total_stored, total_other = 0, 0
  for _, thread in ipairs(threads) do
    total_stored = total_stored + thread:get("stored")
    total_other = total_other + thread:get("other")
  end
  io.write(string.format("wrk: %d submits answered 303, %d other answers\n", total_stored, total_other))
end
