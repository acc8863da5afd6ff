#!/usr/bin/env python3
# Writes hostile variants of news pages for checking that a change to the cleaner leaves its
# output alone: menus, bylines, source lines, datelines, date forms, legal notices, calls to
# action and labels in random order, with no-break spaces, tabs, zero-width spaces, CRLF and
# CR, byte order marks, decomposed accents, emoji and shouting. Fictional text only.
#
#   scripts/clean-variants.py OUT_DIR [SEED] [COUNT]
import random, pathlib, sys
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 7)
out = pathlib.Path(sys.argv[1]); out.mkdir(exist_ok=True)
names = ["Jane Doe", "Tomás Ruiz", "Piet van der Berg", "ANA LÓPEZ", "José\u0301 Martí", "Zoë Åberg", "O'Brien Kelly",
         "Kofi Boateng", "Lena Wolff", "Jean-Luc Picard", "Mary St. John", "J. R. Smith", "al-Hassan Omar", "Ñoño Pérez", "Émile Zola", "李 明", "Dr. Who"]
outlets = ["Reuters", "AP", "NPR Oregon Public Broadcasting", "Agence France-Presse (AFP)", "The New York Times", "BBC News",
           "Associated Press", "The Harbour Gazette", "LNT Latin News Today", "U.S. News", "AT&T Wire", "Deutsche Welle", "CNN"]
dates = ["12Apr17", "5Mar99", "12Apr2017", "12-Apr-2017", "April 12, 2017", "Apr. 12, 2017", "12 April 2017", "2017-04-12",
         "Apr. 12", "12 April", "Sept. 3, 1999", "1st March 2020", "Wednesday, April 12, 2017", "29 Feb 2016", "31 April 2017",
         "04/12/2017", "2017-13-01", "Updated: 29 Feb 2016 10:30 GMT", "Posted on Tuesday, 3 May 2011", "may 12", "MAY 12, 2010",
         "12 mai 2017", "3rd Jan. 2001", "Jan 3rd, 2001", "2017-4-2", "2017-04-1", "12Apr", "Apr12", "１２Apr17"]
menus = ["Home | World | Business | Sport", "Shop | Subscribe", "Login | Register", "Share Tweet Email", "Skip to main content",
         "Subscribe Donate Podcasts", "Advertisement", "Archive » Politics » Europe", "News", "Home", "Library Donate Radio Archive",
         "Bookshop Donate Radio Nizkor", "Home · About · Contact", "Our Work\u00a0\u00a0\u00a0Friends", "\u00a0\u00a0\u00a0\u00a0Books | Donate",
         "Main page", "More", "Español | Français | Deutsch", "Follow us on Twitter", "Share • Tweet • Email", "Next › Previous ‹",
         "HOME NEWS SPORT", "The News", "Video", "Top", "Home Secretary Visits Flood Zone", "Stocks | Markets wrap-up and more"]
sentences = ["The city council approved a budget of 4.5 million euros on Tuesday.", "\"It was a hard year,\" said Mayor Ana López.",
             "The vote was close.", "Brent crude gained 2 percent.", "By the end of the year, prices had doubled.", "By then it was too late",
             "Bystanders ran.", "The plan - if it passes - costs more.", "In London - the capital - prices rose.",
             "Tides are “the harbour's oldest clock,” the pilot said.", "He asked: why?", "Wait…", "Emoji 🎉👩‍👩‍👧 appear here.",
             "Café crème costs 3€.", "Numbers: 1,234.5 and 2017-04-12 appear.", "(The ferry company declined to comment.)", "‘Quoted’ end’",
             "Share prices fell sharply on Monday.", "Source: NATO.", "It is copyright law and fair use, he said, that matters most of all here in this long sentence."]
legal = ["This document has been published on 13Apr17 by the Equipo Nizkor and Derechos Human Rights.",
         "© 2017 Example Media. All rights reserved.", "In accordance with Title 17 U.S.C. Section 107, this material is distributed without profit.",
         "Copyright notice: reproduction needs permission.", "Terms of Use | Privacy Policy", "This article was republished on 3 May 2011 by The Archive.",
         "Posted on April 12, 2017 by the editors", "First uploaded on 2017-04-12 by Team Blue", "Online since 5Mar99 by the Foo Bar.",
         "logo imageThis document has been published on 05Mar19 by the Harbour Watch team. All rights reserved.",
         "Disclaimer: trademark belongs to owners.", "Licensed under a Creative Commons licence.", "This page has been published on Monday by us."]
cta = ["Read more", "Read the full story", "Continue reading »", "Click here to subscribe", "Follow us", "Related: Oil prices",
       "Sign up for our newsletter", "See also", "You may also like", "Recommended", "READ MORE", "More from Reuters", "Subscribe to our feed now please"]
labels = ["Russian Affairs", "World News", "Health Affairs", "Labour Affairs", "Section: Weather", "Category: Politics", "Filed under: Russia",
          "Topics: A, B", "Section:", "Regional Affairs", "Arts & Culture", "Small logo", "small logo", "Photo 3", "Civic Life", "Éire Affairs", "The End Of It"]
def byline():
    k = rng.randrange(12)
    n = rng.sample(names, 3); o = rng.choice(outlets); d = rng.choice(dates)
    forms = [f"By {n[0]} and {n[1]}", f"By {n[0]}, {n[1]} & {n[2]}, Staff Writers, {o}", f"BY {n[0].upper()} AND {n[1].upper()}",
             f"{n[0]}, {o}", f"[Source: By {n[0]} and {n[1]}, {o}, {d}]", f"Source: {o}", f"(Source: {o}, {d})", f"Originally published by {o} on {d}",
             f"First published in {o}", f"By {n[0]} | {d}", f"By {n[0]} — {o} — {d}", f"Via: {o}, {d}"]
    return forms[k]
def dateline():
    c = rng.choice(["MOSCOW", "WASHINGTON", "AL-AIN", "HEMPSTEAD, N.Y.", "London", "SÃO PAULO", "NEW YORK"])
    a = rng.choice(["(Reuters)", "(AP)", "(UPI)", "", "(Foo bar)", "(AFP)"])
    d = rng.choice(["", ", April 12", ", Sept. 26", ", 12 April 2017"])
    dash = rng.choice([" - ", " — ", " -- ", " – ", "—"])
    return f"{c}{d} {a}{dash}{rng.choice(sentences)}".replace("  ", " ")
def para():
    return " ".join(rng.choice(sentences) for _ in range(rng.randint(1, 6)))
def noise(s):
    r = rng.random()
    if r < 0.1: s = s.replace(" ", "\u00a0")
    elif r < 0.15: s = "  \t" + s + " \u2009 "
    elif r < 0.18: s = s.replace("a", "a\u200b")
    elif r < 0.2: s = s.upper()
    elif r < 0.22: s = s.lower()
    return s
pools = [lambda: rng.choice(menus), byline, lambda: rng.choice(dates), dateline, para, lambda: rng.choice(legal),
         lambda: rng.choice(cta), lambda: rng.choice(labels), lambda: rng.choice(sentences)]
count = int(sys.argv[3]) if len(sys.argv) > 3 else 4000
for i in range(count):
    parts = []
    if rng.random() < 0.5:
        parts += [rng.choice(["Civic Watch", "Equipo Nizkor", "A site name that is far too long to be a name"])] + [noise(rng.choice(menus)) for _ in range(rng.randint(0, 3))]
        parts.append("")
    if rng.random() < 0.05: parts.append(para() * 3)
    title = rng.choice(["Council Approves New Budget", "Putin, Tillerson Meet At Kremlin", "...", "Home | News", "Oil Prices Rise On Supply Fears",
                        "Ünïcödé Héadline 🎉", "12Apr17", "By Jane Doe", "Title: With Colon:"])
    parts.append(noise(title))
    for _ in range(rng.randint(0, 12)):
        sep = rng.choice(["", "\n", "\n\n"]) if rng.random() < 0.3 else ""
        item = noise(rng.choice(pools)())
        parts.append(item + sep)
        if rng.random() < 0.7: parts.append("")
    if rng.random() < 0.6:
        for _ in range(rng.randint(1, 6)):
            parts.append(noise(rng.choice([byline, lambda: rng.choice(menus), lambda: rng.choice(labels), lambda: rng.choice(legal), lambda: rng.choice(cta)])()))
            if rng.random() < 0.5: parts.append("")
    nl = rng.choice(["\n", "\n", "\r\n", "\r"])
    text = nl.join(parts)
    if rng.random() < 0.05: text = "\ufeff" + text
    (out / f"f{i:05d}.txt").write_text(text, encoding="utf-8")
