using SellerPolicy.Internal;

namespace SellerPolicy.Metrics;

/// <summary>
/// The name of a metric as reports and our JSON spell it, unique within a <see cref="MetricCatalog"/>: for example
/// <c>orderDefectRate.mfn</c>, <c>lateShipmentRate</c> or <c>ebay.transactionDefectRate</c>.
/// </summary>
/// <remarks>
/// A dot groups metrics in JSON: <c>orderDefectRate.mfn</c> and <c>orderDefectRate.afn</c> are written as
/// <c>"orderDefectRate": { "mfn": …, "afn": … }</c>. Ids compare ordinally (case matters).
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(SellerPolicy.Serialization.MetricIdJsonConverter))]
public readonly record struct MetricId
{
    private readonly string? _value;

    /// <summary>Creates an id.</summary>
    /// <param name="value">The id: letters, digits, dots, dashes or underscores; not blank.</param>
    /// <exception cref="ArgumentException">The value is blank or holds another character.</exception>
    public MetricId(string value)
    {
        Preconditions.CheckNotBlank(value, nameof(value));
        foreach (char c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
            {
                throw new ArgumentException($"a metric id holds letters, digits, '.', '-' or '_', was '{value}'.", nameof(value));
            }
        }

        _value = value;
    }

    /// <summary>Gets the id text (empty for the default value).</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Returns the id text.</summary>
    public override string ToString() => Value;
}
