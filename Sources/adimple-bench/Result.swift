import Foundation

/// One scenario's figures, printed as a single JSON line.
struct ScenarioResult {
    enum Value {
        case int(Int)
        case double(Double)
        case string(String)
    }

    var fields: [String: Value]

    init(_ scenario: String, _ fields: [String: Value]) {
        self.fields = fields
        self.fields["scenario"] = .string(scenario)
    }

    func number(_ key: String) -> Double {
        switch fields[key] {
        case .int(let value): Double(value)
        case .double(let value): value
        default: 0
        }
    }

    var json: String {
        let body = fields.keys.sorted { ($0 == "scenario" ? "" : $0) < ($1 == "scenario" ? "" : $1) }.map { key -> String in
            let value: String
            switch fields[key]! {
            case .int(let number): value = String(number)
            case .double(let number): value = number.isFinite ? String(format: "%.3f", number) : "null"
            case .string(let text): value = "\"\(text)\""
            }
            return "\"\(key)\": \(value)"
        }
        return "{" + body.joined(separator: ", ") + "}"
    }
}

/// Wall-clock seconds of `body`.
func measure<T>(_ body: () async throws -> T) async rethrows -> (T, Double) {
    let start = ContinuousClock.now
    let result = try await body()
    return (result, seconds(ContinuousClock.now - start))
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

/// Peak resident memory of this process, in MiB (VmHWM).
func peakRSSMiB() -> Double {
    residentKiB(pid: "self", field: "VmHWM:") / 1024
}

/// A field of /proc/PID/status in KiB.
func residentKiB(pid: String, field: String = "VmRSS:") -> Double {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
    for line in text.split(separator: "\n") where line.hasPrefix(field) {
        let number = line.dropFirst(field.count).trimmingCharacters(in: .whitespaces).split(separator: " ").first
        return Double(number ?? "0") ?? 0
    }
    return 0
}

/// The value at quantile `q` (0…1) of sorted samples.
func percentile(_ sorted: [Double], _ q: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let index = min(sorted.count - 1, max(0, Int((q * Double(sorted.count)).rounded(.up)) - 1))
    return sorted[index]
}
