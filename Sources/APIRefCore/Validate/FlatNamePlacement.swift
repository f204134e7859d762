/// Where flat body names go: a flat name (`- id: user_id`) says nothing of its place, so the
/// samples and the definition together decide it.
extension BodyTreeBuilder {
    /// The places found for the flat names of a list.
    struct FlatPlaces {
        /// The places where samples hold each name, by item position, the home first: the
        /// shallowest place in the object the definition names as the owner (with the owner's
        /// other places on documented ways), else the shallowest place.
        var places: [Int: [[String]]]
        /// The place in its owner of a name that no sample holds there, when a sample holds
        /// the owner, by item position.
        var inOwner: [Int: [String]]
        /// The home of each name.
        var located: [String: [String]]
    }

    /// Where the flat names go, by what the samples hold and what their definitions say owns
    /// them.
    static func placeFlatNames(
        _ items: [Item], isDotted: [Bool], index: SampleIndex, excluding excluded: Set<[String]>
    ) -> FlatPlaces {
        var places: [Int: [[String]]] = [:]
        var inOwner: [Int: [String]] = [:]
        var located: [String: [String]] = [:]
        var listedDescriptions: [String: String] = [:]
        for (position, item) in items.enumerated() where !isDotted[position] {
            if listedDescriptions[item.reference.name] == nil {
                listedDescriptions[item.reference.name] = item.definition.description ?? ""
            }
        }
        var types: [String: (type: String?, microversions: MicroversionRange, places: [[String]])] = [:]
        for (position, item) in items.enumerated() where !isDotted[position] {
            let name = item.reference.name
            var candidates = index.places(of: name).filter { !excluded.contains($0) }
            if let earlier = types[name] {
                // The same name listed again with another type (keystone's `password` object
                // and the user's `password` string) is a second place, not the same one; with
                // the same type, it is the same field for other microversions.
                if earlier.type != item.definition.type,
                    earlier.microversions.overlaps(item.definition.microversions)
                {
                    candidates.removeAll { earlier.places.contains($0) }
                } else {
                    if !earlier.places.isEmpty { places[position] = earlier.places }
                    continue
                }
            }
            let owner = ParameterOwner(name: name, key: item.reference.key, description: item.definition.description)
            let ownedPlaces = owner.owned(candidates, listedDescriptions: listedDescriptions, index: index)
            // A name the samples hold only in objects the list does not name belongs in the
            // listed object its definition names as the owner, when a sample holds that one.
            let inListed = candidates.contains { path in
                path.count == 1 || listedDescriptions[path[path.count - 2]] != nil
            }
            if ownedPlaces.isEmpty, !inListed,
                let object = owner.ownerObject(listedDescriptions: listedDescriptions, index: index),
                let key = object.last, listedDescriptions[key] != nil
            {
                inOwner[position] = object + [name]
                types[name] = (item.definition.type, item.definition.microversions, [])
                continue
            }
            guard let home = ownedPlaces.first ?? candidates.first else {
                types[name] = (item.definition.type, item.definition.microversions, [])
                continue
            }
            // The owner's other places count when the way there is documented (each `role` of
            // a list), not below keys the list does not name (keystone's `parents`).
            let chosen =
                [home]
                + ownedPlaces.dropFirst().filter { path in
                    path.dropLast().allSatisfy { listedDescriptions[$0] != nil }
                }
            types[name] = (item.definition.type, item.definition.microversions, chosen)
            places[position] = chosen
            if located[name] == nil { located[name] = home }
        }
        return FlatPlaces(places: places, inOwner: inOwner, located: located)
    }

    /// A flat name listed once may stand in several places (placement's `resources` in both
    /// `allocation_requests` and `provider_summaries`): wherever a sample holds it inside a
    /// documented object, it is documented there too.
    static func placeElsewhere(
        _ items: [Item], index: SampleIndex, located: [String: [String]], tree root: inout BodyNode
    ) {
        // Which objects may take such names is decided before any is added: an object
        // that was free-form stays so, and names do not spread into objects only they fill.
        var eligible = Set<[String]>()
        func collect(_ node: BodyNode, _ path: [String]) {
            if node.isDocumented && !node.isFreeForm { eligible.insert(path) }
            for child in node.children { collect(child, path + [child.name]) }
        }
        collect(root, [])
        for item in items where !item.reference.name.contains(".") {
            guard let home = located[item.reference.name], let placed = root.node(at: home),
                placed.placement == .sample,
                placed.parameters.contains(where: { $0.key == item.reference.key })
            else { continue }
            let parameters = placed.parameters.filter { $0.key == item.reference.key }
            let values = index.values(of: item.reference.name)
            for path in index.places(of: item.reference.name) where path != home {
                // Where the value there is of another type, it is another field of that name.
                if values[path, default: []].contains(where: { TypeMatcher.matches(item.definition.type, $0) == false })
                {
                    continue
                }
                guard eligible.contains(Array(path.dropLast())) else { continue }
                // A place an explicitly dotted name documents is that name's alone.
                if let node = root.node(at: path), node.placement == .dottedName { continue }
                root.insert(at: path, placement: .sample) { node in
                    for parameter in parameters where !node.parameters.contains(parameter) {
                        node.parameters.append(parameter)
                    }
                }
            }
        }
    }
}
