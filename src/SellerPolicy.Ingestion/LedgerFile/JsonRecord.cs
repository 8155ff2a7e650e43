using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.LedgerFile;

/// <summary>
/// Reads the fields of one JSON object of a ledger line, collecting a problem for every field that is
/// missing or malformed instead of stopping at the first.
/// </summary>
internal sealed class JsonRecord
{
    private static readonly OffsetDateTimePattern WithSeconds = OffsetDateTimePattern.ExtendedIso;
    private static readonly OffsetDateTimePattern WithoutSeconds = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>");

    private readonly JsonElement _element;
    private readonly string _prefix;
    private readonly List<(string Field, string Message)> _errors;
    private readonly SymbolTable _symbols;

    public JsonRecord(JsonElement element, SymbolTable symbols, string prefix = "", List<(string Field, string Message)>? errors = null)
    {
        _element = element;
        _symbols = symbols;
        _prefix = prefix;
        _errors = errors ?? [];
    }

    public IReadOnlyList<(string Field, string Message)> Errors => _errors;

    public JsonRecord Child(JsonElement element, string prefix) => new(element, _symbols, _prefix + prefix, _errors);

    public static Instant? ParseInstant(string text)
    {
        if (CanonicalInstant.TryParse(text.AsSpan(), out Instant fast))
        {
            return fast;
        }

        ParseResult<OffsetDateTime> result = WithSeconds.Parse(text);
        if (!result.Success)
        {
            result = WithoutSeconds.Parse(text);
        }

        return result.Success ? result.Value.ToInstant() : null;
    }

    public bool TryGet(LedgerField field, out JsonElement value)
    {
        if (_element.TryGetProperty(LedgerSchema.Utf8(field), out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        value = default;
        return false;
    }

    public string? String(LedgerField name, bool required)
    {
        if (!TryGet(name, out JsonElement value))
        {
            return Missing<string>(name, required);
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return Fail<string>(name, $"must be a string, was {Describe(value)}");
        }

        string text = value.GetString()!;
        if (required && string.IsNullOrWhiteSpace(text))
        {
            return Fail<string>(name, "must not be empty");
        }

        return text;
    }

    /// <summary>Reads a string of few distinct values (see <see cref="SymbolTable"/>) as its shared instance.</summary>
    public string? Symbol(LedgerField name, bool required) => String(name, required) is { } text ? _symbols.Intern(text) : null;

    public Instant? Instant(LedgerField name, bool required)
    {
        if (!TryGet(name, out JsonElement value))
        {
            return MissingStruct<Instant>(name, required);
        }

        if (value.ValueKind == JsonValueKind.String && ParseInstant(value.GetString()!) is { } instant)
        {
            return instant;
        }

        return FailStruct<Instant>(name, $"must be an ISO-8601 instant with an offset (e.g. 2026-01-05T10:00:00Z), was {Describe(value)}");
    }

    public int? Int(LedgerField name, bool required)
    {
        if (!TryGet(name, out JsonElement value))
        {
            return MissingStruct<int>(name, required);
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int result))
        {
            return result;
        }

        return FailStruct<int>(name, $"must be a whole number, was {Describe(value)}");
    }

    public bool? Bool(LedgerField name)
    {
        if (!TryGet(name, out JsonElement value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => FailStruct<bool>(name, $"must be true or false, was {Describe(value)}"),
        };
    }

    public decimal? Decimal(LedgerField name, bool required)
    {
        if (!TryGet(name, out JsonElement value))
        {
            return MissingStruct<decimal>(name, required);
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

        return FailStruct<decimal>(name, $"must be a decimal number (JSON number or string such as \"19.99\"), was {Describe(value)}");
    }

    public Money? Money(LedgerField name, bool required)
    {
        if (!TryGet(name, out JsonElement value))
        {
            return MissingStruct<Money>(name, required);
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return FailStruct<Money>(name, $"must be an object {{\"amount\": 19.99, \"currency\": \"USD\"}}, was {Describe(value)}");
        }

        JsonRecord money = Child(value, LedgerSchema.Name(name) + ".");
        int before = _errors.Count;
        decimal? amount = money.Decimal(LedgerField.Amount, required: true);
        string? currency = money.Symbol(LedgerField.Currency, required: true);
        if (_errors.Count > before || amount is null || currency is null)
        {
            return null;
        }

        if (Ledger.Money.FindViolation(amount.Value, currency) is { } violation)
        {
            Add(LedgerSchema.Name(name) + "." + violation.Field, violation);
            return null;
        }

        return new Money(amount.Value, currency);
    }

    public TEnum? Enum<TEnum>(LedgerField name, bool required, IReadOnlyDictionary<string, TEnum>? names = null)
        where TEnum : struct, Enum
    {
        string? text = String(name, required);
        if (text is null)
        {
            return null;
        }

        if (names is not null)
        {
            foreach ((string key, TEnum value) in names)
            {
                if (string.Equals(key, text, StringComparison.OrdinalIgnoreCase))
                {
                    return value;
                }
            }

            return FailStruct<TEnum>(name, $"must be one of {string.Join(", ", names.Keys)}, was '{text}'");
        }

        if (System.Enum.TryParse(text, ignoreCase: true, out TEnum parsed) && System.Enum.IsDefined(parsed) && !char.IsDigit(text[0]))
        {
            return parsed;
        }

        return FailStruct<TEnum>(name, $"must be one of {string.Join(", ", System.Enum.GetNames<TEnum>())}, was '{text}'");
    }

    /// <summary>Lists a problem of <paramref name="field"/>: "<c>{field} {message}.</c>".</summary>
    public void Add(LedgerField field, string message) => Add(LedgerSchema.Name(field), message);

    /// <summary>Lists a problem of <paramref name="field"/> (a name or a path such as <c>lines[0]</c>): "<c>{field} {message}.</c>".</summary>
    public void Add(string field, string message) => _errors.Add((_prefix + field, $"{_prefix}{field} {message}."));

    /// <summary>Lists the rule a record's check found broken, naming <paramref name="field"/> as it was read.</summary>
    public void Add(string field, RuleViolation violation) => _errors.Add((_prefix + field, violation.RuleAbout(_prefix + field)));

    /// <summary>Gets the rule of the whole record that does not hold (set by <see cref="Refuse"/>), or null.</summary>
    public RuleViolation? Violation { get; private set; }

    /// <summary>Records that the record's own check (its <c>FindViolation</c>) refused the values, when it did.</summary>
    /// <returns>True when <paramref name="violation"/> is null (the values make the record).</returns>
    public bool Refuse(RuleViolation? violation)
    {
        Violation ??= violation;
        return violation is null;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"'{value.GetString()}'",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => value.GetRawText(),
    };

    private T? Missing<T>(LedgerField name, bool required)
        where T : class
    {
        if (required)
        {
            Add(name, "is required");
        }

        return null;
    }

    private T? MissingStruct<T>(LedgerField name, bool required)
        where T : struct
    {
        if (required)
        {
            Add(name, "is required");
        }

        return null;
    }

    private T? Fail<T>(LedgerField name, string message)
        where T : class
    {
        Add(name, message);
        return null;
    }

    private T? FailStruct<T>(LedgerField name, string message)
        where T : struct
    {
        Add(name, message);
        return null;
    }
}
