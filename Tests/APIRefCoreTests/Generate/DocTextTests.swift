import Testing

@testable import APIRefCore

/// Descriptions in RST made into readable doc-comment lines.
@Suite struct DocTextTests {
    @Test func turnsInlineMarkupIntoMarkdown() {
        #expect(DocText.inline("Set ``flavorRef`` as in :ref:`Flavors <flavors>`.") == "Set `flavorRef` as in Flavors.")
        #expect(
            DocText.inline("See `the guide <https://docs.openstack.org/x>`_ or :doc:`intro`.")
                == "See [the guide](https://docs.openstack.org/x) or intro.")
        #expect(DocText.inline("a `stray backtick") == "a `stray backtick")
    }

    @Test func keepsParagraphsAndNamesDirectives() {
        let description = """
            The first paragraph,
            over two lines.

            .. note:: Only for admins.
            """
        #expect(DocText.lines(description) == ["The first paragraph, over two lines.", "", "Note: Only for admins."])
    }

    @Test func wrapsLongParagraphs() {
        let lines = DocText.lines(String(repeating: "word ", count: 40))
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.count <= DocText.width })
    }

    @Test func statesMicroversionRanges() {
        #expect(
            DocText.availability(MicroversionRange(minimum: Microversion("2.47")))
                == "Available from microversion 2.47.")
        #expect(
            DocText.availability(MicroversionRange(minimum: Microversion("2.2"), maximum: Microversion("2.20")))
                == "Available in microversions 2.2 to 2.20.")
        #expect(
            DocText.availability(MicroversionRange(maximum: Microversion("2.87")))
                == "Available up to microversion 2.87.")
        #expect(DocText.availability(.all) == nil)
    }
}

extension DocTextTests {
    @Test func keepsListsAsMarkdownItemsNestedByIndentation() {
        let description = """
            There are a few caveats:

            * The schema is per hint. Some require a string,
              and some accept a list.
            * Hints are pluggable.

              - ``0``: Not include reserved resources.
              - Other than 0: Include them.

            #. First.
            #. Second.
            """
        #expect(
            DocText.lines(description) == [
                "There are a few caveats:", "",
                "- The schema is per hint. Some require a string, and some accept a list.",
                "- Hints are pluggable.", "  - `0`: Not include reserved resources.", "  - Other than 0: Include them.",
                "- First.", "- Second.",
            ])
    }

    @Test func keepsLiteralBlocksLineForLine() {
        let description = """
            The format is as follows::

               CCYY-MM-DD hh:mm:ss
                 indented more

            For example, ``2015-08-27 09:49:58``.
            Another form:

            ::

              a  b
            .. note::

               Only for admins.
            """
        #expect(
            DocText.lines(description) == [
                "The format is as follows:", "", "    CCYY-MM-DD hh:mm:ss", "      indented more", "",
                "For example, `2015-08-27 09:49:58`. Another form:", "", "    a  b", "", "Note:", "",
                "Only for admins.",
            ])
    }
}
