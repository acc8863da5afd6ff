#!/usr/bin/env python3
"""Converts PolNeAR brat annotations into gold JSON files for score.py.

    scripts/polnear-gold.py TEXT_DIR ANN_DIR OUT_DIR [--split NAME]

Follows the rules of ../shared/data/polnear/gold-dev/README.md, so that a split
nobody tuned on (train) can be scored like dev. One annotator per article: the
alphabetically first .ann. OUT_DIR gets <doc>.json and a copy of <doc>.txt; it
must stay outside the repository (PolNeAR texts are not ours to redistribute).
Standard library only.
"""
import json
import os
import re
import shutil
import sys

OPENERS = "\u201c\""
CLOSERS = "\u201d\""
PRONOUNS = {"he", "she", "they", "i", "we", "you", "it", "him", "her", "them", "his",
            "one", "us", "me", "who", "which", "that", "this", "those", "these", "both"}
# Cue words that make an attribution speech (or writing). Cues outside this list
# ("polls show", "X wants", "found") give unscored gold, as the README says.
SPEECH = set("""
say says said saying tell tells told telling add adds added adding note notes noted noting
according cite cites cited citing report reports reported reporting announce announces announced
announcing suggest suggests suggested suggesting acknowledge acknowledges acknowledged acknowledging
claim claims claimed claiming argue argues argued arguing warn warns warned warning pledge pledges
pledged pledging write writes wrote written writing describe describes described describing
criticize criticizes criticized criticizing ask asks asked asking mention mentions mentioned
mentioning urge urges urged urging blast blasts blasted blasting promise promises promised promising
emphasize emphasizes emphasized emphasizing insist insists insisted insisting condemn condemns
condemned condemning respond responds responded responding tweet tweets tweeted tweeting vow vows
vowed vowing propose proposes proposed proposing explain explains explained explaining echo echoes
echoed echoing stress stresses stressed stressing state states stated stating declare declares
declared declaring predict predicts predicted predicting recall recalls recalled recalling
reply replies replied replying admit admits admitted admitting deny denies denied denying
assert asserts asserted asserting contend contends contended contending maintain maintains
maintained maintaining observe observes observed reveal reveals revealed
testify testified testifies recount recounted recounts complain complains complained complaining
joke jokes joked joking quip quips quipped shout shouted shouts yell yelled tout touts touted
boast boasts boasted accuse accuses accused accusing charge charges charged respond
confirm confirms confirmed confirming reiterate reiterated reiterates allege alleges alleged
alleging answer answers answered remark remarks remarked praise praises praised praising
lament lamented laments concede concedes conceded conceding mock mocked mocks
speech interview statement told argued announcement quoted quote quotes posted post posts
tells responded reply writes pointed points point slam slams slammed slamming
attack attacks attacked dispute disputes disputed comment comments commented acknowledgment
rail rails railed brag brags bragged lamenting warnings emphasis
""".split())
ORG_HEADS = set("""Association Bureau Department University Committee Center Centre Institute Office
Council Party Alliance Coalition Federation Union School College Board Commission Agency League
Foundation Society Court House Bank Fund Chamber Academy Network Organization Conference Corps
Service Administration Ministry Federation Secretary Governor Mayor Attorney Daughters Sons
Friends Citizens Americans Veterans Mothers Women Defense Department""".split())
CALL_FOR = re.compile(r"\bcall(s|ed|ing)?\s+(for|on)\b", re.I)
TITLES = {"sen", "sen.", "senator", "rep", "rep.", "gov", "gov.", "governor", "president", "mr",
          "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "secretary", "gen", "gen.", "vice",
          "former", "the", "a", "an", "republican", "democratic", "democrat", "gop", "nominee",
          "candidate", "presidential", "sens.", "reps.", "speaker", "house", "senate", "state",
          "u.s.", "mayor", "attorney", "general", "chairman", "chairwoman", "campaign", "manager",
          "spokesman", "spokeswoman", "press", "director", "adviser", "advisor", "rev.", "judge",
          "justice", "sheriff", "lt.", "col.", "gen.", "adm.", "atty.", "representative", "leader",
          "majority", "minority", "delegate", "chief", "executive", "officer", "ceo", "whip",
          "secretary-general", "commissioner", "ambassador", "rev", "sen.-elect"}
GROUPS = re.compile(r"^(the |a |an |some |many |other |most |several |two |three )?"
                    r"(campaign|officials?|sources?|aides?|advisers?|analysts?|experts?|critics?|"
                    r"supporters?|voters?|people|polls?|surveys?|reports?|democrats|republicans|"
                    r"observers|strategists|others|many|some|protesters|demonstrators|residents)$", re.I)


def parse_ann(path):
    """Text-bound spans and Attribution events of one brat file."""
    spans, events = {}, []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2:
                continue
            if parts[0].startswith("T"):
                head = parts[1].split(" ", 1)
                if len(head) < 2:
                    continue
                ranges = []
                for frag in head[1].split(";"):
                    a, _, b = frag.strip().partition(" ")
                    if a.isdigit() and b.isdigit():
                        ranges.append((int(a), int(b)))
                spans[parts[0]] = (head[0], ranges)
            elif parts[0].startswith("E"):
                roles = {}
                for arg in parts[1].split():
                    role, _, ref = arg.partition(":")
                    roles.setdefault(re.sub(r"\d+$", "", role), []).append(ref)
                events.append(roles)
    out = []
    for roles in events:
        get = lambda r: sorted(x for ref in roles.get(r, []) for x in spans.get(ref, ("", []))[1])
        out.append({"content": get("Content"), "source": get("Source"), "cue": get("Cue"),
                    "noSource": "Attribution-no-source" in roles})
    return out


def join(text, ranges):
    return " ".join(text[a:b] for a, b in ranges)


def quote_stretches(text):
    """Quote-marked stretches (start, end) of the marks' insides; a stretch left open at a
    paragraph end continues when the next paragraph opens with a mark, else ends there."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        two = text.startswith("''", i) or text.startswith("``", i)
        if c in OPENERS or two:
            if c == '"' and i > 0 and text[i - 1].isalnum() and not two:
                i += 1  # a closing-looking straight mark with nothing open: skip it
                continue
            start = i + (2 if two else 1)
            j = start
            while j < n:
                if text.startswith("''", j) and two:
                    break
                if not two and text[j] in CLOSERS and (text[j] == "\u201d" or j > start):
                    break
                if text[j] == "\n":
                    k = j
                    while k < n and text[k] in "\n \t":
                        k += 1
                    if k < n and (text[k] in OPENERS or text.startswith("''", k)):
                        j = k + (2 if text.startswith("''", k) else 1)
                        continue
                    break
                j += 1
            end = j
            if end > start:
                out.append((start, end))
            i = end + (2 if two and text.startswith("''", end) else 1)
        else:
            i += 1
    return out


def single_stretches(text):
    """Single-quoted stretches (\u2018...\u2019, or ' ... ' in straight-quote texts) within one
    paragraph. A mark between letters is an apostrophe."""
    out = []
    for m in re.finditer(r"(?<![\w\u2019'])[\u2018'](?=\w)([^\n\u2018\u201c\u201d\"]*?\S)[\u2019'](?!\w)", text):
        a, b = m.span(1)
        if text[a - 1] == "'" and text[b] != "'" or text.startswith("''", a - 1):
            continue
        out.append((a, b))
    return out


def clean_quote(text, a, b):
    inner = text[a:b]
    inner = re.sub(r"\n\s*(\u201c|\"|'')", "\n", inner)  # marks that reopen a paragraph
    return inner.strip()


def speaker_of(source):
    """(speaker, scored?) from the annotated source text: the name in it (`Sen. Tim Kaine`
    gives `Tim Kaine`, `Donald Trump, the Republican nominee` gives `Donald Trump`); a source
    that names nobody (pronoun, `officials`, `the campaign`, two people) keeps its text and
    is not scored."""
    raw = source.strip()
    s = re.split(r",|\(| \u2014 | -- | who | whose ", raw)[0].strip()
    words = s.split()
    while words and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    low = " ".join(words).lower()
    if not words or low in PRONOUNS or not words[-1][:1].isupper() or GROUPS.match(low):
        return raw, False
    head = re.split(r" (?:of|for|to|at|with|from|in|on|close to|known as|near) ", " ".join(words))[0]
    if head.split()[-1][:1].islower() or GROUPS.match(head.lower()):  # `a spokeswoman for Hillary Clinton`, `the base chief known as Bob`
        return raw, False
    named = [w for w in head.split() if w.lower() not in TITLES]
    if head != " ".join(words) and named and head.split()[-1] not in ORG_HEADS:
        words = head.split()  # `Bill Richardson of New Mexico`, but `Federal Bureau of Prisons`
    joined = " ".join(words)
    if re.search(r"[A-Z]\S* (and|&) [A-Z]", joined) and not re.search(r"\bof\b", joined):
        halves = re.split(r" (?:and|&) ", joined)
        if all(h.split()[-1][:1].isupper() and len(h.split()) <= 3 for h in halves):
            return raw, False
    run = [words[-1]]
    k = len(words) - 2
    while k >= 0 and (words[k][:1].isupper() or (words[k] in {"of", "for", "on", "to"} and k > 0
                                                  and words[k - 1][:1].isupper())):
        run.insert(0, words[k])
        k -= 1
    while len(run) > 1 and run[0].lower() in TITLES:
        run = run[1:]
    return " ".join(run), True


def is_speech(cue):
    low = cue.lower()
    if CALL_FOR.search(low):
        return True
    toks = re.findall(r"[a-z]+", low)
    # A bare colon introduces speech more often than not in the dev gold.
    return any(t in SPEECH for t in toks) or low.strip() in {":", "\u2015", "--", "\u2014"}


def kind_of(text, a):
    """full when the quote opens a sentence with a capital letter or continues one."""
    inner = text[a:a + 3].lstrip("\u201c\"' ")
    if not inner[:1].isupper():
        return "partial"
    k = a - 1
    while k >= 0 and text[k] in "\u201c\"' \t":
        k -= 1
    return "full" if k < 0 or text[k] in ".!?:\n\u2014,;" or text[k] in "\u201d" else "partial"


def convert(text, atts):
    quotes, claimed = [], set()
    stretches = quote_stretches(text)
    singles = single_stretches(text)
    size = lambda att: sum(b - a for a, b in att["content"])
    for att in sorted(atts, key=size):
        content = att["content"]
        if not content:
            continue
        source = join(text, att["source"]) if att["source"] else ""
        cue = join(text, att["cue"])
        attributed = bool(source) and not att["noSource"]
        scored = attributed and is_speech(cue)  # only reported speech needs a speech cue
        speaker, spk_scored = speaker_of(source) if source else (None, False)
        base = {"speaker": speaker}
        if source:
            base["source"] = source
        lo, hi = content[0][0], content[-1][1]
        within = lambda s: (any(a <= s[0] - 1 and s[1] <= b + 1 for a, b in content)
                            or (lo <= s[0] and s[1] <= hi and any(a <= s[0] < b for a, b in content)))
        inside = [s for s in stretches if within(s)]
        if not inside:  # single quote marks count where a content has no double ones (headlines)
            inside = [s for s in singles if within(s)]
        marks = [frag for frag in content if text[frag[0]:frag[1]].lstrip()[:1] in OPENERS
                 or text[frag[0]:frag[1]].lstrip().startswith("''")]
        direct = bool(marks) and len(marks) == len(content)
        for s in inside:
            if s in claimed:  # nested attributions: the innermost one claims the quote
                continue
            claimed.add(s)
            q = {"text": clean_quote(text, *s), **base, "kind": kind_of(text, s[0])}
            finish(q, attributed, spk_scored)
            quotes.append(q)
        if not direct:
            q = {"text": join(text, content), **base, "kind": "indirect"}
            finish(q, scored, spk_scored)
            quotes.append(q)
    for s in sorted(stretches + singles):
        if s not in claimed and clean_quote(text, *s):
            quotes.append({"text": clean_quote(text, *s), "speaker": None,
                           "kind": kind_of(text, s[0]), "scored": False})
    return dedupe(quotes)


def dedupe(quotes):
    """One gold quote per text and kind class: a phrase quoted twice (headline and body) is
    one quote for the scorer's one-to-one matching, as in the dev gold."""
    seen, out = set(), []
    for q in quotes:
        key = (q["kind"] == "indirect", q["text"])
        if key not in seen:
            seen.add(key)
            out.append(q)
    return out


def finish(q, scored, spk_scored):
    if not spk_scored:
        q["speakerScored"] = False
    if not scored:
        q["scored"] = False


def main(argv):
    if len(argv) < 4:
        sys.exit("usage: polnear-gold.py TEXT_DIR ANN_DIR OUT_DIR [--split NAME]")
    text_dir, ann_dir, out_dir = argv[1:4]
    split = argv[argv.index("--split") + 1] if "--split" in argv else "train"
    os.makedirs(out_dir, exist_ok=True)
    first = {}
    for name in sorted(os.listdir(ann_dir)):
        if name.endswith(".ann"):
            first.setdefault(name[:-4].rsplit("_", 1)[0], name)
    for doc, ann in sorted(first.items()):
        txt = os.path.join(text_dir, doc + ".txt")
        if not os.path.exists(txt):
            continue
        with open(txt, encoding="utf-8") as fh:
            text = fh.read()
        quotes = convert(text, parse_ann(os.path.join(ann_dir, ann)))
        annotator = ann[:-4].rsplit("_", 1)[1]
        gold = {"file": doc + ".txt", "source": f"PolNeAR v1.0.0 {split} split, annotator {annotator}",
                "article": {}, "entityTypesScored": [], "entities": [], "quotes": quotes}
        with open(os.path.join(out_dir, doc + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
        shutil.copyfile(txt, os.path.join(out_dir, doc + ".txt"))
    print(f"polnear-gold: {len(first)} articles -> {out_dir}")


if __name__ == "__main__":
    main(sys.argv)
