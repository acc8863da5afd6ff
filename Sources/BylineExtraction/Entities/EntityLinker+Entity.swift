import BylineModel

/// What the linker reports: an entity per typed cluster, with the `String`s read from the
/// candidates' tokens (or the expansion that named it) only now.
extension EntityLinker {
    /// `members` and `aliasIDs`: buffers the linker reuses for every cluster.
    func entity(
        from index: Int, in clusters: Clusters, members: inout [Int], aliasIDs: inout [Int32]
    ) -> RecognizedEntity? {
        let cluster = clusters.all[index]
        guard var type = cluster.votes.best else { return nil }
        let candidates = self.candidates
        // Sorted in place (`sorted` is a copy sorted the same way).
        clusters.members(of: index, into: &members)
        if members.count >= 2 { members.sort { candidates[$0].span < candidates[$1].span } }
        if type == .location, isPersonNamedLikePlace(cluster, members: members) { type = .person }
        let written = writtenName(of: cluster, type: type, members: members)
        let name = written?.text ?? nameText(of: cluster)
        let nameID = written?.id ?? cluster.name
        aliasIDs.removeAll(keepingCapacity: true)
        var aliases: [String] = []
        var titles: [String] = []
        var mentions: [TextSpan] = []
        mentions.reserveCapacity(members.count)
        // Keys compared by name id: a `String` is made once per alias reported. Only a person
        // reports titles, so only a person's are gathered.
        for position in members {
            let key = vocabulary.keyName[position]
            if key != nameID, !aliasIDs.contains(key) {
                aliasIDs.append(key)
                aliases.append(context.key(candidates[position].tokens))
            }
            if type == .person, let title = candidates[position].title, !titles.contains(title) { titles.append(title) }
            let span = candidates[position].span
            if mentions.last != span { mentions.append(span) }
        }
        var gender: RecognizedEntity.Gender?
        if type == .person {
            gender = members.lazy.compactMap { candidates[$0].titleGender }.first
            if gender == nil, cluster.words.count >= 2 { gender = firstNameGender(of: cluster) }
        }
        return RecognizedEntity(
            name: name, type: type, aliases: aliases, titles: titles,
            mentions: mentions, gender: gender)
    }

    /// The cluster's name as written: its namer's key, or the expansion that named it.
    func nameText(of cluster: EntityCluster) -> String {
        if cluster.isExpansion, let expansion = candidates[cluster.namer].expansion { return expansion }
        return context.key(candidates[cluster.namer].tokens)
    }

    /// Word `offset` of the cluster's name as written.
    func wordText(of cluster: EntityCluster, at offset: Int) -> String {
        if cluster.isExpansion, let expansion = candidates[cluster.namer].expansion {
            let words = expansion.split(separator: " ")
            return offset < words.count ? String(words[offset]) : ""
        }
        return context.tokens[candidates[cluster.namer].tokens.lowerBound + offset].text
    }

    /// Whether the name has a period (`U.S. Army`): such a name gets no initials.
    func nameHasPeriod(_ cluster: EntityCluster) -> Bool {
        if cluster.isExpansion, let expansion = candidates[cluster.namer].expansion {
            return EntityCluster.containsByte(expansion, 0x2E)
        }
        // The key is the tokens joined by spaces: a period is in one of them.
        return candidates[cluster.namer].tokens.contains { index in
            let span = context.tokens[index].span
            return context.units[span.start..<span.end].contains(0x2E)
        }
    }

    /// The initials of the name's capitalised words (`EntityCluster.initials(of:)`) as a key.
    func initials(of cluster: EntityCluster) -> (key: InitialsKey, count: Int) {
        if cluster.isExpansion, let expansion = candidates[cluster.namer].expansion {
            return InitialsKey.of(EntityCluster.initials(of: expansion.split(separator: " ")))
        }
        let tokens = context.tokens
        let units = context.units
        // A word's first UTF-8 byte is a capital exactly when its first code unit is.
        return InitialsKey.of(
            candidates[cluster.namer].tokens.lazy.map { units[tokens[$0].span.start] }.filter { $0 &- 0x41 < 26 }
                .map { UInt8(truncatingIfNeeded: $0) })
    }

    /// The initials of the name's capitalised words as bytes (`EntityCluster.initials(of:)`).
    func initialBytes(of cluster: EntityCluster) -> [UInt8] {
        if cluster.isExpansion, let expansion = candidates[cluster.namer].expansion {
            return EntityCluster.initials(of: expansion.split(separator: " "))
        }
        return candidates[cluster.namer].tokens.compactMap { index in
            let first = context.units[context.tokens[index].span.start]
            return first &- 0x41 < 26 ? UInt8(truncatingIfNeeded: first) : nil
        }
    }
}
