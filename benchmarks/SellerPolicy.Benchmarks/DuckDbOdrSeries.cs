using System.Globalization;
using DuckDB.NET.Data;
using SellerPolicy.Claims;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Benchmarks;

/// <summary>
/// The DuckDB baseline: an in-process database holding the orders (id, channel, purchase day) and the counting defect
/// spans (feedback, claims, chargebacks as as-of day intervals, derived with the library's own rules), loaded with the
/// appender; <see cref="Run"/> computes the ODR series (MFN and AFN: orders in the window and orders with a defect) in one
/// SQL query: a window function for the rolling order counts and a range join for the defective orders.
/// </summary>
internal sealed class DuckDbOdrSeries : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly OrderDefectRatePolicy _odr;

    public DuckDbOdrSeries(SellerLedger ledger, MarketplacePolicy policy)
    {
        _odr = policy.OrderDefectRate;
        _connection = new DuckDBConnection("DataSource=:memory:");
        _connection.Open();
        Execute("CREATE TABLE orders (o INTEGER NOT NULL, afn BOOLEAN NOT NULL, p INTEGER NOT NULL)");
        Execute("CREATE TABLE defects (o INTEGER NOT NULL, s INTEGER NOT NULL, e INTEGER NOT NULL)");
        ReportingCalendar calendar = policy.Reporting;
        var index = new Dictionary<OrderId, int>(ledger.Orders.Length);
        using (DuckDBAppender appender = _connection.CreateAppender("orders"))
        {
            foreach (Order order in ledger.Orders)
            {
                int o = index.Count;
                index.Add(order.OrderId, o);
                appender.CreateRow()
                    .AppendValue(o)
                    .AppendValue(order.Channel == FulfillmentChannel.Afn)
                    .AppendValue(DayNumber.Of(calendar, order.PurchasedAt))
                    .EndRow();
            }
        }

        using (DuckDBAppender appender = _connection.CreateAppender("defects"))
        {
            void Add(OrderId orderId, KnownSpan? span)
            {
                if (span is { } known)
                {
                    (int s, int e) = DayNumber.AsOfDays(calendar, known);
                    appender.CreateRow().AppendValue(index[orderId]).AppendValue(s).AppendValue(e).EndRow();
                }
            }

            foreach (Feedback f in ledger.Feedback)
            {
                Add(f.OrderId, FeedbackOdrRule.CountingSpan(f, _odr));
            }

            foreach (AtoZClaim c in ledger.Claims)
            {
                Add(c.OrderId, ClaimOdrRule.CountingSpan(c, _odr));
            }

            foreach (Chargeback c in ledger.Chargebacks)
            {
                Add(c.OrderId, ChargebackOdrRule.CountingSpan(c));
            }
        }
    }

    /// <summary>Runs the query for <paramref name="days"/>; returns the rows (day, afn, orders, defective) and a checksum.</summary>
    public (List<(int Day, bool Afn, long Orders, long Defective)> Rows, long Checksum) Run(DayWindow days)
    {
        int first = DayNumber.Of(days.From);
        int last = DayNumber.Of(days.To);
        int lag = _odr.LagDays;
        int window = _odr.WindowDays;
        string sql = string.Format(CultureInfo.InvariantCulture, """
            WITH days AS (
                SELECT CAST(range AS INTEGER) AS d FROM range({0}, {1} + 1)),
            per_day AS (
                SELECT p, afn, count(*) AS n FROM orders WHERE p BETWEEN {0} - {2} - {3} + 1 AND {1} - {2} GROUP BY p, afn),
            calendar AS (
                SELECT c.p, a.afn, COALESCE(pd.n, 0) AS n
                FROM (SELECT CAST(range AS INTEGER) AS p FROM range({0} - {2} - {3} + 1, {1} - {2} + 1)) c
                CROSS JOIN (VALUES (false), (true)) a(afn)
                LEFT JOIN per_day pd ON pd.p = c.p AND pd.afn = a.afn),
            order_counts AS (
                SELECT p + {2} AS d, afn,
                       CAST(SUM(n) OVER (PARTITION BY afn ORDER BY p ROWS BETWEEN {3} - 1 PRECEDING AND CURRENT ROW) AS BIGINT) AS orders
                FROM calendar),
            defective AS (
                SELECT days.d, o.afn, COUNT(DISTINCT o.o) AS defective
                FROM defects x
                JOIN orders o ON o.o = x.o
                JOIN days ON x.s <= days.d AND x.e > days.d
                WHERE o.p BETWEEN days.d - {2} - {3} + 1 AND days.d - {2}
                GROUP BY days.d, o.afn)
            SELECT oc.d, oc.afn, oc.orders, CAST(COALESCE(df.defective, 0) AS BIGINT) AS defective
            FROM order_counts oc
            LEFT JOIN defective df ON df.d = oc.d AND df.afn = oc.afn
            WHERE oc.d BETWEEN {0} AND {1}
            ORDER BY oc.d, oc.afn
            """, first, last, lag, window);
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<(int, bool, long, long)>(2 * (last - first + 1));
        long checksum = 0;
        while (reader.Read())
        {
            var row = (reader.GetInt32(0), reader.GetBoolean(1), reader.GetInt64(2), reader.GetInt64(3));
            rows.Add(row);
            checksum += row.Item3 + (31 * row.Item4);
        }

        return (rows, checksum);
    }

    /// <summary>Throws unless DuckDB's series equals the engine's ODR counts on every day.</summary>
    public void CheckEquals(AccountHealthSeries series, DayWindow days)
    {
        var rows = Run(days).Rows;
        if (rows.Count != 2 * series.Counts.Length)
        {
            throw new InvalidOperationException($"DuckDB returned {rows.Count} rows, expected {2 * series.Counts.Length}.");
        }

        for (int i = 0; i < rows.Count; i++)
        {
            (int day, bool afn, long orders, long defective) = rows[i];
            AccountHealthCounts c = series.CountsOn(DayNumber.ToDate(day));
            (long, long) expected = afn ? (c.AfnOrderCount, c.AfnOrderWithDefects) : (c.MfnOrderCount, c.MfnOrderWithDefects);
            if ((orders, defective) != expected)
            {
                throw new InvalidOperationException($"DuckDB and the engine disagree on {DayNumber.ToDate(day)} {(afn ? "AFN" : "MFN")}: {(orders, defective)} vs {expected}.");
            }
        }
    }

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
