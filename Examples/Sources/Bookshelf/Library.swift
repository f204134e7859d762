/// A shelf of books kept in memory: an implementation of the `BooksService` protocol that
/// apiref generates from `api-ref/source/books.inc`.
///
/// The generated router decodes each request into its typed request value and encodes the
/// typed response this service returns; the service throws `APIError` for a documented error.
public actor Library: BooksService {
    private struct Shelf {
        var books: [ListBooksResponse.Body.Book] = []
    }

    private var shelves: [String: Shelf]
    private var nextID = 1

    /// A library with the given shelves, all empty.
    public init(shelves: [String]) {
        self.shelves = Dictionary(uniqueKeysWithValues: shelves.map { ($0, Shelf()) })
    }

    public func listBooks(_ request: ListBooksRequest) async throws -> ListBooksResponse {
        var books = try shelf(request.shelfID).books
        if let author = request.author { books = books.filter { $0.author == author } }
        if let limit = request.limit { books = Array(books.prefix(max(0, limit))) }
        return ListBooksResponse(body: .init(books: books))
    }

    public func addABook(_ request: AddABookRequest) async throws -> AddABookResponse {
        _ = try shelf(request.shelfID)
        let new = request.body.book
        let book = ListBooksResponse.Body.Book(
            id: "b\(nextID)", title: new.title, author: new.author, year: new.year, lentTo: nil)
        nextID += 1
        shelves[request.shelfID, default: Shelf()].books.append(book)
        return AddABookResponse(
            status: 201,
            location: ShowBookDetailsRequest.path(shelfID: request.shelfID, bookID: book.id),
            body: .init(book: .init(book)))
    }

    public func showBookDetails(_ request: ShowBookDetailsRequest) async throws -> ShowBookDetailsResponse {
        let book = try find(request.bookID, on: request.shelfID)
        return ShowBookDetailsResponse(body: .init(book: .init(shelves[request.shelfID]!.books[book])))
    }

    public func lendABook(_ request: LendABookRequest) async throws
        -> LendABookResponse
    {
        let book = try find(request.bookID, on: request.shelfID)
        guard shelves[request.shelfID]!.books[book].lentTo == nil else {
            throw APIError(status: 409, message: "book \(request.bookID) is already lent")
        }
        shelves[request.shelfID]!.books[book].lentTo = request.body.lend.borrower
        return LendABookResponse()
    }

    public func returnABook(_ request: ReturnABookRequest) async throws
        -> ReturnABookResponse
    {
        let book = try find(request.bookID, on: request.shelfID)
        guard shelves[request.shelfID]!.books[book].lentTo != nil else {
            throw APIError(status: 409, message: "book \(request.bookID) is not lent")
        }
        shelves[request.shelfID]!.books[book].lentTo = nil
        return ReturnABookResponse()
    }

    public func removeABook(_ request: RemoveABookRequest) async throws -> RemoveABookResponse {
        let book = try find(request.bookID, on: request.shelfID)
        shelves[request.shelfID]!.books.remove(at: book)
        return RemoveABookResponse()
    }

    private func shelf(_ id: String) throws -> Shelf {
        guard let shelf = shelves[id] else { throw APIError(status: 404, message: "no shelf \(id)") }
        return shelf
    }

    private func find(_ book: String, on shelfID: String) throws -> Int {
        guard let index = try shelf(shelfID).books.firstIndex(where: { $0.id == book }) else {
            throw APIError(status: 404, message: "no book \(book) on shelf \(shelfID)")
        }
        return index
    }
}

extension AddABookResponse.Body.Book {
    /// The book as the list shows it, in the shape of this response.
    init(_ book: ListBooksResponse.Body.Book) {
        self.init(id: book.id, title: book.title, author: book.author, year: book.year, lentTo: book.lentTo)
    }
}

extension ShowBookDetailsResponse.Body.Book {
    /// The book as the list shows it, in the shape of this response.
    init(_ book: ListBooksResponse.Body.Book) {
        self.init(id: book.id, title: book.title, author: book.author, year: book.year, lentTo: book.lentTo)
    }
}
