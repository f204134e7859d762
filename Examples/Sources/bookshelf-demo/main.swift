import Bookshelf
import Foundation

// Serves a few requests through the router that apiref generated from the Bookshelf API
// reference, as any HTTP server would hand them over, and prints each exchange.
let library = Library(shelves: ["fiction"])
let router = Router(library.booksRoutes)

func send(_ method: String, _ path: String, query: [QueryItem] = [], body: String? = nil) async {
    let input = RouterInput(method: method, path: path, query: query, body: body.map { Data($0.utf8) })
    let output = await router.respond(input)
    let text = output.body.map { String(decoding: $0, as: UTF8.self) } ?? "-"
    let location = output.headers["Location"].map { " Location: \($0)" } ?? ""
    print("\(method) \(path) -> \(output.status)\(location) \(text)")
}

await send("GET", "/shelves/fiction/books")
await send(
    "POST", "/shelves/fiction/books",
    body: #"{"book": {"title": "Invisible Cities", "author": "Italo Calvino", "year": 1972}}"#)
await send(
    "POST", "/shelves/fiction/books",
    body: #"{"book": {"title": "The Dispossessed", "author": "Ursula K. Le Guin"}}"#)
await send("GET", "/shelves/fiction/books", query: [QueryItem(name: "author", value: "Italo Calvino")])
await send("POST", "/shelves/fiction/books/b1/action", body: #"{"lend": {"borrower": "Ada", "due": "2026-12-24"}}"#)
await send("GET", "/shelves/fiction/books/b1")
await send("POST", "/shelves/fiction/books/b1/action", body: #"{"lend": {"borrower": "Grace", "due": "2027-01-06"}}"#)
await send("POST", "/shelves/fiction/books/b1/action", body: #"{"return": null}"#)
await send("POST", "/shelves/fiction/books/b1/action", body: #"{"renew": {}}"#)
await send("POST", "/shelves/fiction/books", body: #"{"book": {"title": "Untitled"}}"#)
await send("GET", "/shelves/fiction/books", query: [QueryItem(name: "limit", value: "many")])
await send("DELETE", "/shelves/fiction/books/b2")
await send("GET", "/shelves/poetry/books")
await send("PUT", "/shelves/fiction/books")
await send("GET", "/shelves")
