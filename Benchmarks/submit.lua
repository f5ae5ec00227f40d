-- wrk script: submits prepared responses, each link exactly once across all of wrk's threads.
--
--   veerkracht-bench prepare --responses 60000 --requests /tmp/requests.tsv
--   wrk -t2 -c8 -d8s --latency -s Benchmarks/submit.lua http://127.0.0.1:8089 -- /tmp/requests.tsv 2
--
-- The second argument after `--` is wrk's thread count (-t): thread k of n submits lines
-- k+1, k+1+n, k+1+2n, ... of the file ("path<TAB>form body" per line). Each thread has its
-- own Lua state, so without this split every thread would submit every link, and half the
-- submits would be refused as already submitted. Prepare more lines than the run can send:
-- a thread that runs out says so at the end instead of sending anything twice.

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  local file, count = args[1], tonumber(args[2])
  if file == nil or count == nil then
    error("usage: -s submit.lua URL -- REQUESTS-FILE THREADS")
  end
  paths, bodies, sent, exhausted = {}, {}, 0, 0
  local line_number = 0
  for line in io.lines(file) do
    if line_number % count == id then
      local path, body = line:match("^([^\t]+)\t(.*)$")
      table.insert(paths, path)
      table.insert(bodies, body)
    end
    line_number = line_number + 1
  end
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end

function request()
  if sent >= #paths then
    -- Out of links: a request that reads and writes nothing, counted apart at the end.
    exhausted = exhausted + 1
    return wrk.format("GET", "/version")
  end
  sent = sent + 1
  return wrk.format("POST", paths[sent], nil, bodies[sent])
end

-- wrk asks the first thread for one request before the run, to check the script: that link is
-- taken but never sent. So what is stored is links_taken - 1, less any submits still in flight
-- when the run stopped.
function done(summary, latency, requests)
  local taken, exhausted_total = 0, 0
  for _, thread in ipairs(threads) do
    taken = taken + thread:get("sent")
    exhausted_total = exhausted_total + thread:get("exhausted")
  end
  io.write(string.format('{"links_taken":%d,"out_of_links":%d,"http_errors":%d,"p50_ms":%.2f,"p99_ms":%.2f,"requests_per_second":%.0f}\n',
    taken, exhausted_total, summary.errors.status, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1000000)))
end
