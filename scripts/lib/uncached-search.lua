-- wrk script for scripts/bench-api: the same search with a different request every time, so
-- no response cache can answer it. The query is followed by punctuation the tokenizer drops:
-- "!" repeated once per wrk thread (so threads never share a target), then a request counter
-- written in binary as "," and ";". The search does the same work; every target (and so every
-- cache key) is new.
--   wrk -s scripts/lib/uncached-search.lua URL -- /articles?q=said
local threads = 0
function setup(thread)
    threads = threads + 1
    thread:set("id", threads)
end

local path, prefix
local counter = 0
function init(args)
    path = args[1]
    prefix = "+" .. string.rep("%21", id or 1)
end

function request()
    counter = counter + 1
    local n = counter
    local marks = {}
    for i = 1, 30 do
        marks[i] = (n % 2 == 1) and "%2C" or "%3B"
        n = math.floor(n / 2)
    end
    return wrk.format(nil, path .. prefix .. table.concat(marks))
end
