import APIRefDisk
import Testing

@testable import APIRefCore

@Suite struct FormatterTests {
    /// A deterministic generator, so the shuffle is the same on every machine.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func sortsAShuffledNovaParametersFileBackToNovasBytes() throws {
        guard
            case .bytes(let bytes) = DiskFileProvider().contents(
                of: SharedFiles.corpus + "/nova/api-ref/source/parameters.yaml")
        else {
            Issue.record("nova corpus missing")
            return
        }
        let original = SourceText(path: "parameters.yaml", bytes: bytes)
        // Shuffle whole entries (each with the comment and blank lines above it).
        let lines = original.lines
        let keys = lines.indices.filter { ParametersFormatter.isKeyLine(lines[$0]) }
        var entries: [[String]] = []
        var start = 0
        for (position, key) in keys.enumerated() {
            let end = position + 1 < keys.count ? keys[position + 1] : lines.count
            var stop = end
            if position + 1 < keys.count {
                while stop > key + 1, lines[stop - 1].isEmpty || lines[stop - 1].hasPrefix("#") { stop -= 1 }
            }
            entries.append(Array(lines[start..<stop]))
            start = stop
        }
        var generator = SplitMix(state: 42)
        entries.shuffle(using: &generator)
        let shuffled = entries.flatMap { $0 }.joined(separator: "\n") + "\n"
        #expect(shuffled != original.text)
        let (formatted, problems) = ParametersFormatter.format(SourceText(path: "parameters.yaml", text: shuffled))
        #expect(problems.isEmpty)
        #expect(Array(formatted.utf8) == bytes)
    }

    @Test func leavesASortedFileByteForByteAndKeepsCommentsAnchorsAndBlockScalars() {
        let text = """
            # Licence header.

            # variables in query
            zeta: &z
              in: query
              description: |
                Block scalar

                with a blank line.
            # variables in path
            alpha:
              <<: *z
              in: path

            """
        let (formatted, problems) = ParametersFormatter.format(SourceText(path: "p.yaml", text: text))
        // Sorting would put the alias before its anchor: refused, the file is left as it is.
        #expect(problems.map(\.ruleID) == ["fmt-alias-order"])
        #expect(formatted == text)
        let sorted = """
            # Licence header.

            # variables in path
            alpha:
              in: path
            # variables in query
            zeta:
              in: query
              description: |
                Block scalar

                with a blank line.

            """
        #expect(ParametersFormatter.format(SourceText(path: "p.yaml", text: sorted)).text == sorted)
    }

    /// Found by fuzzing: stray indented lines before the first key joined another entry once
    /// moved, so a second run sorted differently.
    @Test func keepsStrayLinesBeforeTheFirstKeyInPlaceAndIsIdempotent() {
        let text = "# c\n  in: query\nzeta:\n  in: body\nalpha:\n  in: path\n"
        let (once, _) = ParametersFormatter.format(SourceText(path: "p.yaml", text: text))
        #expect(once == "# c\n  in: query\nalpha:\n  in: path\nzeta:\n  in: body\n")
        let (twice, _) = ParametersFormatter.format(SourceText(path: "p.yaml", text: once))
        #expect(twice == once)
    }

    /// Found by fuzzing: an anchor defined twice made a merging entry's section depend on
    /// where it stood, so a second run sorted differently.
    @Test func ignoresMergesOfAnAnchorDefinedTwice() {
        let text = "m: &m\n  in: body\nz: &m\n  in: query\nm_opt:\n  <<: *m\n"
        let (once, _) = ParametersFormatter.format(SourceText(path: "p.yaml", text: text))
        let (twice, _) = ParametersFormatter.format(SourceText(path: "p.yaml", text: once))
        #expect(twice == once)
        #expect(once.hasSuffix("m_opt:\n  <<: *m\n"))
    }

    /// Found by fuzzing: an indented line after flush-left items was read as an argument of
    /// the directive, so it was normalised only once the items above it had been indented.
    @Test func normalisesItemsThatFollowFlushLeftItemsInTheFirstRun() {
        let text = ".. rest_parameters:: parameters.yaml\n- a: a\n - d : l\n"
        let once = RSTFormatter.format(SourceText(path: "a.inc", text: text))
        #expect(once == ".. rest_parameters:: parameters.yaml\n\n   - a: a\n - d: l\n")
        #expect(RSTFormatter.format(SourceText(path: "a.inc", text: once)) == once)
        let minimal = ".. rest_parameters::\n-\n - d : l"
        let first = RSTFormatter.format(SourceText(path: "a.inc", text: minimal))
        #expect(RSTFormatter.format(SourceText(path: "a.inc", text: first)) == first)
    }

    /// Found by fuzzing: an adopted flush-left item that runs over two lines was not
    /// normalised until a second run read its lines apart.
    @Test func normalisesAdoptedItemsLineByLine() {
        let text = ".. rest_parameters::\n\n-  t: t\n S"
        let once = RSTFormatter.format(SourceText(path: "a.inc", text: text))
        #expect(once == ".. rest_parameters::\n\n   - t: t\n   S\n")
        #expect(RSTFormatter.format(SourceText(path: "a.inc", text: once)) == once)
    }

    /// Found by fuzzing: a flush-left list was given to the directive above it across a
    /// stray adornment line, which a second run no longer read as the directive's.
    @Test func adoptsNoListAcrossOtherLines() {
        let text = ".. rest_parameters::\n===\n-\n b\n"
        let once = RSTFormatter.format(SourceText(path: "a.inc", text: text))
        #expect(RSTFormatter.format(SourceText(path: "a.inc", text: once)) == once)
        let adopted = ".. rest_parameters:: parameters.yaml\n\n- a: a\n"
        #expect(
            RSTFormatter.format(SourceText(path: "a.inc", text: adopted))
                == ".. rest_parameters:: parameters.yaml\n\n   - a: a\n")
    }

    @Test func reportsAnAliasThatWouldComeBeforeItsAnchor() {
        let text = "zeta: &z\n  in: query\nalpha:\n  <<: *z\n  in: path\n"
        let (formatted, problems) = ParametersFormatter.format(SourceText(path: "p.yaml", text: text))
        #expect(formatted == text)
        #expect(
            problems.map(DiagnosticRenderer.text) == [
                "p.yaml:3:1: error: sorting would put alias '*z' in 'alpha' before its anchor; sort by hand or move the anchor into an entry that sorts earlier [fmt-alias-order]"
            ])
    }

    @Test func restoresTheSeedsIndentationWithoutChangingItsModel() throws {
        guard case .bytes(let bytes) = DiskFileProvider().contents(of: SharedFiles.seed) else {
            Issue.record("seed missing")
            return
        }
        let seed = SourceText(path: "os-agents.inc", bytes: bytes)
        let formatted = RSTFormatter.format(seed)
        let (before, beforeFindings) = RSTReader.read(seed)
        let (after, afterFindings) = RSTReader.read(SourceText(path: "os-agents.inc", text: formatted))
        #expect(beforeFindings.count == 13)
        #expect(afterFindings.isEmpty)
        #expect(RSTFormatter.format(SourceText(path: "os-agents.inc", text: formatted)) == formatted)
        func shape(_ blocks: [RSTBlock]) -> [String] {
            blocks.compactMap { block -> String? in
                guard case .directive(let directive) = block else { return nil }
                return directive.name + " " + directive.argumentText + " " + directive.options.map(\.value).joined()
                    + " " + directive.contentLines.map(\.text).joined(separator: ",")
            }
        }
        #expect(shape(before) == shape(after))
        #expect(shape(after).count == 17)
    }

    @Test func normalisesItemsAndLeavesTidyDocumentsAlone() {
        let text = ".. rest_parameters:: parameters.yaml\n\n  - type : image_type\n  - name: name\n"
        #expect(
            RSTFormatter.format(SourceText(path: "a.inc", text: text))
                == ".. rest_parameters:: parameters.yaml\n\n  - type: image_type\n  - name: name\n")
        let tidy = "Title\n=====\n\n.. -*- rst -*-\n.. include:: a.inc\n.. include:: b.inc\n\nText.\n"
        #expect(RSTFormatter.format(SourceText(path: "a.inc", text: tidy)) == tidy)
    }

    @Test func printsUnifiedDiffs() {
        let old = "a\nb\nc\nd\ne\nf\ng\nh\n"
        let new = "a\nb\nc\nD\ne\nf\ng\nh\ni\n"
        #expect(
            UnifiedDiff.diff(old, new, path: "x") == """
                --- x
                +++ x
                @@ -1,8 +1,9 @@
                 a
                 b
                 c
                -d
                +D
                 e
                 f
                 g
                 h
                +i

                """)
        #expect(UnifiedDiff.diff(old, old, path: "x") == "")
    }
}
