import BrazilKit
import Foundation
import Synchronization

/// Where the current time comes from. Injected everywhere so tests can travel in time.
public protocol WallClock: Sendable {
    /// The current instant.
    func now() -> Date
}

extension WallClock {
    /// Today's civil date in America/Sao_Paulo, the calendar every business rule uses.
    public func today() -> CivilDate {
        CivilDate.today(at: now(), in: .saoPaulo)
    }
}

/// The machine's clock.
public struct SystemWallClock: WallClock {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock that only moves when told to: for tests, the demo and time travel.
public final class ManualClock: WallClock {
    private let current: Mutex<Date>

    public init(_ start: Date) { current = Mutex(start) }

    /// A clock set to noon in São Paulo on the given civil date.
    public convenience init(civil date: CivilDate, hour: Int = 12) {
        self.init(date.startOfDay(in: .saoPaulo).addingTimeInterval(TimeInterval(hour * 3600)))
    }

    public func now() -> Date { current.withLock { $0 } }

    /// Moves the clock forward (or back) by the given seconds.
    public func advance(by seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }

    /// Moves the clock forward by whole days.
    public func advance(days: Int) { advance(by: TimeInterval(days) * 86_400) }

    /// Sets the clock.
    public func set(_ date: Date) { current.withLock { $0 = date } }
}
