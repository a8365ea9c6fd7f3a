internal import Foundation
import Yams

/// Renders the OpenAPI contract as one readable HTML page — operations grouped by tag with
/// their parameters, bodies and answers, then every schema — with its own small stylesheet
/// and no outside assets (no CDN), so it works offline and leaks nothing.
enum DocsPage {
    static func render(yaml: String) -> String {
        guard let spec = (try? Yams.load(yaml: yaml)) as? [String: Any] else {
            return page(title: "Adimple API", body: "<p>The contract could not be read.</p>")
        }
        let info = spec["info"] as? [String: Any] ?? [:]
        let title = info["title"] as? String ?? "API"
        var html = "<header><h1>\(escape(title)) <small>\(escape(info["version"] as? String ?? ""))</small></h1>"
        html += "<p><a href=\"/openapi.yaml\">openapi.yaml</a></p></header>"
        if let description = info["description"] as? String { html += "<section>\(paragraphs(description))</section>" }

        let paths = spec["paths"] as? [String: Any] ?? [:]
        var byTag: [String: [(String, String, [String: Any], [[String: Any]])]] = [:]
        var tagOrder = ((spec["tags"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String }
        for (path, item) in paths.sorted(by: { $0.key < $1.key }) {
            guard let item = item as? [String: Any] else { continue }
            let shared = item["parameters"] as? [[String: Any]] ?? []
            for method in ["get", "post", "patch", "put", "delete"] {
                guard let operation = item[method] as? [String: Any] else { continue }
                let tag = (operation["tags"] as? [String])?.first ?? "Other"
                if !tagOrder.contains(tag) { tagOrder.append(tag) }
                byTag[tag, default: []].append((method, path, operation, shared))
            }
        }
        html += "<nav><ul>" + tagOrder.map { "<li><a href=\"#tag-\(slug($0))\">\(escape($0))</a></li>" }.joined()
            + "<li><a href=\"#schemas\">Schemas</a></li></ul></nav>"
        for tag in tagOrder {
            html += "<section id=\"tag-\(slug(tag))\"><h2>\(escape(tag))</h2>"
            for (method, path, operation, shared) in byTag[tag] ?? [] {
                html += renderOperation(method: method, path: path, operation: operation, shared: shared, spec: spec)
            }
            html += "</section>"
        }
        let schemas = ((spec["components"] as? [String: Any])?["schemas"] as? [String: Any]) ?? [:]
        html += "<section id=\"schemas\"><h2>Schemas</h2>"
        for (name, schema) in schemas.sorted(by: { $0.key < $1.key }) {
            html += "<article id=\"schema-\(slug(name))\"><h3>\(escape(name))</h3>\(renderSchema(schema))</article>"
        }
        html += "</section>"
        return page(title: title, body: html)
    }

    static func renderOperation(
        method: String, path: String, operation: [String: Any], shared: [[String: Any]], spec: [String: Any]
    ) -> String {
        let id = operation["operationId"] as? String ?? "\(method)\(path)"
        var html = "<article class=\"op\" id=\"op-\(slug(id))\"><h3><span class=\"m \(method)\">\(method.uppercased())</span> "
        html += "<code>/v1\(escape(path))</code> — \(escape(operation["summary"] as? String ?? id))</h3>"
        if let description = operation["description"] as? String { html += paragraphs(description) }
        let parameters = (shared + (operation["parameters"] as? [[String: Any]] ?? [])).map { resolve($0, spec) }
        if !parameters.isEmpty {
            html += "<table><tr><th>Parameter</th><th>In</th><th>Type</th><th>Description</th></tr>"
            for parameter in parameters {
                let required = parameter["required"] as? Bool == true ? " <em>required</em>" : ""
                html += "<tr><td><code>\(escape(parameter["name"] as? String ?? ""))</code>\(required)</td>"
                html += "<td>\(escape(parameter["in"] as? String ?? ""))</td>"
                html += "<td>\(typeName(parameter["schema"]))</td>"
                html += "<td>\(escape(parameter["description"] as? String ?? ""))</td></tr>"
            }
            html += "</table>"
        }
        if let body = operation["requestBody"] as? [String: Any], let content = body["content"] as? [String: Any] {
            for (type, media) in content {
                html += "<p><strong>Body</strong> <code>\(escape(type))</code>: \(typeName((media as? [String: Any])?["schema"]))</p>"
            }
        }
        html += "<ul class=\"responses\">"
        for (status, response) in (operation["responses"] as? [String: Any] ?? [:]).sorted(by: { $0.key < $1.key }) {
            let resolved = resolve(response as? [String: Any] ?? [:], spec)
            let content = (resolved["content"] as? [String: Any] ?? [:]).map {
                "<code>\(escape($0.key))</code> \(typeName(($0.value as? [String: Any])?["schema"]))"
            }.joined(separator: ", ")
            html += "<li><strong>\(escape(status))</strong> \(escape(resolved["description"] as? String ?? "")) \(content)</li>"
        }
        return html + "</ul></article>"
    }

    static func renderSchema(_ schema: Any) -> String {
        guard let schema = schema as? [String: Any] else { return "" }
        var html = ""
        if let description = schema["description"] as? String { html += paragraphs(description) }
        if let values = schema["enum"] as? [Any] {
            html += "<p>One of: " + values.map { "<code>\(escape("\($0)"))</code>" }.joined(separator: ", ") + "</p>"
        }
        guard let properties = schema["properties"] as? [String: Any] else { return html }
        let required = Set(schema["required"] as? [String] ?? [])
        html += "<table><tr><th>Field</th><th>Type</th><th>Description</th></tr>"
        for (name, property) in properties.sorted(by: { $0.key < $1.key }) {
            let flag = required.contains(name) ? " <em>required</em>" : ""
            html += "<tr><td><code>\(escape(name))</code>\(flag)</td><td>\(typeName(property))</td>"
            html += "<td>\(escape((property as? [String: Any])?["description"] as? String ?? ""))</td></tr>"
        }
        return html + "</table>"
    }

    /// `Customer` (linked), `array of Customer`, `string (date)`, `integer ≤ 100`…
    static func typeName(_ schema: Any?) -> String {
        guard let schema = schema as? [String: Any] else { return "" }
        if let ref = schema["$ref"] as? String {
            let name = ref.split(separator: "/").last.map(String.init) ?? ref
            return "<a href=\"#schema-\(slug(name))\">\(escape(name))</a>"
        }
        let type = schema["type"] as? String ?? "object"
        if type == "array" { return "array of " + typeName(schema["items"]) }
        var text = escape(type)
        if let format = schema["format"] as? String { text += " (\(escape(format)))" }
        if let values = schema["enum"] as? [Any] { text += ": " + values.map { escape("\($0)") }.joined(separator: " | ") }
        if let maximum = schema["maxLength"] { text += ", ≤ \(maximum) chars" }
        return text
    }

    static func resolve(_ object: [String: Any], _ spec: [String: Any]) -> [String: Any] {
        ContractSchema(root: spec).resolve(object)
    }

    static func paragraphs(_ text: String) -> String {
        text.components(separatedBy: "\n\n").map { paragraph in
            var html = escape(paragraph)
            // `code` and **bold**, the only markup the contract uses.
            html = html.replacingOccurrences(of: "\\*\\*([^*]+)\\*\\*", with: "<strong>$1</strong>", options: .regularExpression)
            html = html.replacingOccurrences(of: "`([^`]+)`", with: "<code>$1</code>", options: .regularExpression)
            return "<p>\(html)</p>"
        }.joined()
    }

    static func slug(_ text: String) -> String {
        String(text.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" })
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func page(title: String, body: String) -> String {
        """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(title))</title>
        <style>
        body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;max-width:980px;margin:0 auto;padding:1rem 1.5rem}
        h1 small{font-size:.5em;color:#57606a}h2{border-bottom:2px solid #0b6e4f;padding-bottom:.2rem;margin-top:2.5rem}
        code{background:#f3f4f6;padding:.05rem .3rem;border-radius:3px;font-size:.92em}
        table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
        th{background:#f6f8fa}.op{border-left:4px solid #d0d7de;padding-left:1rem;margin:1.5rem 0}
        .m{display:inline-block;min-width:4.2em;text-align:center;color:#fff;border-radius:3px;font-size:.8em;padding:.1rem .3rem}
        .get{background:#0969da}.post{background:#1a7f37}.patch{background:#9a6700}.delete{background:#cf222e}.put{background:#8250df}
        nav ul{display:flex;flex-wrap:wrap;gap:.8rem;list-style:none;padding:0}a{color:#0a58ca}a:focus{outline:3px solid #ffbf47}
        em{color:#cf222e;font-style:normal;font-size:.85em}
        </style></head><body>\(body)</body></html>
        """
    }
}
