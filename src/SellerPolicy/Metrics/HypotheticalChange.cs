using System.Text.Json.Serialization;
namespace SellerPolicy.Metrics;

/// <summary>
/// A change to a seller's ledger that has not happened (yet): a feedback removed, a claim withdrawn or reversed, a chargeback won,
/// extra clean orders. <see cref="WhatIf.Compare"/> applies a set of them and compares the account health before and after.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "change")]
[JsonDerivedType(typeof(RemoveFeedback), "removeFeedback")]
[JsonDerivedType(typeof(ReverseClaim), "reverseClaim")]
[JsonDerivedType(typeof(WinChargeback), "winChargeback")]
[JsonDerivedType(typeof(WithdrawClaim), "withdrawClaim")]
[JsonDerivedType(typeof(ExtraCleanOrders), "extraCleanOrders")]
public abstract record HypotheticalChange
{
    private protected HypotheticalChange()
    {
    }

    /// <summary>Lays the change over the ledger of <paramref name="overlay"/> (after the changes before it).</summary>
    /// <param name="overlay">The ledger and the changes so far.</param>
    /// <returns>Null when laid over; otherwise why it cannot be (a record the ledger does not have, or a rule of the changed record).</returns>
    internal abstract Ledger.RuleViolation? ApplyTo(LedgerOverlay overlay);
}
