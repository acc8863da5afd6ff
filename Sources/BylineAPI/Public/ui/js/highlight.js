// Places quote and mention spans over an article's text by their UTF-16 offsets (API.md:
// JavaScript strings index UTF-16 code units, so text.slice(start, end) is the span's text).
// Pure functions: no DOM, so the rules can be read and checked on their own.

/** Paragraph ranges of a body whose paragraphs are joined by "\n\n". */
export function paragraphRanges(text) {
  const ranges = [];
  let start = 0;
  while (start <= text.length) {
    const gap = text.indexOf("\n\n", start);
    const end = gap === -1 ? text.length : gap;
    if (end > start) ranges.push({ start, end });
    if (gap === -1) break;
    start = gap + 2;
  }
  return ranges;
}

/** Whether a span's offsets are whole numbers inside the text and its text is what they cover. */
export function spanMatches(text, span) {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.start < span.end &&
    span.end <= text.length &&
    (span.text === undefined || text.slice(span.start, span.end) === span.text)
  );
}

// Outer spans first at equal ranges: a quote holds the mentions inside it.
const rank = { quote: 0, mention: 1 };

/**
 * A tree of nodes {span, start, end, children} covering [from, to): spans clipped to the range,
 * nested by containment. Where two spans cross, the later one is cut at the end of the
 * earlier, so every element the page draws nests properly; a cut span keeps its identity
 * and the page marks each piece. `span.kind` is "quote" or "mention".
 */
export function layout(spans, from, to) {
  const pending = spans
    .map((span) => ({ span, start: Math.max(span.start, from), end: Math.min(span.end, to) }))
    .filter((piece) => piece.start < piece.end)
    .sort(order);
  const root = { span: null, start: from, end: to, children: [] };
  const stack = [root];
  while (pending.length > 0) {
    const piece = pending.shift();
    while (stack.length > 1 && stack[stack.length - 1].end <= piece.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (piece.end > parent.end) {
      const rest = { span: piece.span, start: parent.end, end: piece.end };
      const at = pending.findIndex((other) => order(rest, other) < 0);
      pending.splice(at === -1 ? pending.length : at, 0, rest);
      piece.end = parent.end;
    }
    const node = { span: piece.span, start: piece.start, end: piece.end, children: [] };
    parent.children.push(node);
    stack.push(node);
  }
  return root;
}

function order(a, b) {
  return a.start - b.start || b.end - a.end || (rank[a.span.kind] ?? 9) - (rank[b.span.kind] ?? 9);
}

/**
 * Draws a layout tree into `parent` (anything with `append`, such as a DOM element): plain runs
 * as strings, each span as `draw(node, enclosing)` returns it, `{element, after}`, where
 * `enclosing` is the node it sits in; the span's content goes inside `element`, and `after`
 * (a speaker's name beside a quote) follows it.
 */
export function render(body, node, parent, draw) {
  let cursor = node.start;
  for (const child of node.children) {
    if (child.start > cursor) parent.append(body.slice(cursor, child.start));
    const { element, after } = draw(child, node);
    parent.append(element);
    render(body, child, element, draw);
    if (after) parent.append(after);
    cursor = child.end;
  }
  if (node.end > cursor) parent.append(body.slice(cursor, node.end));
}
