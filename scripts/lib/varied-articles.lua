-- wrk script for scripts/bench-api: every request asks for another article, in turn through
-- every id of the corpus (one per line in the file given), so repeated-request caches rarely
-- answer and the figure is that of browsing traffic. Each wrk thread starts at its own place.
--   wrk -s scripts/lib/varied-articles.lua URL -- IDS_FILE [QUERY]
local threads = 0
function setup(thread)
    threads = threads + 1
    thread:set("id", threads)
end

local ids = {}
local query = ""
local next_index = 1
function init(args)
    for line in io.lines(args[1]) do
        if #line > 0 then ids[#ids + 1] = line end
    end
    query = args[2] or ""
    next_index = ((id or 1) - 1) * 7919 % math.max(#ids, 1) + 1
end

function request()
    local article = ids[next_index]
    next_index = next_index % #ids + 1
    return wrk.format(nil, "/articles/" .. article .. query)
end
