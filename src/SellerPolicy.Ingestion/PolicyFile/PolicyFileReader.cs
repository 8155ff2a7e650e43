using System.Collections.Immutable;
using System.Text.Json;
using SellerPolicy.Ingestion.Internal;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Marketplaces;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Ingestion.PolicyFile;

/// <summary>
/// Reads a policy override file (docs/policies.md): a JSON object that names a built-in base policy and
/// overrides some of its numbers. The overrides apply to every version of the base timeline, so old orders
/// keep their era's other rules.
/// </summary>
/// <remarks>
/// Unlike the ledger, a policy file rejects unknown fields: a misspelt override (<c>"lagDay"</c>) would
/// otherwise be ignored and the seller would believe the lag had changed. Every problem is reported at once.
/// </remarks>
public static class PolicyFileReader
{
    private static readonly string[] TopLevel =
    [
        "basePolicy", "name", "reportingTimeZone", "orderDefectRate", "preFulfillmentCancellation", "lateShipment",
        "lateShipment10Day", "validTracking", "onTimeDelivery", "returnDissatisfaction", "claims", "returns",
    ];

    private static readonly string[] RollingFields = ["windowDays", "target"];

    /// <summary>Reads a policy file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The timeline, or every problem found.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static PolicyFileResult ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using FileStream stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path));
    }

    /// <summary>Reads a policy file from a stream.</summary>
    /// <param name="stream">The JSON content.</param>
    /// <param name="fileName">The name used in problem messages.</param>
    /// <returns>The timeline, or every problem found.</returns>
    public static PolicyFileResult Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var problems = new List<string>();
        ReadOnlyMemory<byte> bytes = Utf8Text.ReadDocument(stream, out string? encoding);
        if (encoding is not null)
        {
            return Fail($"{fileName}: {encoding}");
        }

        JsonDocument document;
        try
        {
            document = Utf8Text.ParseDocument(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            return Fail($"{fileName}: not valid JSON: {ex.Message}");
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail($"{fileName}: a policy file must be a JSON object.");
            }

            var reader = new Reader(fileName, problems);
            reader.Unknown(root, "", TopLevel);
            string baseName = reader.String(root, "basePolicy") ?? AmazonPolicies.Name;
            if (!MarketplacePacks.TryGetTimeline(baseName, out PolicyTimeline? baseTimeline))
            {
                problems.Add($"{fileName}: basePolicy must be one of {string.Join(", ", MarketplacePacks.Names)}, was '{baseName}'.");
                return Fail([.. problems]);
            }

            string name = reader.String(root, "name") ?? baseTimeline!.Name + "-custom";
            DateTimeZone? zone = null;
            if (reader.String(root, "reportingTimeZone") is { } zoneId)
            {
                zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId);
                if (zone is null)
                {
                    problems.Add($"{fileName}: reportingTimeZone must be an IANA time zone id such as Europe/Berlin, was '{zoneId}'.");
                }
            }

            var versions = new List<MarketplacePolicy>();
            foreach (MarketplacePolicy version in baseTimeline!.Versions)
            {
                int before = problems.Count;
                MarketplacePolicy changed = Apply(version, root, reader, name, zone);
                if (versions.Count > 0)
                {
                    problems.RemoveRange(before, problems.Count - before); // the same field problems for every version: report once
                }

                foreach (string error in PolicyValidator.Validate(changed))
                {
                    string message = $"{fileName}: {error}";
                    if (!problems.Contains(message))
                    {
                        problems.Add(message);
                    }
                }

                versions.Add(changed);
            }

            return problems.Count > 0 ? Fail([.. problems]) : new PolicyFileResult(new PolicyTimeline(versions), []);
        }
    }

    private static PolicyFileResult Fail(params string[] problems) => new(null, [.. problems]);

    private static MarketplacePolicy Apply(MarketplacePolicy p, JsonElement root, Reader r, string name, DateTimeZone? zone)
    {
        p = p with { Name = name, Reporting = zone is null ? p.Reporting : new ReportingCalendar(zone) };
        if (r.Object(root, "orderDefectRate") is { } odr)
        {
            r.Unknown(odr, "orderDefectRate.", ["windowDays", "lagDays", "target", "pendingClaimsCount", "negativeFeedbackMaxRating", "countingClaimOutcomes"]);
            p = p with
            {
                OrderDefectRate = p.OrderDefectRate with
                {
                    WindowDays = r.Int(odr, "windowDays", "orderDefectRate.") ?? p.OrderDefectRate.WindowDays,
                    LagDays = r.Int(odr, "lagDays", "orderDefectRate.") ?? p.OrderDefectRate.LagDays,
                    Target = r.Target(odr, "orderDefectRate.", p.OrderDefectRate.Target),
                    PendingClaimsCount = r.Bool(odr, "pendingClaimsCount", "orderDefectRate.") ?? p.OrderDefectRate.PendingClaimsCount,
                    NegativeFeedbackMaxRating = r.Int(odr, "negativeFeedbackMaxRating", "orderDefectRate.") ?? p.OrderDefectRate.NegativeFeedbackMaxRating,
                    CountingClaimOutcomes = r.Enums<ClaimOutcome>(odr, "countingClaimOutcomes", "orderDefectRate.") is { } outcomes
                        ? ImmutableHashSet.CreateRange(outcomes)
                        : p.OrderDefectRate.CountingClaimOutcomes,
                },
            };
        }

        RollingMetricPolicy Rolling(string field, RollingMetricPolicy current)
        {
            if (r.Object(root, field) is not { } element)
            {
                return current;
            }

            r.Unknown(element, field + ".", RollingFields);
            return new RollingMetricPolicy(r.Int(element, "windowDays", field + ".") ?? current.WindowDays, r.Target(element, field + ".", current.Target));
        }

        p = p with
        {
            PreFulfillmentCancellation = Rolling("preFulfillmentCancellation", p.PreFulfillmentCancellation),
            LateShipment = Rolling("lateShipment", p.LateShipment),
            LateShipment10Day = Rolling("lateShipment10Day", p.LateShipment10Day),
            ValidTracking = Rolling("validTracking", p.ValidTracking),
            OnTimeDelivery = Rolling("onTimeDelivery", p.OnTimeDelivery),
        };

        if (r.Object(root, "returnDissatisfaction") is { } rd)
        {
            r.Unknown(rd, "returnDissatisfaction.", ["windowDays", "target", "responseHours"]);
            r.Removed(rd, "responseHours", "returnDissatisfaction.", "returns.responseHours, the one return response time the rate and the deadlines use");
            p = p with
            {
                ReturnDissatisfaction = p.ReturnDissatisfaction with
                {
                    WindowDays = r.Int(rd, "windowDays", "returnDissatisfaction.") ?? p.ReturnDissatisfaction.WindowDays,
                    Target = r.Target(rd, "returnDissatisfaction.", p.ReturnDissatisfaction.Target),
                },
            };
        }

        if (r.Object(root, "claims") is { } claims)
        {
            r.Unknown(claims, "claims.", [
                "contactWaitHours", "notReceivedOpensAfterDeliveryHours", "notReceivedOpensAfterPurchaseDays", "windowDays", "windowBasis",
                "returnShipWithinDays", "informationRequestResponseHours", "buyerMessageResponseHours", "appealWindowDays",
                "chargebackResponseDays", "planOfActionDays", "notCoveredCategories", "notCoveredReasons"]);
            ClaimPolicy c = p.Claims;
            p = p with
            {
                Claims = c with
                {
                    ContactWait = r.Hours(claims, "contactWaitHours", "claims.") ?? c.ContactWait,
                    NotReceivedOpensAfterDelivery = r.Hours(claims, "notReceivedOpensAfterDeliveryHours", "claims.") ?? c.NotReceivedOpensAfterDelivery,
                    NotReceivedOpensAfterPurchase = r.Has(claims, "notReceivedOpensAfterPurchaseDays")
                        ? r.Days(claims, "notReceivedOpensAfterPurchaseDays", "claims.")
                        : c.NotReceivedOpensAfterPurchase,
                    WindowLength = r.Days(claims, "windowDays", "claims.") ?? c.WindowLength,
                    WindowBasis = r.Enum(claims, "windowBasis", "claims.", c.WindowBasis),
                    ReturnShipWithinDays = r.Int(claims, "returnShipWithinDays", "claims.") ?? c.ReturnShipWithinDays,
                    InformationRequestResponse = r.Hours(claims, "informationRequestResponseHours", "claims.") ?? c.InformationRequestResponse,
                    BuyerMessageResponse = r.Hours(claims, "buyerMessageResponseHours", "claims.") ?? c.BuyerMessageResponse,
                    AppealWindow = r.Days(claims, "appealWindowDays", "claims.") ?? c.AppealWindow,
                    ChargebackResponse = r.Days(claims, "chargebackResponseDays", "claims.") ?? c.ChargebackResponse,
                    PlanOfAction = r.Days(claims, "planOfActionDays", "claims.") ?? c.PlanOfAction,
                    NotCoveredCategories = r.Strings(claims, "notCoveredCategories", "claims.", "category names") is { } categories
                        ? ImmutableHashSet.CreateRange(StringComparer.OrdinalIgnoreCase, categories)
                        : c.NotCoveredCategories,
                    NotCoveredReasons = r.Enums<ClaimReason>(claims, "notCoveredReasons", "claims.") is { } reasons
                        ? ImmutableHashSet.CreateRange(reasons)
                        : c.NotCoveredReasons,
                },
            };
        }

        if (r.Object(root, "returns") is { } returns)
        {
            r.Unknown(returns, "returns.", [
                "windowDays", "windowBasis", "labelValidDays", "refundBusinessDays", "responseHours", "holidays", "holidayExtensions",
                "sellerFaultReasons", "buyerFaultReasons", "maxRestockingFeeRates", "lateReturnRestockingFeeRate", "photoEvidenceFromRate"]);
            ReturnPolicy rp = p.Returns;
            p = p with
            {
                Returns = rp with
                {
                    WindowDays = r.Int(returns, "windowDays", "returns.") ?? rp.WindowDays,
                    WindowBasis = r.Enum(returns, "windowBasis", "returns.", rp.WindowBasis),
                    LabelValidDays = r.Int(returns, "labelValidDays", "returns.") ?? rp.LabelValidDays,
                    RefundBusinessDays = r.Int(returns, "refundBusinessDays", "returns.") ?? rp.RefundBusinessDays,
                    ResponseTime = r.Hours(returns, "responseHours", "returns.") ?? rp.ResponseTime,
                    Holidays = r.Dates(returns, "holidays", "returns.") ?? rp.Holidays,
                    HolidayExtensions = r.HolidayExtensions(returns, "holidayExtensions", "returns.") ?? rp.HolidayExtensions,
                    SellerFaultReasons = r.Strings(returns, "sellerFaultReasons", "returns.", "reason codes") is { } seller
                        ? ImmutableHashSet.CreateRange(StringComparer.OrdinalIgnoreCase, seller)
                        : rp.SellerFaultReasons,
                    BuyerFaultReasons = r.Strings(returns, "buyerFaultReasons", "returns.", "reason codes") is { } buyer
                        ? ImmutableHashSet.CreateRange(StringComparer.OrdinalIgnoreCase, buyer)
                        : rp.BuyerFaultReasons,
                    MaxRestockingFeeRates = r.FeeRates(returns, "maxRestockingFeeRates", "returns.", rp.MaxRestockingFeeRates),
                    LateReturnRestockingFeeRate = r.Decimal(returns, "lateReturnRestockingFeeRate", "returns.") ?? rp.LateReturnRestockingFeeRate,
                    PhotoEvidenceFromRate = r.Decimal(returns, "photoEvidenceFromRate", "returns.") ?? rp.PhotoEvidenceFromRate,
                },
            };
        }

        return p;
    }

    private sealed class Reader(string fileName, List<string> problems)
    {
        private const int TenYearsInDays = 3653;
        private const int TenYearsInHours = TenYearsInDays * 24;

        public void Unknown(JsonElement element, string prefix, string[] known)
        {
            foreach (JsonProperty property in element.EnumerateObject())
            {
                if (!known.Contains(property.Name, StringComparer.Ordinal))
                {
                    Problem(prefix + property.Name, $"is not a policy field; expected one of {string.Join(", ", known)}");
                }
            }
        }

        public bool Has(JsonElement element, string name) => element.TryGetProperty(name, out _);

        /// <summary>Reports a field that was removed, naming what replaces it.</summary>
        public void Removed(JsonElement element, string name, string prefix, string replacement)
        {
            if (Has(element, name))
            {
                Problem(prefix + name, $"was removed; set {replacement}");
            }
        }

        public JsonElement? Object(JsonElement element, string name)
        {
            if (!element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Object)
            {
                Problem(name, "must be an object");
                return null;
            }

            return value;
        }

        public string? String(JsonElement element, string name)
        {
            if (!element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()))
            {
                return value.GetString();
            }

            Problem(name, "must be a non-empty string");
            return null;
        }

        public int? Int(JsonElement element, string name, string prefix)
        {
            if (!element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int result))
            {
                return result;
            }

            Problem(prefix + name, $"must be a whole number, was {value.GetRawText()}");
            return null;
        }

        public bool? Bool(JsonElement element, string name, string prefix)
        {
            if (!element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
            {
                return value.GetBoolean();
            }

            Problem(prefix + name, $"must be true or false, was {value.GetRawText()}");
            return null;
        }

        public Duration? Hours(JsonElement element, string name, string prefix) => Span(element, name, prefix, "hours", TenYearsInHours, Duration.FromHours);

        public Duration? Days(JsonElement element, string name, string prefix) => Span(element, name, prefix, "days", TenYearsInDays, Duration.FromDays);

        /// <summary>
        /// A duration in whole units, at most ten years either way: no deadline or window is that long, and a larger number
        /// (a typo) would not fit a <see cref="Duration"/> or would overflow the instants it is added to.
        /// </summary>
        private Duration? Span(JsonElement element, string name, string prefix, string unit, int limit, Func<int, Duration> of)
        {
            if (Int(element, name, prefix) is not { } count)
            {
                return null;
            }

            if (count < -limit || count > limit)
            {
                Problem(prefix + name, $"must be at most {limit} {unit} (10 years), was {count}");
                return null;
            }

            return of(count);
        }

        public MetricTarget Target(JsonElement element, string prefix, MetricTarget current)
        {
            if (!element.TryGetProperty("target", out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            {
                return current;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double fraction) && fraction is >= 0 and <= 1)
            {
                return new MetricTarget(fraction, current.Condition);
            }

            Problem(prefix + "target", $"must be a fraction between 0 and 1 (0.01 = 1 %), was {value.GetRawText()}");
            return current;
        }

        public TEnum Enum<TEnum>(JsonElement element, string name, string prefix, TEnum current)
            where TEnum : struct, Enum
        {
            if (!element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            {
                return current;
            }

            if (value.ValueKind == JsonValueKind.String && System.Enum.TryParse(value.GetString(), ignoreCase: true, out TEnum parsed)
                && System.Enum.IsDefined(parsed) && !char.IsDigit(value.GetString()![0]))
            {
                return parsed;
            }

            Problem(prefix + name, $"must be one of {string.Join(", ", System.Enum.GetNames<TEnum>())}, was {value.GetRawText()}");
            return current;
        }

        public ImmutableArray<LocalDate>? Dates(JsonElement element, string name, string prefix)
        {
            if (!element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                Problem(prefix + name, "must be an array of dates YYYY-MM-DD");
                return null;
            }

            var dates = ImmutableArray.CreateBuilder<LocalDate>();
            int i = 0;
            foreach (JsonElement item in value.EnumerateArray())
            {
                var parsed = item.ValueKind == JsonValueKind.String ? NodaTime.Text.LocalDatePattern.Iso.Parse(item.GetString()!) : null;
                if (parsed is { Success: true })
                {
                    dates.Add(parsed.Value);
                }
                else
                {
                    Problem($"{prefix}{name}[{i}]", $"must be a date YYYY-MM-DD, was {item.GetRawText()}");
                }

                i++;
            }

            return dates.ToImmutable();
        }

        public decimal? Decimal(JsonElement element, string name, string prefix)
        {
            if (!element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out decimal result))
            {
                return result;
            }

            Problem(prefix + name, $"must be a number, was {value.GetRawText()}");
            return null;
        }

        public LocalDate? Date(JsonElement element, string name, string prefix)
        {
            if (!element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            {
                Problem(prefix + name, "is required");
                return null;
            }

            if (value.ValueKind == JsonValueKind.String && NodaTime.Text.LocalDatePattern.Iso.Parse(value.GetString()!) is { Success: true } parsed)
            {
                return parsed.Value;
            }

            Problem(prefix + name, $"must be a date YYYY-MM-DD, was {value.GetRawText()}");
            return null;
        }

        public ImmutableArray<string>? Strings(JsonElement element, string name, string prefix, string what)
        {
            if (Array(element, name, prefix, $"must be an array of {what}") is not { } value)
            {
                return null;
            }

            var items = ImmutableArray.CreateBuilder<string>();
            int i = 0;
            foreach (JsonElement item in value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(item.GetString()))
                {
                    items.Add(item.GetString()!);
                }
                else
                {
                    Problem($"{prefix}{name}[{i}]", $"must be a non-empty string, was {item.GetRawText()}");
                }

                i++;
            }

            return items.ToImmutable();
        }

        public ImmutableArray<TEnum>? Enums<TEnum>(JsonElement element, string name, string prefix)
            where TEnum : struct, Enum
        {
            if (Array(element, name, prefix, $"must be an array of {string.Join(", ", System.Enum.GetNames<TEnum>())}") is not { } value)
            {
                return null;
            }

            var items = ImmutableArray.CreateBuilder<TEnum>();
            int i = 0;
            foreach (JsonElement item in value.EnumerateArray())
            {
                if (ParseEnum<TEnum>(item) is { } parsed)
                {
                    items.Add(parsed);
                }
                else
                {
                    Problem($"{prefix}{name}[{i}]", $"must be one of {string.Join(", ", System.Enum.GetNames<TEnum>())}, was {item.GetRawText()}");
                }

                i++;
            }

            return items.ToImmutable();
        }

        public ImmutableArray<HolidayReturnExtension>? HolidayExtensions(JsonElement element, string name, string prefix)
        {
            if (Array(element, name, prefix, "must be an array of objects {\"basis\", \"from\", \"to\", \"returnBy\"}") is not { } value)
            {
                return null;
            }

            var items = ImmutableArray.CreateBuilder<HolidayReturnExtension>();
            int i = 0;
            foreach (JsonElement item in value.EnumerateArray())
            {
                string at = $"{prefix}{name}[{i++}]";
                if (item.ValueKind != JsonValueKind.Object)
                {
                    Problem(at, $"must be an object {{\"basis\", \"from\", \"to\", \"returnBy\"}}, was {item.GetRawText()}");
                    continue;
                }

                Unknown(item, at + ".", ["basis", "from", "to", "returnBy"]);
                HolidayBasis? basis = null;
                if (!item.TryGetProperty("basis", out JsonElement basisValue) || basisValue.ValueKind == JsonValueKind.Null)
                {
                    Problem(at + ".basis", "is required");
                }
                else if ((basis = ParseEnum<HolidayBasis>(basisValue)) is null)
                {
                    Problem(at + ".basis", $"must be one of {string.Join(", ", System.Enum.GetNames<HolidayBasis>())}, was {basisValue.GetRawText()}");
                }

                LocalDate? from = Date(item, "from", at + ".");
                LocalDate? to = Date(item, "to", at + ".");
                LocalDate? returnBy = Date(item, "returnBy", at + ".");
                if (from > to)
                {
                    Problem(at, $"from ({from:uuuu-MM-dd}) must not be after to ({to:uuuu-MM-dd})");
                }
                else if (basis is { } b && from is { } f && to is { } t && returnBy is { } r)
                {
                    items.Add(new HolidayReturnExtension(b, new DayWindow(f, t), r));
                }
            }

            return items.ToImmutable();
        }

        public ImmutableDictionary<ReturnCondition, decimal> FeeRates(
            JsonElement element, string name, string prefix, ImmutableDictionary<ReturnCondition, decimal> current)
        {
            if (!element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            {
                return current;
            }

            if (value.ValueKind != JsonValueKind.Object)
            {
                Problem(prefix + name, $"must be an object keyed by {string.Join(", ", System.Enum.GetNames<ReturnCondition>())}, was {value.GetRawText()}");
                return current;
            }

            ImmutableDictionary<ReturnCondition, decimal>.Builder rates = current.ToBuilder();
            foreach (JsonProperty property in value.EnumerateObject())
            {
                string at = $"{prefix}{name}.{property.Name}";
                if (!System.Enum.TryParse(property.Name, ignoreCase: true, out ReturnCondition condition) || !System.Enum.IsDefined(condition)
                    || char.IsDigit(property.Name[0]) || property.Name[0] == '-')
                {
                    Problem(at, $"is not a return condition; expected one of {string.Join(", ", System.Enum.GetNames<ReturnCondition>())}");
                }
                else if (property.Value.ValueKind == JsonValueKind.Null)
                {
                    rates.Remove(condition);
                }
                else if (property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetDecimal(out decimal rate))
                {
                    rates[condition] = rate;
                }
                else
                {
                    Problem(at, $"must be a fraction between 0 and 1 (0.5 = 50 %), was {property.Value.GetRawText()}");
                }
            }

            return rates.ToImmutable();
        }

        private static TEnum? ParseEnum<TEnum>(JsonElement value)
            where TEnum : struct, Enum
            => value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text && !char.IsDigit(text[0]) && text[0] != '-'
               && System.Enum.TryParse(text, ignoreCase: true, out TEnum parsed) && System.Enum.IsDefined(parsed)
                ? parsed
                : null;

        private JsonElement? Array(JsonElement element, string name, string prefix, string rule)
        {
            if (!element.TryGetProperty(name, out JsonElement value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                Problem(prefix + name, $"{rule}, was {value.GetRawText()}");
                return null;
            }

            return value;
        }

        private void Problem(string field, string message) => problems.Add($"{fileName}: {field} {message}.");
    }
}
