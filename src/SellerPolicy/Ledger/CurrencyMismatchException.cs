namespace SellerPolicy.Ledger;

/// <summary>Thrown when two amounts in different currencies are combined.</summary>
public sealed class CurrencyMismatchException : InvalidOperationException
{
    /// <summary>Creates the exception, naming both currencies.</summary>
    /// <param name="operation">What was attempted ("add", "compare", ...).</param>
    /// <param name="expected">The currency of the first amount.</param>
    /// <param name="actual">The currency of the second amount.</param>
    public CurrencyMismatchException(string operation, string expected, string actual)
        : base($"Cannot {operation} {actual} to or with {expected}: amounts must be in one currency.")
    {
        Expected = expected;
        Actual = actual;
    }

    /// <summary>Gets the currency of the first amount.</summary>
    public string Expected { get; }

    /// <summary>Gets the currency of the second amount.</summary>
    public string Actual { get; }
}
