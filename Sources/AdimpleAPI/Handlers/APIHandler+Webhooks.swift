import AdimpleCore
import HTTPTypes
internal import Foundation

extension APIHandler {
    package func listWebhookEndpoints(_ input: Operations.ListWebhookEndpoints.Input) async throws
        -> Operations.ListWebhookEndpoints.Output
    {
        let limit = pageSize(input.query.limit)
        let after = input.query.startingAfter.map(WebhookEndpoint.ID.init)
        let page = Page(try await store.read { try await $0.webhooks.endpoints(after: after, limit: limit + 1) }, limit: limit) {
            $0.id.rawValue
        }
        return .ok(.init(body: .json(.init(object: .list, data: page.items.map { Components.Schemas.WebhookEndpoint($0) },
            hasMore: page.hasMore, nextCursor: page.nextCursor))))
    }

    package func createWebhookEndpoint(_ input: Operations.CreateWebhookEndpoint.Input) async throws
        -> Operations.CreateWebhookEndpoint.Output
    {
        guard case .json(let body) = input.body else { throw APIError.badRequest("Send JSON.") }
        try await environment.checkWebhookURL(body.url)
        let now = environment.clock.now()
        let endpoint = WebhookEndpoint(
            id: environment.ids.next(.webhookEndpoint), url: body.url,
            eventTypes: Self.eventTypes(body.events), description: body.description, secret: WebhookEndpoint.newSecret(),
            enabled: true, disabledReason: nil, createdAt: now, updatedAt: now)
        let actor = try actor
        try await store.write { session in
            try await session.webhooks.insertEndpoint(endpoint)
            try await session.audit.append(
                AuditEntry(
                    id: environment.ids.next(.audit), at: now, actor: actor, action: "webhook_endpoint.created",
                    entityType: "webhook_endpoint", entityID: endpoint.id.rawValue, before: nil,
                    after: Self.auditJSON(endpoint)))
        }
        return .created(.init(body: .json(.init(endpoint, showSecret: true))))
    }

    package func getWebhookEndpoint(_ input: Operations.GetWebhookEndpoint.Input) async throws
        -> Operations.GetWebhookEndpoint.Output
    {
        .ok(.init(body: .json(.init(try await findEndpoint(input.path.id)))))
    }

    package func updateWebhookEndpoint(_ input: Operations.UpdateWebhookEndpoint.Input) async throws
        -> Operations.UpdateWebhookEndpoint.Output
    {
        guard case .json(let body) = input.body else { throw APIError.badRequest("Send JSON.") }
        if let url = body.url { try await environment.checkWebhookURL(url) }
        let actor = try actor
        let now = environment.clock.now()
        let endpoint = try await store.write { session in
            guard let existing = try await session.webhooks.endpoint(WebhookEndpoint.ID(input.path.id)) else {
                throw APIError.notFound("webhook endpoint", input.path.id)
            }
            var endpoint = existing
            if let url = body.url { endpoint.url = url }
            if let events = body.events { endpoint.eventTypes = Self.eventTypes(events) }
            if let description = body.description { endpoint.description = description }
            if let enabled = body.enabled {
                endpoint.enabled = enabled
                endpoint.disabledReason = enabled ? nil : "disabled through the API"
            }
            endpoint.updatedAt = now
            try await session.webhooks.updateEndpoint(endpoint)
            try await session.audit.append(
                AuditEntry(
                    id: environment.ids.next(.audit), at: now, actor: actor, action: "webhook_endpoint.updated",
                    entityType: "webhook_endpoint", entityID: endpoint.id.rawValue, before: Self.auditJSON(existing),
                    after: Self.auditJSON(endpoint)))
            return endpoint
        }
        return .ok(.init(body: .json(.init(endpoint))))
    }

    package func deleteWebhookEndpoint(_ input: Operations.DeleteWebhookEndpoint.Input) async throws
        -> Operations.DeleteWebhookEndpoint.Output
    {
        let actor = try actor
        let now = environment.clock.now()
        try await store.write { session in
            guard let existing = try await session.webhooks.endpoint(WebhookEndpoint.ID(input.path.id)) else {
                throw APIError.notFound("webhook endpoint", input.path.id)
            }
            _ = try await session.webhooks.failPendingDeliveries(endpointID: existing.id, reason: "endpoint deleted")
            try await session.webhooks.deleteEndpoint(existing.id)
            try await session.audit.append(
                AuditEntry(
                    id: environment.ids.next(.audit), at: now, actor: actor, action: "webhook_endpoint.deleted",
                    entityType: "webhook_endpoint", entityID: existing.id.rawValue, before: Self.auditJSON(existing),
                    after: nil))
        }
        return .ok(.init(body: .json(.init(id: input.path.id, object: "webhook_endpoint", deleted: true))))
    }

    package func listWebhookDeliveries(_ input: Operations.ListWebhookDeliveries.Input) async throws
        -> Operations.ListWebhookDeliveries.Output
    {
        let limit = pageSize(input.query.limit)
        let endpoint = try await findEndpoint(input.path.id)
        let filter = WebhookDeliveryFilter(
            endpointID: endpoint.id, status: input.query.status.flatMap { WebhookDelivery.Status(rawValue: $0.rawValue) },
            after: input.query.startingAfter.map(WebhookDelivery.ID.init), limit: limit + 1)
        let page = Page(try await store.read { try await $0.webhooks.deliveries(filter) }, limit: limit) { $0.id.rawValue }
        return .ok(.init(body: .json(.init(object: .list, data: page.items.map { Components.Schemas.WebhookDelivery($0) },
            hasMore: page.hasMore, nextCursor: page.nextCursor))))
    }

    package func getWebhookDelivery(_ input: Operations.GetWebhookDelivery.Input) async throws
        -> Operations.GetWebhookDelivery.Output
    {
        let id = WebhookDelivery.ID(input.path.id)
        let (delivery, attempts) = try await store.read { session in
            (try await session.webhooks.delivery(id), try await session.webhooks.attempts(deliveryID: id))
        }
        guard let delivery else { throw APIError.notFound("webhook delivery", input.path.id) }
        return .ok(.init(body: .json(.init(delivery, attempts: attempts))))
    }

    package func replayWebhookDelivery(_ input: Operations.ReplayWebhookDelivery.Input) async throws
        -> Operations.ReplayWebhookDelivery.Output
    {
        let actor = try actor
        let now = environment.clock.now()
        let delivery: WebhookDelivery
        do {
            delivery = try await store.write { session in
                let delivery = try await WebhookDelivery.replay(WebhookDelivery.ID(input.path.id), at: now, in: session)
                try await session.audit.append(
                    AuditEntry(
                        id: environment.ids.next(.audit), at: now, actor: actor, action: "webhook_delivery.replayed",
                        entityType: "webhook_delivery", entityID: delivery.id.rawValue, before: nil, after: nil))
                return delivery
            }
        } catch let error as DomainError where error.code == .notFound {
            throw APIError.notFound("webhook delivery", input.path.id)
        } catch let error as DomainError where error.code == .conflict {
            throw APIError(.conflict, type: "endpoint-disabled", title: "Endpoint disabled", detail: error.messageEN)
        }
        return .accepted(.init(body: .json(.init(delivery))))
    }

    func findEndpoint(_ id: String) async throws -> WebhookEndpoint {
        guard let endpoint = try await store.read({ try await $0.webhooks.endpoint(WebhookEndpoint.ID(id)) }) else {
            throw APIError.notFound("webhook endpoint", id)
        }
        return endpoint
    }

    static func eventTypes(_ types: [Components.Schemas.EventType]?) -> [EventType] {
        var seen = Set<EventType>()
        return (types ?? []).compactMap { EventType(rawValue: $0.rawValue) }.filter { seen.insert($0).inserted }
    }

    /// The endpoint for the audit log, without its secret.
    static func auditJSON(_ endpoint: WebhookEndpoint) -> String {
        let object: [String: String] = [
            "url": endpoint.url, "events": endpoint.eventTypes.map(\.rawValue).joined(separator: ","),
            "enabled": String(endpoint.enabled), "description": endpoint.description ?? "",
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
