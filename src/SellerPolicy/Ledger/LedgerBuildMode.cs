namespace SellerPolicy.Ledger;

/// <summary>What to do with bad records when building a ledger.</summary>
public enum LedgerBuildMode
{
    /// <summary>Any problem fails the build: every problem is listed and no ledger is produced (default).</summary>
    Strict,

    /// <summary>Bad records are left out and counted; every problem is still listed.</summary>
    Lenient,
}
