using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SellerPolicy.Ingestion.Internal;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>
/// Reads Amazon's GET_V2_SELLER_PERFORMANCE_REPORT JSON leniently into an <see cref="AmazonPerformanceReport"/>, whose
/// figures are also available as the metrics engine's own result types (<see cref="AmazonMarketplacePerformance.ToMetricResults"/>).
/// </summary>
/// <remarks>
/// <para>The report's schema has known naming defects; each is read under both names and noted:
/// <c>preFulfillmentCancellationRate</c> / <c>prefulfillmentCancelRate</c>, <c>accountHealthRatingStatus</c> /
/// <c>ahrStatus</c>. The channel of an ODR is its property name (<c>mfn</c>, <c>afn</c>), never its
/// <c>fulfillmentType</c> field. Status values outside the schema's enum (such as <c>SUSPENDED</c>) are kept as given.</para>
/// <para>Unknown properties are ignored. A metric whose value cannot be read (a rate that is not a number, a window
/// whose end is before its start) is left null and reported with its JSON path; the rest of the report is still read.
/// Rates are fractions (0.009 = 0.9 %); a window is the days of <c>reportingDateFrom</c> and <c>reportingDateTo</c>
/// in the offset each is written with (UTC, as Amazon writes them).</para>
/// <para>Each ODR and rate metric also becomes a metric result (<see cref="AmazonOrderDefectRate.Result"/>,
/// <see cref="AmazonRateMetric.Result"/>) with the report's window, counts and target (the built-in policy's when the report
/// has none, which is noted). Counts that are missing or contradict each other (Amazon's own example counts more valid-tracking
/// shipments than shipments) make no result; that is noted, never a problem, and Amazon's stated figures are kept.</para>
/// </remarks>
public static class AmazonPerformanceReportReader
{
    private static readonly OffsetDateTimePattern[] DatePatterns =
    [
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFFo<G>"),
    ];

    /// <summary>Reads the report at <paramref name="path"/>.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="name">The name used in problems; the path when null.</param>
    /// <returns>The report, its problems and notes.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static AmazonPerformanceReportResult ReadFile(string path, string? name = null)
        => ReadFile(path, name, null);

    /// <summary>Reads a report file; an entry that names no marketplace is taken as <paramref name="unnamedMarketplace"/> when given.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="name">The name used in problems (default: the path).</param>
    /// <param name="unnamedMarketplace">The marketplace of an entry without <c>marketplaceId</c> (Amazon omits it in a one-marketplace report), or null.</param>
    /// <returns>The report (null when unreadable), every problem and every note.</returns>
    public static AmazonPerformanceReportResult ReadFile(string path, string? name, MarketplaceId? unnamedMarketplace)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Read(File.ReadAllText(path), name ?? path, unnamedMarketplace);
    }

    /// <summary>Reads a report from its JSON text.</summary>
    /// <param name="json">The report's text.</param>
    /// <param name="file">The name used in problems.</param>
    /// <returns>The report, its problems and notes.</returns>
    public static AmazonPerformanceReportResult Read(string json, string file)
        => Read(json, file, null);

    /// <summary>Reads a report from JSON text; an entry that names no marketplace is taken as <paramref name="unnamedMarketplace"/> when given.</summary>
    /// <param name="json">The report text.</param>
    /// <param name="file">The name used in problems.</param>
    /// <param name="unnamedMarketplace">The marketplace of an entry without <c>marketplaceId</c>, or null.</param>
    /// <returns>The report (null when unreadable), every problem and every note.</returns>
    public static AmazonPerformanceReportResult Read(string json, string file, MarketplaceId? unnamedMarketplace)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        var state = new State(file);
        if (LoneSurrogate(json) is { } at)
        {
            // A string made in memory can hold half a surrogate pair; JSON text cannot (JsonDocument would throw).
            int character = at - json.LastIndexOf('\n', Math.Max(at - 1, 0));
            state.Problem($"line {json.AsSpan(0, at).Count('\n') + 1}", $"the text is not valid Unicode: character {character} of the line is half of a UTF-16 surrogate pair without its other half.");
            return state.Result(null);
        }

        JsonDocument document;
        try
        {
            document = Utf8Text.ParseDocument(Encoding.UTF8.GetBytes(json), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            state.Problem($"line {(ex.LineNumber ?? 0) + 1}", $"the file is not valid JSON: {ex.Message}");
            return state.Result(null);
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array && root.GetArrayLength() > 0)
            {
                // The schema's "examples" wrap the report in an array; accept a single-element wrapper.
                state.Notes.Add("the report is wrapped in an array (as in the schema's examples); its first element was read.");
                root = root[0];
            }

            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("performanceMetrics", out JsonElement metrics) || metrics.ValueKind != JsonValueKind.Array)
            {
                state.Problem("performanceMetrics", "the report has no performanceMetrics array.");
                return state.Result(null);
            }

            Dictionary<string, string> statuses = ReadStatuses(root, state);
            string? unnamed = unnamedMarketplace?.Value;
            string unnamedOrigin = "as given";
            if (unnamed is null && statuses.Count == 1)
            {
                unnamed = statuses.Keys.Single();
                unnamedOrigin = "the one marketplace of accountStatuses";
            }

            var marketplaces = ImmutableArray.CreateBuilder<AmazonMarketplacePerformance>();
            int index = 0;
            foreach (JsonElement entry in metrics.EnumerateArray())
            {
                string path = $"performanceMetrics[{index++}]";
                if (ReadMarketplace(entry, path, statuses, unnamed, unnamedOrigin, state) is { } marketplace)
                {
                    marketplaces.Add(marketplace);
                }
            }

            return state.Result(new AmazonPerformanceReport(marketplaces.ToImmutable()));
        }
    }

    private static Dictionary<string, string> ReadStatuses(JsonElement root, State state)
    {
        var statuses = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("accountStatuses", out JsonElement list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in list.EnumerateArray())
            {
                if (Text(item, "marketplaceId") is { } id && Text(item, "status") is { } status)
                {
                    statuses[id] = status;
                    if (status is not ("NORMAL" or "AT_RISK" or "DEACTIVATED"))
                    {
                        state.Notes.Add($"accountStatuses: status {status} of {id} is not in the schema's enum (NORMAL, AT_RISK, DEACTIVATED); kept as given.");
                    }
                }
            }
        }

        return statuses;
    }

    private static AmazonMarketplacePerformance? ReadMarketplace(JsonElement entry, string path, Dictionary<string, string> statuses, string? unnamed, string unnamedOrigin, State state)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            state.Problem(path, "is not an object; the entry was skipped.");
            return null;
        }

        string? id = Text(entry, "marketplaceId");
        if (string.IsNullOrWhiteSpace(id))
        {
            if (unnamed is null)
            {
                state.Problem($"{path}.marketplaceId",
                    "is missing and the report does not say which marketplace the entry is (accountStatuses names none or several): give the marketplace (--marketplace); the entry was skipped.");
                return null;
            }

            id = unnamed;
            state.Notes.Add($"{path}: names no marketplaceId; taken as {id} ({unnamedOrigin}).");
        }

        AmazonOrderDefectRate? mfn = null, afn = null;
        if (entry.TryGetProperty("orderDefectRate", out JsonElement odr) && odr.ValueKind == JsonValueKind.Object)
        {
            string odrPath = $"{path}.orderDefectRate";

            // Amazon states the window on each block; a block without one takes its parent's, its sibling's, or else the
            // policy's 60 days ending on the latest day the entry's other metrics state (noted: an assumption).
            DayWindow? fallback = OptionalWindow(odr, odrPath, state)
                                  ?? (odr.TryGetProperty("mfn", out JsonElement m) ? OptionalWindow(m, $"{odrPath}.mfn", state) : null)
                                  ?? (odr.TryGetProperty("afn", out JsonElement a) ? OptionalWindow(a, $"{odrPath}.afn", state) : null);
            string fallbackOrigin = "the orderDefectRate block's other window";
            if (fallback is null && LatestStatedDay(entry, path, state) is { } latest)
            {
                fallback = new DayWindow(latest.PlusDays(-(new OrderDefectRatePolicy().WindowDays - 1)), latest);
                fallbackOrigin = $"an assumption: the policy's {new OrderDefectRatePolicy().WindowDays} days ending on the latest day the entry's other metrics state";
            }

            mfn = ReadOdr(odr, "mfn", FulfillmentChannel.Mfn, odrPath, fallback, fallbackOrigin, state);
            afn = ReadOdr(odr, "afn", FulfillmentChannel.Afn, odrPath, fallback, fallbackOrigin, state);
        }

        string? ahr = null;
        if (entry.TryGetProperty("accountHealthRating", out JsonElement rating) && rating.ValueKind == JsonValueKind.Object)
        {
            ahr = Text(rating, "accountHealthRatingStatus");
            if (ahr is null && Text(rating, "ahrStatus") is { } alias)
            {
                ahr = alias;
                state.Notes.Add($"{path}.accountHealthRating: read ahrStatus (the schema's required name) for accountHealthRatingStatus.");
            }
        }

        return new AmazonMarketplacePerformance(
            new MarketplaceId(id),
            statuses.GetValueOrDefault(id),
            ahr,
            mfn,
            afn,
            ReadRate(entry, path, state, "cancellationCount", "orderCount", "preFulfillmentCancellationRate", "prefulfillmentCancelRate"),
            ReadRate(entry, path, state, "lateShipmentCount", "orderCount", "lateShipmentRate"),
            ReadRate(entry, path, state, "validTrackingCount", "shipmentCount", "validTrackingRate"),
            ReadRate(entry, path, state, "onTimeDeliveryCount", "shipmentCountWithValidTracking", "onTimeDeliveryRate"));
    }

    private static AmazonRateMetric? ReadRate(JsonElement entry, string path, State state, string numerator, string denominator, string name, params string[] aliases)
    {
        string used = name;
        if (!entry.TryGetProperty(name, out JsonElement metric))
        {
            string? alias = aliases.FirstOrDefault(a => entry.TryGetProperty(a, out _));
            if (alias is null)
            {
                return null;
            }

            used = alias;
            metric = entry.GetProperty(alias);
            state.Notes.Add($"{path}: read {alias} (the name in Amazon's example) as {name}.");
        }

        string at = $"{path}.{used}";
        if (metric.ValueKind != JsonValueKind.Object || Window(metric, at, state) is not { } window)
        {
            if (metric.ValueKind != JsonValueKind.Object)
            {
                state.Problem(at, "is not an object; the metric was skipped.");
            }

            return null;
        }

        var rate = new AmazonRateMetric(name, window, Count(metric, numerator, at, state), Count(metric, denominator, at, state),
            Number(metric, "rate", at, state), Target(metric, at, state), Text(metric, "status"));
        NoteResult(at, rate.Target, rate.ToResult(out string? whyNot), whyNot, state);
        return rate;
    }

    private static void NoteResult(string at, MetricTarget? target, MetricResult? result, string? whyNot, State state)
    {
        if (result is null)
        {
            state.Notes.Add($"{at}: {whyNot}; Amazon's figures are kept as stated, but they make no metric result.");
        }
        else if (target is null)
        {
            state.Notes.Add($"{at}: no LESS_THAN or GREATER_THAN target; its metric result uses the built-in policy's ({result.Target}).");
        }
    }

    private static AmazonOrderDefectRate? ReadOdr(JsonElement odr, string name, FulfillmentChannel channel, string path, DayWindow? fallback, string fallbackOrigin, State state)
    {
        if (!odr.TryGetProperty(name, out JsonElement metric))
        {
            return null;
        }

        string at = $"{path}.{name}";
        if (metric.ValueKind != JsonValueKind.Object)
        {
            state.Problem(at, "is not an object; the metric was skipped.");
            return null;
        }

        DayWindow? stated = metric.TryGetProperty("reportingDateRange", out _) ? Window(metric, at, state) : null;
        if (stated is null && metric.TryGetProperty("reportingDateRange", out _))
        {
            return null;
        }

        if (stated is null && fallback is null)
        {
            state.Problem($"{at}.reportingDateRange", "is missing, and no other window of the entry says which days it covers; the metric was skipped.");
            return null;
        }

        if (stated is null)
        {
            state.Notes.Add($"{at}: no reportingDateRange; its window {fallback!.Value.From:uuuu-MM-dd} to {fallback.Value.To:uuuu-MM-dd} is {fallbackOrigin}.");
        }

        DayWindow window = stated ?? fallback!.Value;
        int? withDefects = NestedCount(metric, "orderWithDefects", at, state);
        if (withDefects is null && Count(metric, "defectsCount", at, state) is { } defects)
        {
            withDefects = defects;
            state.Notes.Add($"{at}: read defectsCount (the schema's name on other metrics) as orderWithDefects.");
        }

        if (Text(metric, "fulfillmentType") is { } type && !string.Equals(type, name, StringComparison.OrdinalIgnoreCase))
        {
            state.Notes.Add($"{at}: fulfillmentType says '{type}'; the property name {name} was trusted.");
        }

        var rate = new AmazonOrderDefectRate(
            channel,
            window,
            Count(metric, "orderCount", at, state),
            withDefects,
            NestedCount(metric, "claims", at, state),
            NestedCount(metric, "chargebacks", at, state),
            NestedCount(metric, "negativeFeedback", at, state),
            Number(metric, "rate", at, state),
            Target(metric, at, state),
            Text(metric, "status"));
        NoteResult(at, rate.Target, rate.ToResult(out string? whyNot), whyNot, state);
        return rate;
    }

    /// <summary>The block's window when it states one (problems reported as <see cref="Window"/> does), else null silently.</summary>
    private static DayWindow? OptionalWindow(JsonElement metric, string path, State state)
        => metric.ValueKind == JsonValueKind.Object && metric.TryGetProperty("reportingDateRange", out _) ? Window(metric, path, new State(string.Empty)) : null;

    /// <summary>The latest reportingDateTo of the entry's metrics other than the ODR.</summary>
    private static LocalDate? LatestStatedDay(JsonElement entry, string path, State state)
    {
        LocalDate? latest = null;
        foreach (JsonProperty property in entry.EnumerateObject())
        {
            if (property.Name != "orderDefectRate" && OptionalWindow(property.Value, $"{path}.{property.Name}", state) is { } window && (latest is null || window.To > latest))
            {
                latest = window.To;
            }
        }

        return latest;
    }

    private static DayWindow? Window(JsonElement metric, string path, State state)
    {
        if (!metric.TryGetProperty("reportingDateRange", out JsonElement range) || range.ValueKind != JsonValueKind.Object)
        {
            state.Problem($"{path}.reportingDateRange", "is missing; the metric was skipped.");
            return null;
        }

        LocalDate? from = Day(range, "reportingDateFrom", $"{path}.reportingDateRange", state);
        LocalDate? to = Day(range, "reportingDateTo", $"{path}.reportingDateRange", state);
        if (from is null || to is null)
        {
            return null;
        }

        if (from > to)
        {
            state.Problem($"{path}.reportingDateRange", $"reportingDateFrom ({from:uuuu-MM-dd}) is after reportingDateTo ({to:uuuu-MM-dd}); the metric was skipped.");
            return null;
        }

        return new DayWindow(from.Value, to.Value);
    }

    private static LocalDate? Day(JsonElement range, string name, string path, State state)
    {
        string? text = Text(range, name);
        if (text is null)
        {
            state.Problem($"{path}.{name}", "is missing; the metric was skipped.");
            return null;
        }

        foreach (OffsetDateTimePattern pattern in DatePatterns)
        {
            if (pattern.Parse(text) is { Success: true } result)
            {
                return result.Value.Date;
            }
        }

        if (LocalDatePattern.Iso.Parse(text) is { Success: true } date)
        {
            return date.Value;
        }

        state.Problem($"{path}.{name}", $"'{text}' is not a date-time such as 2020-11-04T23:59Z; the metric was skipped.");
        return null;
    }

    private static int? NestedCount(JsonElement metric, string name, string path, State state)
        => metric.TryGetProperty(name, out JsonElement nested) && nested.ValueKind == JsonValueKind.Object
            ? Count(nested, "count", $"{path}.{name}", state)
            : null;

    private static int? Count(JsonElement metric, string name, string path, State state)
    {
        if (!metric.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int count) && count >= 0)
        {
            return count;
        }

        if (value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out count))
        {
            return count;
        }

        state.Problem($"{path}.{name}", $"expected a whole number of at least 0, was {value.GetRawText()}.");
        return null;
    }

    private static double? Number(JsonElement metric, string name, string path, State state)
    {
        if (!metric.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String && double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        state.Problem($"{path}.{name}", $"expected a number, was {value.GetRawText()}.");
        return null;
    }

    private static MetricTarget? Target(JsonElement metric, string path, State state)
    {
        double? value = Number(metric, "targetValue", path, state);
        TargetCondition? condition = Text(metric, "targetCondition") switch
        {
            "LESS_THAN" => TargetCondition.LessThan,
            "GREATER_THAN" => TargetCondition.GreaterThan,
            _ => null,
        };
        if (value is not { } v || condition is not { } c)
        {
            return null;
        }

        if (v is < 0 or > 1)
        {
            state.Problem($"{path}.targetValue", $"expected a fraction between 0 and 1, was {v.ToString(CultureInfo.InvariantCulture)}.");
            return null;
        }

        return new MetricTarget(v, c);
    }

    private static string? Text(JsonElement element, string name)
        => element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static int? LoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return i;
            }
        }

        return null;
    }

    private sealed class State(string file)
    {
        private readonly List<AmazonReportProblem> _problems = [];

        public List<string> Notes { get; } = [];

        public void Problem(string path, string message) => _problems.Add(new AmazonReportProblem(file, path, message));

        public AmazonPerformanceReportResult Result(AmazonPerformanceReport? report) => new(report, [.. _problems], [.. Notes.Distinct()]);
    }
}
