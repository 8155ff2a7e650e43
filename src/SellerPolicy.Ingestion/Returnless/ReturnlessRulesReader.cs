using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime;
using SellerPolicy.Ingestion.Internal;
using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Ledger;
using SellerPolicy.Returns;

namespace SellerPolicy.Ingestion.Returnless;

/// <summary>
/// Reads a returnless rules file (docs/returns.md): one JSON object with the currency, the rules as Amazon's Return
/// settings express them, SKU exemptions, the buyer guard, the return-cost assumptions and the recovery rate.
/// </summary>
/// <remarks>
/// <para>Every problem is reported at once, each with the file, the line and the JSON path
/// (<c>rules.json:7: $.rules[0].priceRange.max: must be a number, was "abc"</c>), including the rule set's own
/// validation (overlapping rules name both). Unknown fields are ignored, as in the ledger file (a public contract
/// that may grow). Comments and trailing commas are allowed.</para>
/// <para>Required: <c>currency</c>, <c>rules</c> (may be empty), every rule's <c>name</c>, <c>priceRange.min</c>,
/// <c>priceRange.max</c> and <c>activeFrom</c>, <c>returnCost.domestic</c>, <c>returnCost.international</c> and
/// <c>recoveryRate</c>. Optional (absent or null): <c>homeCountry</c>, a rule's <c>categories</c>, <c>reasons</c>
/// (absent = all) and <c>activeUntil</c> (absent = still active), <c>skuExemptions</c>, <c>buyerGuard</c> (absent = no guard).</para>
/// </remarks>
public static partial class ReturnlessRulesReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Reads a rules file.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The rule set, or every problem found.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ReturnlessRulesResult ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using FileStream stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path));
    }

    /// <summary>Reads a rules file from a stream.</summary>
    /// <param name="stream">The UTF-8 JSON content.</param>
    /// <param name="fileName">The name used in problem messages.</param>
    /// <returns>The rule set, or every problem found.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReturnlessRulesResult Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        ReadOnlyMemory<byte> bytes = Utf8Text.ReadDocument(stream, out string? encoding);
        if (encoding is not null)
        {
            return new ReturnlessRulesResult(null, [$"{fileName}: {encoding}"]);
        }

        JsonDocument document;
        try
        {
            document = Utf8Text.ParseDocument(bytes, DocumentOptions);
        }
        catch (JsonException ex)
        {
            long line = (ex.LineNumber ?? 0) + 1;
            return new ReturnlessRulesResult(null, [$"{fileName}:{line}: not valid JSON: {ex.Message}"]);
        }

        using (document)
        {
            JsonLineMap lines = JsonLineMap.Build(bytes.Span, ReaderOptions);
            var parser = new Parser();
            ReturnlessRuleSet? set = parser.Parse(document.RootElement);
            var problems = parser.Problems;
            if (set is not null)
            {
                foreach (ReturnlessRuleSetProblem problem in set.Validate())
                {
                    (string path, string message) = (parser.ToFilePath(problem.Path), parser.ToFileIndices(problem.Message));
                    if (!problems.Any(p => path.StartsWith(p.Path, StringComparison.Ordinal)))
                    {
                        problems.Add((path, message));
                    }
                }
            }

            if (problems.Count == 0 && set is not null)
            {
                return new ReturnlessRulesResult(set, []);
            }

            ImmutableArray<string> messages = problems
                .Select(p => (Line: lines.LineOf(p.Path), p.Path, p.Message))
                .OrderBy(p => p.Line)
                .Select(p => $"{fileName}:{p.Line}: {p.Path}: {p.Message}")
                .ToImmutableArray();
            return new ReturnlessRulesResult(null, messages);
        }
    }

    [GeneratedRegex(@"rules\[(\d+)\]")]
    private static partial Regex RuleIndex();

    private sealed class Parser
    {
        private readonly List<int> _fileIndexOfRule = [];

        public List<(string Path, string Message)> Problems { get; } = [];

        public ReturnlessRuleSet? Parse(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Problems.Add(("$", $"a rules file must be a JSON object, was {Describe(root)}."));
                return null;
            }

            string currency = String(root, "currency", "$", required: true) ?? "EUR";
            string? homeCountry = String(root, "homeCountry", "$", required: false);
            var rules = new List<ReturnlessRule>();
            if (Array(root, "rules", "$", required: true) is { } array)
            {
                int i = 0;
                foreach (JsonElement element in array.EnumerateArray())
                {
                    if (Rule(element, $"$.rules[{i}]") is { } rule)
                    {
                        rules.Add(rule);
                        _fileIndexOfRule.Add(i);
                    }

                    i++;
                }
            }

            var exemptions = StringList(root, "skuExemptions", "$", nonBlank: true)?.Select(s => new Sku(s)).ToList();
            BuyerGuard? guard = null;
            if (Object(root, "buyerGuard", "$", required: false) is { } g)
            {
                int? max = Int(g, "maxReturnless", "$.buyerGuard", required: true);
                int? days = Int(g, "withinDays", "$.buyerGuard", required: true);
                guard = max is { } m && days is { } d ? new BuyerGuard(m, d) : null;
            }

            ReturnCostAssumption cost = new(0m, 0m);
            if (Object(root, "returnCost", "$", required: true) is { } c)
            {
                cost = new ReturnCostAssumption(
                    Decimal(c, "domestic", "$.returnCost", required: true) ?? 0m,
                    Decimal(c, "international", "$.returnCost", required: true) ?? 0m);
            }

            decimal recovery = Decimal(root, "recoveryRate", "$", required: true) ?? 0m;
            return new ReturnlessRuleSet(currency, rules, cost, recovery, homeCountry, exemptions, guard);
        }

        /// <summary>Maps a path of the parsed set (rules that parsed) back to the file's rule index.</summary>
        public string ToFilePath(string path) => ToFileIndices(path);

        public string ToFileIndices(string text)
            => RuleIndex().Replace(text, m => $"rules[{_fileIndexOfRule[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)]}]");

        private ReturnlessRule? Rule(JsonElement element, string path)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                Problems.Add((path, $"a rule must be a JSON object, was {Describe(element)}."));
                return null;
            }

            int before = Problems.Count;
            string? name = String(element, "name", path, required: true);
            decimal? min = null, max = null;
            if (Object(element, "priceRange", path, required: true) is { } range)
            {
                min = Decimal(range, "min", path + ".priceRange", required: true);
                max = Decimal(range, "max", path + ".priceRange", required: true);
            }

            List<string>? categories = StringList(element, "categories", path);
            List<string>? reasons = StringList(element, "reasons", path);
            Instant? from = Instant(element, "activeFrom", path, required: true);
            Instant? until = Instant(element, "activeUntil", path, required: false);
            if (Problems.Count > before || name is null || min is null || max is null || from is null)
            {
                return null;
            }

            if (PriceRange.FindViolation(min.Value, max.Value) is { } badRange)
            {
                // Located as the rule set's validation located it: the minimum, or the range for its two ends.
                Problems.Add((path + (badRange.Field == "min" ? ".priceRange.min" : ".priceRange"), $"rule '{name}': {badRange.Rule}"));
                return null;
            }

            var priceRange = new PriceRange(min.Value, max.Value);
            return new ReturnlessRule(name, priceRange, from.Value, until, categories, reasons);
        }

        private bool TryGet(JsonElement obj, string name, string parent, bool required, out JsonElement value)
        {
            if (obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
            {
                return true;
            }

            if (required)
            {
                Problems.Add(($"{parent}.{name}", $"{name} is required."));
            }

            return false;
        }

        private string? String(JsonElement obj, string name, string parent, bool required)
        {
            if (!TryGet(obj, name, parent, required, out JsonElement value))
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.String)
            {
                return value.GetString();
            }

            Problems.Add(($"{parent}.{name}", $"must be a string, was {Describe(value)}."));
            return null;
        }

        private decimal? Decimal(JsonElement obj, string name, string parent, bool required)
        {
            if (!TryGet(obj, name, parent, required, out JsonElement value))
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out decimal number))
            {
                return number;
            }

            if (value.ValueKind == JsonValueKind.String
                && decimal.TryParse(value.GetString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal parsed))
            {
                return parsed;
            }

            Problems.Add(($"{parent}.{name}", $"must be a decimal number (JSON number or string such as \"15.00\"), was {Describe(value)}."));
            return null;
        }

        private int? Int(JsonElement obj, string name, string parent, bool required)
        {
            if (!TryGet(obj, name, parent, required, out JsonElement value))
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int number))
            {
                return number;
            }

            Problems.Add(($"{parent}.{name}", $"must be a whole number, was {Describe(value)}."));
            return null;
        }

        private Instant? Instant(JsonElement obj, string name, string parent, bool required)
        {
            if (!TryGet(obj, name, parent, required, out JsonElement value))
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.String && JsonRecord.ParseInstant(value.GetString()!) is { } instant)
            {
                return instant;
            }

            Problems.Add(($"{parent}.{name}", $"must be an ISO-8601 instant with an offset (e.g. 2026-01-01T00:00:00Z), was {Describe(value)}."));
            return null;
        }

        private JsonElement? Object(JsonElement obj, string name, string parent, bool required)
        {
            if (!TryGet(obj, name, parent, required, out JsonElement value))
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.Object)
            {
                return value;
            }

            Problems.Add(($"{parent}.{name}", $"must be a JSON object, was {Describe(value)}."));
            return null;
        }

        private JsonElement? Array(JsonElement obj, string name, string parent, bool required)
        {
            if (!TryGet(obj, name, parent, required, out JsonElement value))
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.Array)
            {
                return value;
            }

            Problems.Add(($"{parent}.{name}", $"must be a JSON array, was {Describe(value)}."));
            return null;
        }

        private List<string>? StringList(JsonElement obj, string name, string parent, bool nonBlank = false)
        {
            if (Array(obj, name, parent, required: false) is not { } array)
            {
                return null;
            }

            var items = new List<string>();
            int k = 0;
            foreach (JsonElement item in array.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && !(nonBlank && string.IsNullOrWhiteSpace(item.GetString())))
                {
                    items.Add(item.GetString()!);
                }
                else if (item.ValueKind == JsonValueKind.String)
                {
                    Problems.Add(($"{parent}.{name}[{k}]", "must not be blank."));
                }
                else
                {
                    Problems.Add(($"{parent}.{name}[{k}]", $"must be a string, was {Describe(item)}."));
                }

                k++;
            }

            return items;
        }

        private static string Describe(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => $"\"{value.GetString()}\"",
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            _ => value.GetRawText(),
        };
    }
}
