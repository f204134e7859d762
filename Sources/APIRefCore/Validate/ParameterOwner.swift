/// Reads which object a flat body name belongs to from its definition, so that a name held by
/// several objects of a sample is placed in its own.
///
/// keystone lists `- id: user_id` flat beside `user`, `catalog` and `scope`, whose samples all
/// hold an `id`. The definition's key (`user_id`: the word before the listed name) or else its
/// description ("The ID of the user.", "The user ID.") names the owner, `user`; a sample's
/// `user` or `users` holding the key is then that name's place. A description that merely
/// mentions an object ("the schema of a list of images") does not name it as the owner.
struct ParameterOwner {
    /// The word the definition key puts before the listed name (`user` for `id: user_id`).
    let keyOwner: String?
    /// The words of the description, lowercased, in order.
    let descriptionWords: [String]
    /// The words of the listed name.
    let nameWords: [String]

    init(name: String, key: String, description: String?) {
        let nameWords = Self.words(name)
        let keyWords = Self.words(key)
        var owner: String?
        if !nameWords.isEmpty, keyWords.count > nameWords.count {
            for start in 1...(keyWords.count - nameWords.count)
            where Array(keyWords[start..<start + nameWords.count]) == nameWords {
                owner = keyWords[start - 1]
                break
            }
        }
        keyOwner = owner
        self.nameWords = nameWords
        descriptionWords = Self.words(description ?? "")
    }

    /// The candidate places (paths ending in the name) whose object the definition names as
    /// the owner: by its key first, else by its description. Empty when it names none of them.
    /// - Parameters:
    ///   - listedDescriptions: the description of each listed flat name, by name, so that an
    ///     object described as "An implied role object." (keystone's `implies`) is known to be
    ///     a role.
    ///   - index: the samples, to tell a collection (an array) from its entries and to find
    ///     the keys beside a place.
    func owned(_ places: [[String]], listedDescriptions: [String: String], index: SampleIndex) -> [[String]] {
        if let keyOwner {
            let byKey = places.filter {
                isOwned($0, by: keyOwner, listedDescriptions: listedDescriptions, index: index)
            }
            if !byKey.isEmpty { return byKey }
        }
        return places.filter { path in
            guard path.count > 1, path[path.count - 2] != path.last,
                let word = Self.words(path[path.count - 2]).last
            else { return false }
            return describesOwner(word)
        }
    }

    /// The shallowest object the samples hold that the definition names as the owner, for a
    /// name none of whose places is in one: keystone's scoped requests give the user by `id`
    /// only, so the user's `name` belongs in `user`, not in the scope's `project`, which holds
    /// a `name` of its own.
    func ownerObject(listedDescriptions: [String: String], index: SampleIndex) -> [String]? {
        let objects = index.objectPaths.sorted(by: BodyTreeBuilder.shallower)
        if let keyOwner,
            let found = objects.first(where: { path in
                guard let key = path.last, let word = Self.words(key).last else { return false }
                if word == keyOwner && index.holdsArray(at: path) { return false }
                return Self.sameNoun(word, keyOwner)
                    || listedDescriptions[key].map { Self.callsAnObject($0, keyOwner) } ?? false
            })
        {
            return found
        }
        return objects.first { path in
            guard let word = path.last.flatMap({ Self.words($0).last }) else { return false }
            return !Self.sameNoun(word, nameWords.last ?? "") && describesOwner(word)
        }
    }

    /// Whether the object holding `path` is `owner` by its key or by the description of the
    /// definition listed for it, or the place sits beside the collection `owner` names
    /// (keystone's `links: protocols_links` beside `protocols`).
    private func isOwned(_ path: [String], by owner: String, listedDescriptions: [String: String], index: SampleIndex)
        -> Bool
    {
        let container = Array(path.dropLast())
        // A name held in an object of its own name (placement's `allocations` in each of the
        // `allocations`) is not owned by it.
        if let parentKey = container.last, parentKey != path.last, let word = Self.words(parentKey).last {
            // A name keyed by the collection's own plural (`protocols_links` for `protocols`)
            // belongs to the collection, not to each of its entries.
            let isCollection = word == owner && index.holdsArray(at: container)
            if !isCollection {
                if Self.sameNoun(word, owner) { return true }
                // Its own description says what it is: `implies`, "An implied role object."
                if let text = listedDescriptions[parentKey], Self.callsAnObject(text, owner) { return true }
            }
        }
        return index.keys(in: container).contains { key in
            key != path.last && Self.words(key).last == owner && index.holdsArray(at: container + [key])
        }
    }

    /// Whether the description names `owner` as the owner of the name: "the ID of the user"
    /// (the name, `of`, maybe an article, the owner) or "the user ID" (the owner, the name).
    func describesOwner(_ owner: String) -> Bool {
        let text = descriptionWords
        let count = nameWords.count
        guard count > 0, text.count > count else { return false }
        for start in 0...(text.count - count) where Array(text[start..<start + count]) == nameWords {
            if start > 0, Self.sameNoun(text[start - 1], owner) { return true }
            var next = start + count
            guard next < text.count, text[next] == "of" else { continue }
            next += 1
            if next < text.count, ["the", "a", "an", "this", "that", "each"].contains(text[next]) { next += 1 }
            if next < text.count, Self.sameNoun(text[next], owner) { return true }
        }
        return false
    }

    /// Whether a description calls its object an `owner` object ("An implied role object.", "A
    /// list of ``role`` objects").
    static func callsAnObject(_ description: String, _ owner: String) -> Bool {
        let text = words(description)
        return zip(text, text.dropFirst()).contains { word, next in
            sameNoun(word, owner) && (next == "object" || next == "objects")
        }
    }

    /// The lowercased words of a key or name: parts between `_`, `-`, `:`, `.` and spaces, and
    /// camel-case humps (`volumeAttachment` is `volume`, `attachment`).
    static func words(_ text: String) -> [String] {
        // Scalar by scalar, ASCII classified by hand: descriptions are long, and reading them
        // as Characters with Unicode properties was a quarter of a nova check.
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var previousIsLower = false
        for scalar in text.unicodeScalars {
            let isUpper: Bool
            let isLowerOrDigit: Bool
            if scalar.isASCII {
                let value = scalar.value
                isUpper = value >= 0x41 && value <= 0x5A
                isLowerOrDigit = (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39)
            } else {
                let properties = scalar.properties
                isUpper = properties.isUppercase
                isLowerOrDigit = !isUpper && (properties.isAlphabetic || properties.numericType != nil)
            }
            guard isUpper || isLowerOrDigit else {
                if !current.isEmpty { words.append(String(current)) }
                current = String.UnicodeScalarView()
                previousIsLower = false
                continue
            }
            if isUpper, previousIsLower, !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
            if isUpper, scalar.isASCII, let lower = Unicode.Scalar(scalar.value + 0x20) {
                current.append(lower)
            } else if isUpper {
                current.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            } else {
                current.append(scalar)
            }
            previousIsLower = isLowerOrDigit
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }

    /// Whether two words are the same noun, one maybe plural (`user`, `users`; `policy`,
    /// `policies`; `address`, `addresses`).
    static func sameNoun(_ lhs: String, _ rhs: String) -> Bool {
        func plural(_ singular: String, _ candidate: String) -> Bool {
            candidate == singular + "s" || candidate == singular + "es"
                || (singular.hasSuffix("y") && candidate == singular.dropLast() + "ies")
        }
        return lhs == rhs || plural(lhs, rhs) || plural(rhs, lhs)
    }
}
