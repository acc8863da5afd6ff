-- wrk script for scripts/bench-api: the same search with a different request every time, so
-- no response cache can answer it. The query is followed by a random run of punctuation
-- (",;,,;..."), which the tokenizer drops: the search does the same work, but every request
-- target (and so every cache key) is new.
--   wrk -s scripts/lib/uncached-search.lua URL -- /articles?q=said
local path
function init(args)
    path = args[1]
    math.randomseed(os.time() * 1000 + math.floor(os.clock() * 1000000))
end

function request()
    local n = math.random(0, 1073741823)
    local marks = {}
    for i = 1, 30 do
        marks[i] = (n % 2 == 1) and "%2C" or "%3B"
        n = math.floor(n / 2)
    end
    return wrk.format(nil, path .. "+" .. table.concat(marks))
end
