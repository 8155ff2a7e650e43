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
        return Query(_connection, "WITH " + SeriesSql(days, _odr), days);
    }

    /// <summary>
    /// DuckDB from the file alone: a new in-memory database reads the JSON Lines ledger at <paramref name="path"/> with
    /// <c>read_json</c> and derives the orders and the counting defect spans in SQL (the ODR rules of
    /// <paramref name="policy"/> written as SQL: negative feedback until removed, claims from filing (pending claims count)
    /// or from the decision, service chargebacks until won), then runs the same series query as <see cref="Run"/>.
    /// </summary>
    public static (List<(int Day, bool Afn, long Orders, long Defective)> Rows, long Checksum) RunOnFile(
        string path, MarketplacePolicy policy, DayWindow days)
    {
        if (policy.Reporting.Zone != NodaTime.DateTimeZone.Utc)
        {
            throw new ArgumentException($"the read_json benchmark counts days in UTC; policy's reporting zone is {policy.Reporting.Zone.Id}.", nameof(policy));
        }

        OrderDefectRatePolicy odr = policy.OrderDefectRate;
        string counting = string.Join(", ", odr.CountingClaimOutcomes.Select(o => $"'{o}'").Order(StringComparer.Ordinal));
        // The ledger's instants as DuckDB day numbers equal to DateOnly.DayNumber (UTC days; no time-zone extension needed).
        const string Day = "CAST(floor(epoch_ms({0}) / 86400000) AS INTEGER) + 719162";
        string day(string column) => string.Format(CultureInfo.InvariantCulture, Day, column);
        string claims = odr.PendingClaimsCount
            ? $"""
              SELECT orderId AS o, filedAt AS s,
                     CASE WHEN decidedAt IS NOT NULL AND NOT COALESCE(outcome IN ({counting}), false) THEN decidedAt ELSE reversedAt END AS e
              FROM raw WHERE kind = 'claim'
              """
            : $"SELECT orderId AS o, decidedAt AS s, reversedAt AS e FROM raw WHERE kind = 'claim' AND outcome IN ({counting})";
        string escaped = path.Replace("'", "''", StringComparison.Ordinal);
        string sql = $$"""
            WITH raw AS (
                SELECT * FROM read_json('{{escaped}}', format = 'newline_delimited', columns = {
                    kind: 'VARCHAR', orderId: 'VARCHAR', channel: 'VARCHAR', purchasedAt: 'TIMESTAMPTZ',
                    rating: 'INTEGER', receivedAt: 'TIMESTAMPTZ', removedAt: 'TIMESTAMPTZ',
                    filedAt: 'TIMESTAMPTZ', decidedAt: 'TIMESTAMPTZ', reversedAt: 'TIMESTAMPTZ',
                    outcome: 'VARCHAR', type: 'VARCHAR'})),
            orders AS (
                SELECT orderId AS o, channel = 'AFN' AS afn, {{day("purchasedAt")}} AS p FROM raw WHERE kind = 'order'),
            spans AS (
                SELECT orderId AS o, receivedAt AS s, removedAt AS e FROM raw WHERE kind = 'feedback' AND rating <= {{odr.NegativeFeedbackMaxRating}}
                UNION ALL
                {{claims}}
                UNION ALL
                SELECT orderId AS o, receivedAt AS s, CASE WHEN outcome = 'DecidedForSeller' THEN decidedAt END AS e
                FROM raw WHERE kind = 'chargeback' AND type = 'Service'),
            defects AS (
                SELECT o, {{day("s")}} AS s, COALESCE({{day("e")}}, {{int.MaxValue}}) AS e FROM spans),
            """ + SeriesSql(days, odr);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        return Query(connection, sql, days);
    }

    /// <summary>Throws unless DuckDB's rows equal the engine's ODR counts on every day.</summary>
    public static void CheckEquals(List<(int Day, bool Afn, long Orders, long Defective)> rows, AccountHealthSeries series)
    {
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

    /// <summary>The series query's common table expressions after the tables or CTEs <c>orders(o, afn, p)</c> and
    /// <c>defects(o, s, e)</c>: rolling order counts and defective orders per day and channel.</summary>
    private static string SeriesSql(DayWindow days, OrderDefectRatePolicy odr)
    {
        int first = DayNumber.Of(days.From);
        int last = DayNumber.Of(days.To);
        int lag = odr.LagDays;
        int window = odr.WindowDays;
        return string.Format(CultureInfo.InvariantCulture, """
            days AS (
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
    }

    private static (List<(int Day, bool Afn, long Orders, long Defective)> Rows, long Checksum) Query(
        DuckDBConnection connection, string sql, DayWindow days)
    {
        int first = DayNumber.Of(days.From);
        int last = DayNumber.Of(days.To);
        using DuckDBCommand command = connection.CreateCommand();
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
    public void CheckEquals(AccountHealthSeries series, DayWindow days) => CheckEquals(Run(days).Rows, series);

    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using DuckDBCommand command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
