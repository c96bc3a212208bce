namespace DeepClustering.Metrics;

/// <summary>
/// Optimal one-to-one assignment of rows to columns (the linear sum assignment problem), for rectangular matrices.
/// </summary>
/// <remarks>
/// Hand-written because no maintained .NET package for it is available in this project's package mirror: this is the
/// shortest-augmenting-path Hungarian method with row and column potentials (the Jonker-Volgenant family), O(r^2 c)
/// for r rows and c columns, r &lt;= c (a taller matrix is solved transposed).
/// </remarks>
public static class LinearAssignment
{
    /// <summary>Rows to columns minimising the total cost; result[row] = column, or -1 for rows left unassigned when rows outnumber columns.</summary>
    /// <exception cref="ArgumentException">A cost is NaN or infinite.</exception>
    public static int[] Minimize(double[,] cost)
    {
        ArgumentNullException.ThrowIfNull(cost);
        int rows = cost.GetLength(0), columns = cost.GetLength(1);
        foreach (var value in cost)
            if (!double.IsFinite(value)) throw new ArgumentException($"Assignment costs must be finite; found {value}.", nameof(cost));
        if (rows <= columns) return Solve(cost, rows, columns, transposed: false);
        var byColumn = Solve(cost, columns, rows, transposed: true);
        var result = Enumerable.Repeat(-1, rows).ToArray();
        for (var c = 0; c < columns; c++) result[byColumn[c]] = c;
        return result;
    }

    /// <summary>Rows to columns maximising the total profit; result[row] = column or -1.</summary>
    public static int[] Maximize(double[,] profit)
    {
        ArgumentNullException.ThrowIfNull(profit);
        var cost = new double[profit.GetLength(0), profit.GetLength(1)];
        for (var r = 0; r < profit.GetLength(0); r++)
            for (var c = 0; c < profit.GetLength(1); c++) cost[r, c] = -profit[r, c];
        return Minimize(cost);
    }

    // n <= m; a(i, j) reads cost[i, j] or cost[j, i] when transposed. Potentials u (rows), v (columns); p[j] = row (1-based)
    // holding column j; way[j] = previous column on the augmenting path.
    private static int[] Solve(double[,] cost, int n, int m, bool transposed)
    {
        double A(int i, int j) => transposed ? cost[j, i] : cost[i, j];
        var u = new double[n + 1];
        var v = new double[m + 1];
        var p = new int[m + 1];
        var way = new int[m + 1];
        var minv = new double[m + 1];
        var used = new bool[m + 1];
        for (var i = 1; i <= n; i++)
        {
            p[0] = i;
            var j0 = 0;
            Array.Fill(minv, double.PositiveInfinity);
            Array.Clear(used);
            do
            {
                used[j0] = true;
                int i0 = p[j0], j1 = 0;
                var delta = double.PositiveInfinity;
                for (var j = 1; j <= m; j++)
                {
                    if (used[j]) continue;
                    var reduced = A(i0 - 1, j - 1) - u[i0] - v[j];
                    if (reduced < minv[j]) { minv[j] = reduced; way[j] = j0; }
                    if (minv[j] < delta) { delta = minv[j]; j1 = j; }
                }
                for (var j = 0; j <= m; j++)
                {
                    if (used[j]) { u[p[j]] += delta; v[j] -= delta; }
                    else minv[j] -= delta;
                }
                j0 = j1;
            } while (p[j0] != 0);
            do
            {
                var j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        var result = Enumerable.Repeat(-1, n).ToArray();
        for (var j = 1; j <= m; j++)
            if (p[j] != 0) result[p[j] - 1] = j - 1;
        return result;
    }
}
