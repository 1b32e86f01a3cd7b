-- Shared by the wrk scripts (loaded with dofile from the repository root, where bench/run runs them).
-- Words from the article (percent-encoded UTF-8), so that new queries find real results and snippets.
words = {
  "%E6%95%99%E8%82%B2",
  "%E5%B7%A5%E4%BD%9C",
  "%E5%AD%A6%E6%A0%A1",
  "%E9%A2%86%E5%AF%BC",
  "%E6%9B%B2%E9%9D%96",
  "%E5%85%9A%E5%A7%94",
  "%E5%85%9A%E5%BB%BA",
  "%E6%A0%A1%E9%95%BF",
  "%E8%AF%95%E7%82%B9",
  "%E5%B0%8F%E5%AD%A6",
  "%E5%85%A8%E7%9C%81",
  "%E4%BC%9A%E6%B3%BD",
  "%E6%94%B9%E9%9D%A9",
  "%E4%B8%80%E4%B8%AD",
  "%E5%BB%BA%E8%AE%BE",
  "%E8%B4%A8%E9%87%8F",
  "%E5%8F%91%E5%B1%95",
  "%E5%93%81%E7%89%8C",
  "%E7%8F%AD%E4%B8%BB%E4%BB%BB",
  "%E4%B9%A6%E8%AE%B0",
  "%E6%95%99%E5%B8%88",
  "%E4%B8%AD%E5%AD%A6",
  "%E5%88%B6%E5%BA%A6",
  "%E5%8A%B3%E5%8A%A8%E6%95%99%E8%82%B2",
  "%E7%AB%8B%E5%BE%B7%E6%A0%91%E4%BA%BA",
  "%E5%AF%BC%E5%B8%88",
  "2022",
  "1%2B9%2BN",
  "%E4%BC%9A%E6%B3%BD%20%E9%82%93%E4%BD%99%E5%8B%87",
  "%E6%9B%B2%E9%9D%96%E4%B8%80%E4%B8%AD",
}

-- A query no one asked before: a word and a tail of punctuation the search ignores, spelling out a number unique to
-- this run, thread and request (so the page cache cannot answer it, yet the results are the word's).
punct = { "~", "!", "*", "(", ")", "-", "_", ".", "'" }
function new_query(n, run)
  local k = n * 4000000 + run
  local tail = ""
  while k > 0 do tail = tail .. punct[(k % 9) + 1]; k = math.floor(k / 9) end
  return "/search?q=" .. words[(n % #words) + 1] .. "+" .. tail
end

