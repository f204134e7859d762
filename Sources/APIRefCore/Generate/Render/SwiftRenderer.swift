/// Writes declarations as Swift source with four-space indentation, one blank line between
/// members, `\n` line ends and a final newline: the same bytes for the same declarations.
struct SwiftRenderer {
    private var output = ""
    private var depth = 0

    /// The source text of a whole file: the header comment lines, the imports, then the
    /// declarations.
    static func file(header: [String], imports: [String], declarations: [SwiftDeclaration]) -> String {
        var renderer = SwiftRenderer()
        for line in header { renderer.emit("// " + SwiftLiteral.commentLine(line)) }
        if !imports.isEmpty {
            renderer.emit("")
            for module in imports { renderer.emit("import \(module)") }
        }
        for declaration in declarations {
            renderer.emit("")
            renderer.render(declaration)
        }
        return renderer.output
    }

    private mutating func emit(_ text: String) {
        if !text.isEmpty {
            for _ in 0..<depth { output += "    " }
            output += text
        }
        output += "\n"
    }

    private mutating func doc(_ text: [String]) {
        for line in text { emit(line.isEmpty ? "///" : "/// " + SwiftLiteral.commentLine(line)) }
    }

    private static func modifiers(_ access: String, _ rest: String) -> String {
        access.isEmpty ? rest : access + " " + rest
    }

    private mutating func members(_ declarations: [SwiftDeclaration]) {
        depth += 1
        for (index, declaration) in declarations.enumerated() {
            if index > 0 { emit("") }
            render(declaration)
        }
        depth -= 1
    }

    private mutating func render(_ declaration: SwiftDeclaration) {
        switch declaration {
        case .structure(let structure):
            doc(structure.doc)
            open("public struct \(structure.name)", conformances: structure.conformances)
            members(structure.members)
            emit("}")
        case .enumeration(let enumeration):
            doc(enumeration.doc)
            open("public enum \(enumeration.name)", conformances: [])
            members(enumeration.members)
            emit("}")
        case .protocolType(let proto):
            doc(proto.doc)
            open("public protocol \(proto.name)", conformances: proto.inherits)
            members(proto.requirements.map(SwiftDeclaration.function))
            emit("}")
        case .extensionOf(let extended):
            doc(extended.doc)
            open("extension \(extended.extended)", conformances: extended.conformances)
            members(extended.members)
            emit("}")
        case .typeAlias(let text, let name, let type):
            doc(text)
            emit("public typealias \(name) = \(type)")
        case .property(let property):
            render(property)
        case .function(let function):
            doc(function.doc)
            let head = Self.modifiers(function.access, function.signature)
            guard let body = function.body else {
                emit(head)
                return
            }
            block(head, body)
        }
    }

    private mutating func open(_ head: String, conformances: [String]) {
        emit(conformances.isEmpty ? head + " {" : head + ": " + conformances.joined(separator: ", ") + " {")
    }

    private mutating func render(_ property: SwiftProperty) {
        doc(property.doc)
        var head = property.isStatic ? "static " : ""
        head += property.isConstant ? "let " : "var "
        head = Self.modifiers(property.access, head + "\(SwiftIdentifier.escaped(property.name)): \(property.type)")
        if let getter = property.getter {
            block(head, getter)
        } else if let initial = property.initial {
            emit(head + " = " + initial)
        } else {
            emit(head)
        }
    }

    private mutating func block(_ head: String, _ body: [CodeLine]) {
        emit(head + " {")
        depth += 1
        body.forEach { render($0) }
        depth -= 1
        emit("}")
    }

    private mutating func render(_ line: CodeLine) {
        switch line {
        case .line(let text):
            emit(text)
        case .block(let opening, let body, let closing):
            emit(opening)
            depth += 1
            body.forEach { render($0) }
            depth -= 1
            emit(closing)
        }
    }
}
