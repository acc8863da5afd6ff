/// Words around a name that say it is a place.
enum PlaceCues {
    /// Prepositions before a bare name that usually introduce a place (`in Syria`).
    static let prepositions: Set<String> = [
        "in", "at", "from", "near", "to", "into", "across", "outside", "inside", "towards",
        "toward", "via", "throughout", "around", "visit", "visited", "visiting",
    ]

    /// A name ending in one of these is a place (`Khan Shaykhun` has none; `Red Sea` does).
    static let suffixes: Set<String> = [
        "Sea", "Ocean", "River", "Lake", "Mountains", "Mountain", "Hills", "Valley", "Island",
        "Islands", "Peninsula", "Bay", "Gulf", "Strait", "Desert", "Province", "Region",
        "County", "Street", "Avenue", "Square", "Road", "Bridge", "Airport", "Coast", "Heights",
        "Basin", "Canal", "Park", "Forest", "Plain", "Plateau", "Delta", "Republic", "Kingdom",
        "Emirates", "Territory", "Territories", "Prefecture", "Oblast", "Governorate", "Strip",
        "Bank", "Stadium", "Arena", "Theatre", "Theater",
    ]

    /// Heads of `X of Y` names that are places (`Gulf of Mexico`, `Republic of Congo`); any
    /// other head that takes `of` makes an organisation (`Bank of America`).
    static let ofHeads: Set<String> = [
        "Gulf", "Bay", "Sea", "Isle", "Islands", "Strait", "Straits", "Cape", "Lake", "Mount",
        "Republic", "Kingdom", "Province", "State", "States", "Commonwealth", "District", "Coast",
        "Port", "City", "Sultanate", "Emirate", "Principality", "Duchy",
    ]

    /// Lower-case nouns after a name that say it names a place (`the Khan Shaykhun town`).
    static let followingNouns: Set<String> = [
        "province", "region", "city", "town", "village", "district", "state", "county",
        "border", "capital", "area", "river", "valley", "airport", "port", "coast",
    ]

    /// Lower-case nouns before `of X` that say X is a place (`the town of Khan Shaykhun`).
    static let precedingNouns: Set<String> = [
        "town", "city", "village", "province", "region", "state", "county", "capital",
        "district", "island", "port", "republic", "kingdom", "outskirts", "suburb", "streets",
        "north", "south", "east", "west", "centre", "center", "people", "government", "president",
        "north-east", "north-west", "south-east", "south-west", "northeast", "northwest",
        "southeast", "southwest", "northern", "southern", "eastern", "western",
    ]

    /// AP-style abbreviations of US states (`Kansas City, Mo.`, `Bridgeport, Conn.`), the form
    /// US datelines and party-state tags use; the two-letter postal codes are left out, they
    /// collide with acronyms (`IN`, `OR`, `ME`).
    static let stateAbbreviations: [String] = [
        "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.", "Ind.",
        "Kan.", "Kans.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.", "Mont.",
        "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.", "Ore.", "Pa.",
        "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.", "Wis.", "Wyo.",
    ]
}
