using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using NodaTime;
using SellerPolicy.Claims;
using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Metrics.Tracking;
using SellerPolicy.Orleans.Contracts;
using SellerPolicy.Orleans.Grains;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Orleans.Library;

/// <summary>
/// One seller account's records and health, in the library's terms: its <see cref="SellerLedger"/> (one version of each
/// record), the <see cref="AccountHealthTracker"/> kept up to date from it, and their persisted form. With
/// <see cref="HealthReports"/>, the only place the package calls into SellerPolicy and SellerPolicy.Ingestion.
/// </summary>
/// <remarks>
/// <para><b>Validation.</b> A batch is read by the ledger file reader together with the records held (the held version of a
/// record the batch also holds is left out), so every rule of the file reader applies across the whole account, and each
/// problem on a batch line is located by the batch's name and that line, as the reader locates a file's.</para>
/// <para><b>Versions.</b> A record the batch holds in a version that knows less than the held one (an older latest fact
/// instant, or the same and fewer facts) is stale: the held version stays. This is the tracker's own rule, so the tracker and
/// the ledger always hold the same version.</para>
/// </remarks>
internal sealed class SellerBook
{
    /// <summary>The persisted form this version writes: Brotli-compressed segments of the ledger file.</summary>
    public const int FormatVersion = 1;

    /// <summary>How many segments the persisted form holds before they are compacted into one.</summary>
    public const int SegmentsBeforeCompaction = 16;

    private const string StoredName = "stored records";

    private readonly MarketplacePolicy _policy;
    private readonly Dictionary<OrderId, OrderHistory> _changed = [];
    private SellerLedger _ledger;
    private int _orderCount;
    private readonly Dictionary<string, string> _keys;
    private AccountHealthTracker _tracker;
    private Instant? _latest;

    private SellerBook(MarketplacePolicy policy, SellerLedger ledger)
    {
        _policy = policy;
        _ledger = ledger;
        _keys = new Dictionary<string, string>(StringComparer.Ordinal);
        _tracker = new AccountHealthTracker(policy);
        foreach ((string key, object record) in RecordsOf(ledger))
        {
            _keys.Add(key, OrderOf(record).Value);
            Feed(record);
            _orderCount += record is Order ? 1 : 0;
        }
    }

    /// <summary>Gets the number of records held.</summary>
    public int RecordCount => _keys.Count;

    /// <summary>Gets the number of orders held.</summary>
    public int OrderCount => _orderCount;

    /// <summary>
    /// Gets every record held as one ledger. Batches change the histories of a few orders; they are kept aside and merged
    /// into the ledger (O(records)) only when it is asked for or when many have piled up.
    /// </summary>
    private SellerLedger Ledger
    {
        get
        {
            if (_changed.Count > 0)
            {
                _ledger = Merged(null);
                _changed.Clear();
            }

            return _ledger;
        }
    }

    /// <summary>Gets the reporting day of the latest fact of the records, or null when there are none.</summary>
    public LocalDate? LatestDay => _latest is { } at ? _policy.Reporting.DayOf(at) : null;

    /// <summary>Returns the problems of a policy (empty when valid).</summary>
    public static ImmutableArray<string> PolicyProblems(MarketplacePolicy policy) => PolicyValidator.Validate(policy);

    /// <summary>Opens an account's records from its persisted state (empty when never written).</summary>
    /// <exception cref="InvalidDataException">The state is of an unknown format or its records do not read back.</exception>
    public static SellerBook Open(SellerRecordsState state, MarketplacePolicy policy)
    {
        if (state.FormatVersion == 0 && state.Segments.Count == 0)
        {
            return new SellerBook(policy, SellerLedger.Empty);
        }

        if (state.FormatVersion != FormatVersion)
        {
            throw new InvalidDataException($"stored records have format version {state.FormatVersion}; this version reads format {FormatVersion}.");
        }

        // Later segments supersede earlier ones record by record.
        var latest = new Dictionary<string, string>(StringComparer.Ordinal);
        var unkeyed = new HashSet<string>(StringComparer.Ordinal);
        foreach (byte[] segment in state.Segments)
        {
            foreach (string line in Decompress(segment).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                if (LineOf(line) is { } info)
                {
                    latest[info.Key] = line;
                }
                else
                {
                    unkeyed.Add(line);
                }
            }
        }

        LedgerBuildResult read = LedgerReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(string.Join('\n', latest.Values.Concat(unkeyed)))), StoredName);
        if (!read.Succeeded)
        {
            throw new InvalidDataException($"stored records do not read back: {read.Problems[0]}");
        }

        return new SellerBook(policy, read.Ledger!);
    }

    /// <summary>
    /// Validates a batch against the records held and works out what it changes, without changing anything. Only the
    /// histories of the orders the batch touches are read with it: every rule of the file reader across records is a rule
    /// within one order, and a record's identity (hence uniqueness) is checked against every record held.
    /// </summary>
    public BatchPlan Plan(RecordBatch batch, int maxRecords)
    {
        string name = string.IsNullOrWhiteSpace(batch.Name) ? "records" : batch.Name;
        string[] lines = (batch.Lines ?? string.Empty).TrimStart('\uFEFF').Split('\n');
        int records = lines.Count(l => !string.IsNullOrWhiteSpace(l));
        if (records > maxRecords)
        {
            return BatchPlan.Refused([ToProblem(new LedgerProblem(
                LedgerProblemKind.InvalidValue, $"{name} holds {records} records, more than MaxRecordsPerBatch ({maxRecords}); split it."))]);
        }

        RecordLine?[] batchLines = [.. lines.Select(LineOf)];
        List<RecordProblem> moved = [];
        for (int i = 0; i < batchLines.Length; i++)
        {
            if (batchLines[i] is { } line && _keys.TryGetValue(line.Key, out string? heldOrder) && heldOrder != line.OrderId)
            {
                moved.Add(ToProblem(new LedgerProblem(
                    LedgerProblemKind.DuplicateId,
                    $"{line.Kind} {line.Key[2..]} is recorded for order {heldOrder}; a version for order {line.OrderId} is refused (a record keeps its order).",
                    new SourceLocation(name, i + 1),
                    line.Kind == "claim" ? "claimId" : line.Kind == "chargeback" ? "chargebackId" : "returnId")));
            }
        }

        if (moved.Count > 0)
        {
            return BatchPlan.Refused([.. moved]);
        }

        HashSet<string> replaced = [.. batchLines.OfType<RecordLine>().Select(l => l.Key).Where(_keys.ContainsKey)];
        ImmutableArray<OrderHistory> touched = [.. batchLines.OfType<RecordLine>().Select(l => l.OrderId).Distinct()
            .Select(id => new OrderId(id)).Select(HistoryOrNull).OfType<OrderHistory>()];
        string[] heldLines = WriteLines(w => LedgerWriter.Write(touched, w));

        (LedgerBuildResult read, int heldCount, string[] readLines) = ReadWith(name, heldLines, lines, replaced, skip: null);
        if (!read.Succeeded)
        {
            return BatchPlan.Refused([.. read.Problems.Select(p => Relocate(p, name, heldCount))]);
        }

        SellerLedger part = read.Ledger!;
        HashSet<string> changed = [.. RecordsOf(part).Select(r => r.Key).Where(k => !_keys.ContainsKey(k))];
        int added = changed.Count, updated = 0, unchanged = 0, stale = 0;
        if (replaced.Count > 0)
        {
            Dictionary<string, object> held = touched.SelectMany(RecordsOf).Where(r => replaced.Contains(r.Key)).ToDictionary(r => r.Key, r => r.Record);
            Dictionary<string, object> offered = RecordsOf(part).Where(r => replaced.Contains(r.Key)).ToDictionary(r => r.Key, r => r.Record);
            Dictionary<string, string> heldText = KeyedLines(heldLines, replaced);
            Dictionary<string, string> offeredText = KeyedLines(WriteLines(w => LedgerWriter.Write(part, w)), replaced);
            HashSet<string> staleKeys = [];
            foreach (string key in replaced)
            {
                if (!Wins(offered[key], held[key]))
                {
                    stale++;
                    staleKeys.Add(key);
                }
                else if (heldText[key] == offeredText[key])
                {
                    unchanged++;
                }
                else
                {
                    updated++;
                    changed.Add(key);
                }
            }

            if (staleKeys.Count > 0)
            {
                // The held versions of stale records stay: read again with them in place of the batch's.
                replaced.ExceptWith(staleKeys);
                (read, heldCount, readLines) = ReadWith(name, heldLines, lines, replaced, skip: staleKeys);
                if (!read.Succeeded)
                {
                    return BatchPlan.Refused([.. read.Problems.Select(p => Relocate(p, name, heldCount))]);
                }

                part = read.Ledger!;
            }
        }

        if (changed.Count == 0)
        {
            return new BatchPlan(new RecordBatchResult(true, 0, 0, unchanged, stale, RecordCount, []), null, [], []);
        }

        ImmutableArray<object> feed = [.. RecordsOf(part).Where(r => changed.Contains(r.Key)).Select(r => r.Record)];
        var result = new RecordBatchResult(true, added, updated, unchanged, stale, RecordCount + added, []);
        return new BatchPlan(result, part, feed, readLines);
    }

    /// <summary>
    /// Returns the persisted state after an accepted plan: the previous segments and one more with the histories the plan
    /// touched, or, every <see cref="SegmentsBeforeCompaction"/> batches, one segment of all records.
    /// </summary>
    public SellerRecordsState StateAfter(BatchPlan plan, SellerRecordsState previous)
    {
        List<byte[]> segments = previous.Segments.Count + 1 >= SegmentsBeforeCompaction
            ? [Compress(WriteLines(w => LedgerWriter.Write(Merged(plan.Ledger), w)))]
            : [.. previous.Segments, Compress(plan.Lines)];
        return new SellerRecordsState
        {
            FormatVersion = FormatVersion,
            Segments = segments,
            RecordCount = plan.Result.RecordsHeld,
            Batches = previous.Batches + 1,
        };
    }

    /// <summary>Applies an accepted plan: the records held become the plan's, the tracker records what changed.</summary>
    public void Apply(BatchPlan plan)
    {
        if (plan.Ledger is not { } next)
        {
            return;
        }

        foreach (Order order in next.Orders)
        {
            _changed[order.OrderId] = next.GetHistory(order.OrderId);
        }

        foreach (object record in plan.Feed)
        {
            _orderCount += record is Order && !_keys.ContainsKey(KeyOf(record)) ? 1 : 0;
            _keys[KeyOf(record)] = OrderOf(record).Value;
            Feed(record);
        }

        if (_changed.Count > Math.Max(1_000, _orderCount / 4))
        {
            _ = Ledger;
        }
    }

    /// <summary>Returns the health as of a day (from the tracker), with the orders that hurt each metric.</summary>
    public SellerHealth Snapshot(SellerAccountId account, LocalDate asOf) => HealthReports.Health(account, _tracker.Snapshot(asOf), withOrderIds: true);

    /// <summary>Returns the status of every metric as of a day, by report name.</summary>
    public ImmutableArray<(string Metric, string Status, double Rate)> Statuses(LocalDate asOf)
        => [.. _tracker.Snapshot(asOf).Metrics.Select(m => (m.Name, HealthReports.StatusName(m.Status), m.Rate))];

    /// <summary>Returns the health on every day of a range, without order ids.</summary>
    public SellerHealthSeries Series(SellerAccountId account, LocalDate from, LocalDate to)
    {
        ImmutableArray<SellerHealth> days = [.. new DayWindow(from, to).EnumerateDays().Select(day => HealthReports.Health(account, _tracker.Snapshot(day), withOrderIds: false))];
        return new SellerHealthSeries(account, from, to, days);
    }

    /// <summary>Returns the forecast as of a day (the batch forecaster over the records held).</summary>
    public SellerForecast Forecast(SellerAccountId account, LocalDate asOf) => HealthReports.Forecast(account, AccountHealth.Forecast(Ledger, asOf, _policy));

    /// <summary>Returns the A-to-z claim eligibility of an order held.</summary>
    /// <exception cref="ArgumentException">The order is not held, or the reason is unknown.</exception>
    public ClaimCheck Claim(SellerAccountId account, string orderId, string reason, Instant at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        var id = new OrderId(orderId);
        if (HistoryOrNull(id) is not { } history)
        {
            throw new ArgumentException($"order {orderId} is not recorded for seller account {account}.", nameof(orderId));
        }

        if (string.IsNullOrWhiteSpace(reason) || char.IsAsciiDigit(reason[0]) || !Enum.TryParse(reason, ignoreCase: true, out ClaimReason parsed) || !Enum.IsDefined(parsed))
        {
            throw new ArgumentException($"reason must be one of {string.Join(", ", Enum.GetNames<ClaimReason>())}, was '{reason}'.", nameof(reason));
        }

        return HealthReports.Claim(ClaimEligibilityRules.Evaluate(history, parsed, at, _policy));
    }

    /// <summary>Returns the records held as the ledger writer writes them.</summary>
    public string Export()
    {
        using var text = new MemoryStream();
        LedgerWriter.Write(Ledger, text);
        return Encoding.UTF8.GetString(text.GetBuffer(), 0, (int)text.Length);
    }

    /// <summary>
    /// Returns the kind, identity and order of one ledger line (null when the line is blank or not a record this can
    /// read: the reader then names its problem).
    /// </summary>
    internal static RecordLine? LineOf(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return null;
        }

        try
        {
            using JsonDocument json = JsonDocument.Parse(line);
            JsonElement root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            string? Text(string field) => root.TryGetProperty(field, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            string? At(string field) => Text(field) is { } s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTimeOffset at)
                ? Instant.FromDateTimeOffset(at).ToUnixTimeTicks().ToString(CultureInfo.InvariantCulture)
                : null;
            string? kind = Text("kind")?.ToLowerInvariant();
            string? key = kind switch
            {
                "order" => Key("o|", Text("orderId")),
                "feedback" => Key("f|", Text("orderId")),
                "claim" => Key("c|", Text("claimId")),
                "chargeback" => Key("b|", Text("chargebackId")),
                "return" => Text("returnId") is { } rma ? Key("r|", rma) : Key("r|", Text("orderId"), Text("sku"), At("requestedAt")),
                "contact" => Key("t|", Text("orderId"), At("buyerContactedAt")),
                _ => null,
            };
            return key is not null && Text("orderId") is { } orderId ? new RecordLine(kind!, key, orderId) : null;
        }
        catch (JsonException)
        {
            return null;
        }

        static string? Key(string prefix, params string?[] parts) => parts.Any(p => p is null) ? null : prefix + string.Join('|', parts);
    }

    /// <summary>Returns the identity of one record, equal to the key <see cref="LineOf"/> gives its line.</summary>
    internal static string KeyOf(object record)
    {
        static string Ticks(Instant at) => at.ToUnixTimeTicks().ToString(CultureInfo.InvariantCulture);
        return record switch
        {
            Order o => "o|" + o.OrderId.Value,
            Feedback f => "f|" + f.OrderId.Value,
            AtoZClaim c => "c|" + c.ClaimId.Value,
            Chargeback b => "b|" + b.ChargebackId.Value,
            ReturnRequest r => r.ReturnId is { } rma ? "r|" + rma.Value : $"r|{r.OrderId.Value}|{r.Sku.Value}|{Ticks(r.RequestedAt)}",
            BuyerContact t => $"t|{t.OrderId.Value}|{Ticks(t.BuyerContactedAt)}",
            _ => throw new ArgumentException($"record must be a ledger record, was {record.GetType().Name}.", nameof(record)),
        };
    }

    private static OrderId OrderOf(object record) => record switch
    {
        Order o => o.OrderId,
        Feedback f => f.OrderId,
        AtoZClaim c => c.OrderId,
        Chargeback b => b.OrderId,
        ReturnRequest r => r.OrderId,
        BuyerContact t => t.OrderId,
        _ => throw new ArgumentException($"record must be a ledger record, was {record.GetType().Name}.", nameof(record)),
    };

    private static IEnumerable<(string Key, object Record)> RecordsOf(SellerLedger ledger)
    {
        foreach (Order order in ledger.Orders)
        {
            yield return (KeyOf(order), order);
        }

        foreach (object record in ledger.Feedback.Cast<object>().Concat(ledger.Claims).Concat(ledger.Chargebacks).Concat(ledger.Returns).Concat(ledger.Contacts))
        {
            yield return (KeyOf(record), record);
        }
    }

    private static IEnumerable<(string Key, object Record)> RecordsOf(OrderHistory history)
        => new object[] { history.Order }.Concat(history.Feedback).Concat(history.Claims).Concat(history.Chargebacks).Concat(history.Returns).Concat(history.Contacts)
            .Select(r => (KeyOf(r), r));

    private static Dictionary<string, string> KeyedLines(string[] lines, HashSet<string> keys)
    {
        var keyed = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string line in lines)
        {
            if (LineOf(line) is { } info && keys.Contains(info.Key))
            {
                keyed[info.Key] = line;
            }
        }

        return keyed;
    }

    private static string[] WriteLines(Action<Stream> write)
    {
        using var text = new MemoryStream();
        write(text);
        return Encoding.UTF8.GetString(text.GetBuffer(), 0, (int)text.Length).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private static byte[] Compress(string[] lines)
    {
        byte[] text = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        using var compressed = new MemoryStream();
        using (var brotli = new BrotliStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            brotli.Write(text);
        }

        return compressed.ToArray();
    }

    private static string Decompress(byte[] segment)
    {
        using var brotli = new BrotliStream(new MemoryStream(segment, writable: false), CompressionMode.Decompress);
        using var reader = new StreamReader(brotli, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>Returns the history of an order held, or null.</summary>
    private OrderHistory? HistoryOrNull(OrderId id)
        => _changed.TryGetValue(id, out OrderHistory? changed) ? changed : _ledger.ContainsOrder(id) ? _ledger.GetHistory(id) : null;

    /// <summary>Returns every record held (and those of <paramref name="part"/>, whose histories win) as one ledger.</summary>
    private SellerLedger Merged(SellerLedger? part)
    {
        if (_changed.Count == 0 && (part is null || part.Orders.IsEmpty))
        {
            return _ledger;
        }

        HashSet<OrderId> replaced = [.. _changed.Keys];
        if (part is not null)
        {
            foreach (Order order in part.Orders)
            {
                replaced.Add(order.OrderId);
            }
        }

        SellerLedger.Builder merged = SellerLedger.CreateBuilder();
        foreach (Order order in _ledger.Orders)
        {
            if (!replaced.Contains(order.OrderId))
            {
                merged.Add(_ledger.GetHistory(order.OrderId));
            }
        }

        foreach ((OrderId id, OrderHistory history) in _changed)
        {
            if (part is null || !part.ContainsOrder(id))
            {
                merged.Add(history);
            }
        }

        if (part is not null)
        {
            merged.AddRange(part);
        }

        return merged.ToImmutable();
    }

    private void Feed(object record)
    {
        Instant latest;
        switch (record)
        {
            case Order o: _tracker.Record(o); latest = RecordVersions.LatestFact(o); break;
            case Feedback f: _tracker.Record(f); latest = RecordVersions.LatestFact(f); break;
            case AtoZClaim c: _tracker.Record(c); latest = RecordVersions.LatestFact(c); break;
            case Chargeback b: _tracker.Record(b); latest = RecordVersions.LatestFact(b); break;
            case ReturnRequest r: _tracker.Record(r); latest = RecordVersions.LatestFact(r); break;
            case BuyerContact t: latest = RecordVersions.LatestFact(t); break; // contacts count in no metric; the ledger holds them for claim eligibility
            default: return;
        }

        _latest = _latest is { } held && held > latest ? held : latest;
    }

    /// <summary>
    /// Reads the held lines (without the <paramref name="replaced"/> records) followed by the batch's lines (with the
    /// <paramref name="skip"/> ones blanked, so line numbers stay), as one ledger file.
    /// </summary>
    private static (LedgerBuildResult Read, int HeldLines, string[] Lines) ReadWith(string name, string[] heldLines, string[] lines, HashSet<string> replaced, HashSet<string>? skip)
    {
        var text = new StringBuilder();
        int heldCount = 0;
        foreach (string line in heldLines)
        {
            if (replaced.Count == 0 || LineOf(line) is not { } info || !replaced.Contains(info.Key))
            {
                text.Append(line).Append('\n');
                heldCount++;
            }
        }

        for (int i = 0; i < lines.Length; i++)
        {
            if (skip is null || LineOf(lines[i]) is not { } info || !skip.Contains(info.Key))
            {
                text.Append(lines[i]);
            }

            if (i < lines.Length - 1)
            {
                text.Append('\n');
            }
        }

        string combined = text.ToString();
        return (LedgerReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(combined)), name), heldCount,
            combined.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    /// <summary>Locates a problem of the combined read on the batch's own line (held lines are not the client's).</summary>
    private static RecordProblem Relocate(LedgerProblem problem, string name, int heldLines)
    {
        LedgerProblem located = problem.Location is { Line: > 0 } at
            ? at.Line > heldLines
                ? problem with { Location = new SourceLocation(name, at.Line - heldLines) }
                : problem with { Location = null, Message = "a held record no longer fits: " + problem.Message }
            : problem;
        return ToProblem(located);
    }

    private static RecordProblem ToProblem(LedgerProblem p)
        => new(p.Kind.ToString(), p.Message, p.Location?.File, p.Location?.Line, p.Field, p.ToString());

    /// <summary>Returns whether the offered version of a record replaces the held one (<see cref="RecordVersions"/>'s rule).</summary>
    private static bool Wins(object offered, object held) => (offered, held) switch
    {
        (Order o, Order h) => RecordVersions.Wins(o, h),
        (Feedback o, Feedback h) => RecordVersions.Wins(o, h),
        (AtoZClaim o, AtoZClaim h) => RecordVersions.Wins(o, h),
        (Chargeback o, Chargeback h) => RecordVersions.Wins(o, h),
        (ReturnRequest o, ReturnRequest h) => RecordVersions.Wins(o, h),
        (BuyerContact o, BuyerContact h) => RecordVersions.Wins(o, h),
        _ => throw new InvalidOperationException($"two versions of one record are of one kind; offered a {offered.GetType().Name}, held a {held.GetType().Name}."),
    };
}

/// <summary>What a batch would do: refused with problems, or accepted with the records it leads to.</summary>
/// <param name="Result">The result to return.</param>
/// <param name="Ledger">The histories of every order the batch touched, as they are after it; null when it changes nothing (or is refused).</param>
/// <param name="Feed">The records new or changed, for the tracker.</param>
/// <param name="Lines">The lines read with the batch (the touched histories and the batch's records): the next stored segment.</param>
internal sealed record BatchPlan(RecordBatchResult Result, SellerLedger? Ledger, ImmutableArray<object> Feed, string[] Lines)
{
    public static BatchPlan Refused(ImmutableArray<RecordProblem> problems) => new(new RecordBatchResult(false, 0, 0, 0, 0, 0, problems), null, [], []);
}

/// <summary>What a ledger line is, read without the reader: its kind, identity and order.</summary>
/// <param name="Kind">The record kind (<c>order</c>, <c>claim</c>, …).</param>
/// <param name="Key">The identity of the record among the account's records.</param>
/// <param name="OrderId">The order it belongs to.</param>
internal sealed record RecordLine(string Kind, string Key, string OrderId);
