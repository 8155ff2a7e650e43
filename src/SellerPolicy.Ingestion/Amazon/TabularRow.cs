using System.Globalization;
using NodaTime;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>
/// The current row of a <see cref="TabularFile"/>: typed getters that report a problem naming the column and the
/// expected form, and remember that the row is bad. Valid until the next read.
/// </summary>
internal readonly struct TabularRow
{
    private readonly TabularFile _file;
    private readonly RowState _state;

    public TabularRow(TabularFile file, SourceLocation at)
    {
        _file = file;
        At = at;
        _state = new RowState { Marketplace = file.Marketplace };
    }

    /// <summary>Gets where the row is.</summary>
    public SourceLocation At { get; }

    /// <summary>Gets whether a getter or <see cref="Problem"/> reported a problem for this row.</summary>
    public bool IsBad => _state.Bad;

    /// <summary>Gets the problems reported for this row.</summary>
    public IReadOnlyList<LedgerProblem> Problems => _state.Problems;

    /// <summary>Returns the trimmed text, or null when the cell is empty or the column absent.</summary>
    public string? Text(string column) => _file.Get(column);

    /// <summary>Returns the text of a required cell, reporting a problem when it is empty.</summary>
    public string? Required(string column)
    {
        string? value = _file.Get(column);
        if (value is null)
        {
            Problem(LedgerProblemKind.InvalidValue, column, "is empty; a value is required.");
        }

        return value;
    }

    /// <summary>Reports a problem on <paramref name="column"/> of this row and marks the row bad.</summary>
    public void Problem(LedgerProblemKind kind, string? column, string message)
    {
        _state.Bad = true;
        _state.Problems.Add(new LedgerProblem(kind, column is null ? message : $"column '{column}': {message}", At, column));
    }

    /// <summary>Parses a required whole number that is at least <paramref name="min"/>.</summary>
    public int? Int(string column, int min)
    {
        string? text = Required(column);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) && value >= min)
        {
            return value;
        }

        Problem(LedgerProblemKind.InvalidValue, column, $"must be a whole number of at least {min}, was '{text}'.");
        return null;
    }

    /// <summary>Parses an optional decimal amount (a dot as decimal separator); null when empty.</summary>
    public decimal? Amount(string column)
    {
        string? text = Text(column);
        if (text is null)
        {
            return null;
        }

        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value))
        {
            return value;
        }

        Problem(LedgerProblemKind.InvalidValue, column, $"must be an amount such as 12.34 (a dot before the cents, no thousands separator), was '{text}'.");
        return null;
    }

    /// <summary>Parses an optional yes/no flag (Y, N, Yes, No, true, false, 1, 0); null when empty.</summary>
    public bool? Flag(string column)
    {
        string? text = Text(column);
        if (text is null)
        {
            return null;
        }

        switch (text.ToUpperInvariant())
        {
            case "Y" or "YES" or "TRUE" or "1":
                return true;
            case "N" or "NO" or "FALSE" or "0":
                return false;
            default:
                Problem(LedgerProblemKind.InvalidValue, column, $"must be Y or N (or Yes, No, true, false), was '{text}'.");
                return null;
        }
    }

    /// <summary>
    /// Gets or sets the marketplace of the row (the file's, or the row's own <c>sales-channel</c>): it decides the order
    /// of a numeric date's day and month.
    /// </summary>
    public AmazonMarketplace? Marketplace
    {
        get => _state.Marketplace;
        set => _state.Marketplace = value;
    }

    /// <summary>Parses an optional instant or date (start of the day in <paramref name="zone"/>) in a form <see cref="AmazonDates"/> accepts.</summary>
    public Instant? Instant(string column, DateTimeZone zone, bool required)
    {
        string? text = required ? Required(column) : Text(column);
        if (text is null)
        {
            return null;
        }

        if (AmazonDates.TryParse(text, zone, Marketplace, out Instant value, out string? why))
        {
            return value;
        }

        Problem(LedgerProblemKind.InvalidValue, column, why!);
        return null;
    }

    /// <summary>Parses an optional enum by name, ignoring case; reports the allowed names otherwise.</summary>
    public TEnum? Enum<TEnum>(string column, bool required)
        where TEnum : struct, Enum
    {
        string? text = required ? Required(column) : Text(column);
        if (text is null)
        {
            return null;
        }

        if (System.Enum.TryParse(text, ignoreCase: true, out TEnum value) && System.Enum.IsDefined(value) && !char.IsDigit(text[0]))
        {
            return value;
        }

        Problem(LedgerProblemKind.InvalidValue, column, $"'{text}' is not one of {string.Join(", ", System.Enum.GetNames<TEnum>())}.");
        return null;
    }

    private sealed class RowState
    {
        public bool Bad { get; set; }

        public AmazonMarketplace? Marketplace { get; set; }

        public List<LedgerProblem> Problems { get; } = [];
    }
}
