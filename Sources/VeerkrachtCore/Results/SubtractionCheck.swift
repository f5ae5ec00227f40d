import Foundation

/// The exact test behind rule 5 of `Disclosure`, for the unit tree and one band dimension.
///
/// What is shown splits the people into regions: per shown unit what it holds beyond its shown
/// sub-units (a *row*), and per band what a shown band group holds beyond the shown band groups
/// below it (a *column*; people whose band has no shown group at all share one column). Every
/// own group of one unit in one band lies in one row and one column: an edge between them,
/// weighted by its people. A figure follows from the shown ones by adding and subtracting
/// exactly when it is the total of the edges leaving a set of vertices in one direction only
/// (rows inside to columns outside, never columns inside to rows outside). So nothing below the
/// threshold can be recovered when, for every edge below it, the maximum flow from its row to
/// its column — edges carrying their weight from row to column and without limit back — reaches
/// the threshold.
struct SubtractionCheck {
    struct Edge: Hashable { let row: Int, column: Int }

    private let rows: Int
    private let vertexCount: Int
    private let weights: [Edge: Int]
    private var arcs: [[Int]]
    private var capacity: [Int: Int] = [:]
    private static let unlimited = Int.max / 4

    /// Rows are numbered 0..<rows, columns rows..<rows+columns.
    init(rows: Int, columns: Int, weights: [Edge: Int]) {
        self.rows = rows
        vertexCount = rows + columns
        self.weights = weights
        arcs = Array(repeating: [], count: rows + columns)
        for (edge, weight) in weights where weight > 0 {
            let (from, to) = (edge.row, rows + edge.column)
            arcs[from].append(to)
            arcs[to].append(from)
            capacity[key(from, to), default: 0] += weight
            capacity[key(to, from)] = Self.unlimited
        }
    }

    /// The edges below the threshold whose weight can be recovered, alone or together with
    /// other small edges, in a fixed order.
    func recoverableEdges(threshold: Int) -> [Edge] {
        weights.filter { $0.value > 0 && $0.value < threshold }.keys
            .sorted { ($0.row, $0.column) < ($1.row, $1.column) }
            .filter { maximumFlow(from: $0.row, to: rows + $0.column, atLeast: threshold) < threshold }
    }

    private func key(_ from: Int, _ to: Int) -> Int { from * vertexCount + to }

    /// Augmenting paths found breadth first, stopping as soon as the flow reaches `atLeast`.
    private func maximumFlow(from source: Int, to sink: Int, atLeast target: Int) -> Int {
        var residual = capacity
        var flow = 0
        while flow < target {
            var previous = [Int](repeating: -1, count: vertexCount)
            previous[source] = source
            var queue = [source]
            var head = 0
            while head < queue.count, previous[sink] < 0 {
                let vertex = queue[head]
                head += 1
                for next in arcs[vertex] where previous[next] < 0 && residual[key(vertex, next), default: 0] > 0 {
                    previous[next] = vertex
                    queue.append(next)
                }
            }
            guard previous[sink] >= 0 else { break }
            var bottleneck = Self.unlimited
            var vertex = sink
            while vertex != source {
                bottleneck = min(bottleneck, residual[key(previous[vertex], vertex), default: 0])
                vertex = previous[vertex]
            }
            vertex = sink
            while vertex != source {
                residual[key(previous[vertex], vertex), default: 0] -= bottleneck
                residual[key(vertex, previous[vertex]), default: 0] += bottleneck
                vertex = previous[vertex]
            }
            flow += bottleneck
        }
        return flow
    }
}
