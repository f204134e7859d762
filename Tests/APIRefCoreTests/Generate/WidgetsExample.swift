@testable import APIRefCore

/// A small API reference in memory that exercises what the generator decides: nested and
/// array bodies, optional, nullable and versioned fields, free-form objects, path, query and
/// header parameters, routes that share a path, and actions told apart by their body key.
enum WidgetsExample {
    static let project = TestProject([
        "api-ref/source/index.rst": """
        ===================
         Widgets (widgets)
        ===================

        List Widgets
        ============

        .. rest_method:: GET /widgets

        Normal response codes: 200

        Error response codes: unauthorized(401)

        Request
        -------

        .. rest_parameters:: parameters.yaml

          - X-Trace: trace
          - limit: limit
          - tag: tag

        Response
        --------

        .. rest_parameters:: parameters.yaml

          - widgets: widgets
          - id: widget_id_body
          - size: size
          - weight: weight
          - tags: tags
          - metadata: metadata
          - owner: owner
          - color: color

        .. literalinclude:: ../../doc/samples/widgets-list-resp.json

        .. literalinclude:: ../../doc/samples/v2.5/widgets-list-resp.json

        Show Widget Details
        ===================

        .. rest_method:: GET /widgets/detail

        Normal response codes: 200

        Response
        --------

        .. rest_parameters:: parameters.yaml

          - widgets: widgets

        Show Widget
        ===========

        .. rest_method:: GET /widgets/{widget_id}

        Normal response codes: 200

        Request
        -------

        .. rest_parameters:: parameters.yaml

          - widget_id: widget_id

        Response
        --------

        .. rest_parameters:: parameters.yaml

          - widget: widget
          - id: widget_id_body
          - size: size

        .. literalinclude:: ../../doc/samples/widget-show-resp.json

        Find Widget By Name
        ===================

        .. rest_method:: GET /widgets/by-name/{name}

        Normal response codes: 200

        Request
        -------

        .. rest_parameters:: parameters.yaml

          - name: name_path

        Create Widget
        =============

        .. rest_method:: POST /widgets

        Normal response codes: 201

        Request
        -------

        .. rest_parameters:: parameters.yaml

          - widget: widget
          - name: name

        .. literalinclude:: ../../doc/samples/widget-create-req.json

        Response
        --------

        .. rest_parameters:: parameters.yaml

          - Location: location

        Start Widget (start Action)
        ===========================

        .. rest_method:: POST /widgets/{widget_id}/action

        Normal response codes: 202

        Request
        -------

        .. rest_parameters:: parameters.yaml

          - widget_id: widget_id
          - start: start

        .. literalinclude:: ../../doc/samples/widget-start-req.json

        Stop Widget (stop Action)
        =========================

        .. rest_method:: POST /widgets/{widget_id}/action

        Normal response codes: 202

        Request
        -------

        .. rest_parameters:: parameters.yaml

          - widget_id: widget_id
          - stop: stop
          - stop.force: force

        .. literalinclude:: ../../doc/samples/widget-stop-req.json

        """,
        "api-ref/source/parameters.yaml": """
        location:
          description: The URL of the new widget.
          in: header
          required: true
          type: string
        trace:
          description: A trace ID to log.
          in: header
          required: false
          type: string
        name_path:
          description: The name of a widget.
          in: path
          required: true
          type: string
        widget_id:
          description: The ID of a widget.
          in: path
          required: true
          type: integer
        limit:
          description: The largest number of widgets to list.
          in: query
          required: false
          type: integer
        tag:
          description: Lists only widgets with this tag; may repeat.
          in: query
          required: false
          type: array
        color:
          description: The colour of the widget.
          in: body
          required: true
          type: string
          min_version: 2.5
        force:
          description: Stops the widget even when it is busy.
          in: body
          required: false
          type: boolean
        metadata:
          description: Metadata key and value pairs.
          in: body
          required: false
          type: object
        name:
          description: The name of the widget.
          in: body
          required: true
          type: string
        owner:
          description: The owner, or ``null``.
          in: body
          required: true
          type: string
        size:
          description: The size of the widget.
          in: body
          required: true
          type: integer
        start:
          description: The action to start a widget.
          in: body
          required: true
          type: none
        stop:
          description: The action to stop a widget.
          in: body
          required: true
          type: object
        tags:
          description: The tags of the widget.
          in: body
          required: false
          type: array
        weight:
          description: The weight of the widget.
          in: body
          required: false
          type: float
        widget:
          description: A widget.
          in: body
          required: true
          type: object
        widget_id_body:
          description: The ID of the widget.
          in: body
          required: true
          type: integer
        widgets:
          description: The widgets.
          in: body
          required: true
          type: array

        """,
        "doc/samples/widgets-list-resp.json": """
        {"widgets": [
            {"id": 1, "size": 3, "weight": 1.5, "tags": ["a"], "metadata": {"k": "v"}, "owner": null},
            {"id": 2, "size": 4, "owner": "ada"}
        ]}
        """,
        "doc/samples/v2.5/widgets-list-resp.json": """
        {"widgets": [{"id": 1, "size": 3, "owner": "ada", "color": "red"}]}
        """,
        "doc/samples/widget-show-resp.json": #"{"widget": {"id": 1, "size": 3}}"#,
        "doc/samples/widget-create-req.json": #"{"widget": {"name": "w"}}"#,
        "doc/samples/widget-start-req.json": #"{"start": null}"#,
        "doc/samples/widget-stop-req.json": #"{"stop": {"force": true}}"#,
    ])

    /// The generated files, read and generated as `apiref generate api-ref/source` would.
    static func generate(files: any FileProvider = project.files) throws -> GenerationResult {
        let source = TestProject.root + "/api-ref/source"
        let display: @Sendable (String) -> String = { Paths.relative($0, to: TestProject.root) }
        let inputs = InputCollector(files: files).collect([source])
        let (reference, findings) = ReferenceReader.read(
            inputs, files: files, root: TestProject.root, displayPath: display)
        let documents = GenerationRun.documentFiles(
            reference, folders: [source], files: files, displayPath: display)
        guard
            case .generated(let result) = GenerationRun.run(
                reference, readFindings: findings, files: files, documentFiles: documents, sourceName: { $0 })
        else { throw Blocked() }
        return result
    }

    struct Blocked: Error {}
}

/// The files of another provider, each folder listed in reverse order: a file system that
/// lists in another order must not change what is generated.
struct ReversedListing: FileProvider {
    let base: any FileProvider

    func contents(of path: String) -> FileContents { base.contents(of: path) }
    func kind(of path: String) -> FileKind { base.kind(of: path) }
    func entries(of directory: String) -> [String] { base.entries(of: directory).reversed() }
    func resolvingLinks(_ path: String) -> String { base.resolvingLinks(path) }
}
