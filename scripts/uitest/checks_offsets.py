"""The page's highlighting code run in the browser on spans made here from a real article's
text: UTF-16 offsets past an emoji, quotes crossing mentions, and a wrong offset refused.
This holds whether or not the server extracts quotes yet."""
import re

from report import expect, expect_equal

RENDER = """
const [article, quotes, entities, done] = arguments;
Promise.all([import('./js/views/articleBody.js'), import('./js/speakers.js'), import('./js/highlight.js')])
  .then(([view, speakers, highlight]) => {
    const {body, rejected} = view.articleBody(article, quotes, entities, new speakers.SpeakerPalette());
    const textOf = (element) => {
      const copy = element.cloneNode(true);
      copy.querySelectorAll('.speaker-tag').forEach((tag) => tag.remove());
      return copy.textContent;
    };
    const marks = {};
    for (const mark of body.querySelectorAll('mark.quote')) (marks[mark.dataset.quoteId] ??= []).push(textOf(mark));
    const mentions = [...body.querySelectorAll('a.mention')].map(textOf);
    const crossing = highlight.layout(
      [{kind: 'quote', start: 0, end: 10}, {kind: 'mention', start: 5, end: 15}], 0, 20);
    done({marks, mentions, rejected: rejected.length, paragraphs: [...body.querySelectorAll('p')].map(textOf),
          crossing: crossing.children.map((n) => [n.span.kind, n.start, n.end, n.children.map((c) => [c.start, c.end])])});
  })
  .catch((error) => done({error: String(error)}));
"""

QUOTED = re.compile(r"[\"\u201c]([^\"\u201d]+)[\"\u201d]")
NAME = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")


def utf16(text, index):
    return len(text[:index].encode("utf-16-le")) // 2


def synthetic_spans(article):
    text = article["text"]
    quotes = []
    for number, match in enumerate(QUOTED.finditer(text)):
        start, end = utf16(text, match.start(1)), utf16(text, match.end(1))
        speaker = {"id": f"speaker-{number % 3}", "name": f"Speaker {number % 3}"}
        quotes.append({"id": f"t-q{number}", "articleId": article["id"], "text": match.group(1), "start": start,
                       "end": end, "speaker": speaker, "kind": "full", "cue": "said"})
    mentions = [{"articleId": article["id"], "start": utf16(text, m.start()), "end": utf16(text, m.end()), "text": m.group()}
                for m in NAME.finditer(text)]
    entities = [{"id": "names", "name": "Names", "type": "person", "mentions": mentions}]
    return quotes, entities, mentions


def offsets_in_browser(ctx):
    browser = ctx.browser
    article = next((a for a in ctx.articles if "comet" in a["id"]), None)
    expect(article is not None, "the test corpus's comet article is loaded")
    article = ctx.api.ok(f"/articles/{article['id']}")
    expect(any(ord(c) > 0xFFFF for c in article["text"]), "the comet article holds a character outside the BMP")
    quotes, entities, mentions = synthetic_spans(article)
    expect(len(quotes) >= 4, "quotes found in the comet article")
    wrong = dict(quotes[-1], id="t-wrong", start=quotes[-1]["start"] + 1, end=quotes[-1]["end"] + 1)
    browser.go("#/articles")
    result = browser.driver.execute_async_script(RENDER, article, quotes + [wrong], entities)
    expect("error" not in result, f"module import: {result.get('error')}")
    for quote in quotes:
        expect_equal("".join(result["marks"].get(quote["id"], [])), quote["text"], f"mark {quote['id']}")
    expect("t-wrong" not in result["marks"], "a quote whose offsets miss its text is not drawn")
    expect_equal(result["rejected"], 1, "spans refused")
    expect_equal("".join(result["mentions"]), "".join(m["text"] for m in mentions), "mention texts")
    expect_equal(result["paragraphs"], article["paragraphs"], "paragraph text with highlights inside")
    expect_equal(result["crossing"], [["quote", 0, 10, [[5, 10]]], ["mention", 10, 15, []]], "crossing spans are cut to nest")
    return f"{len(quotes)} quotes, {len(mentions)} mentions past an astral character"


CHECKS = [("offsets: highlighting by UTF-16 offsets in the browser (synthetic spans on a real article)", offsets_in_browser)]
