import Testing

@testable import APIRefCore

@Suite struct ParameterItemReaderTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let line: String
        let name: String?
        let key: String?
        let keyColumn: Int?
        var testDescription: String { line }
    }

    @Test(arguments: [
        Case(line: "- server_id: server_id_path", name: "server_id", key: "server_id_path", keyColumn: 14),
        Case(
            line: "- OS-DCF:diskConfig: OS-DCF:diskConfig", name: "OS-DCF:diskConfig", key: "OS-DCF:diskConfig",
            keyColumn: 22),
        Case(line: "- type : image_type_query", name: "type", key: "image_type_query", keyColumn: 10),
        Case(line: "- networks.uuid: network_uuid", name: "networks.uuid", key: "network_uuid", keyColumn: 18),
        Case(line: "- {project_id}: project_id_path", name: "{project_id}", key: "project_id_path", keyColumn: 17),
        Case(line: "- name:key", name: nil, key: nil, keyColumn: nil),
        Case(line: "- name:", name: nil, key: nil, keyColumn: nil),
        Case(line: "name: key", name: nil, key: nil, keyColumn: nil),
    ])
    func readsNameAndKey(_ testCase: Case) {
        let line = RSTTextLine(testCase.line, at: SourceLocation(path: "a.inc", line: 3, column: 1))
        let item = ParameterItemReader.parse(line)
        #expect(item?.name == testCase.name)
        #expect(item?.key == testCase.key)
        #expect(item?.keyLocation.column == testCase.keyColumn)
    }
}
