using System.Collections.Immutable;
using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;

namespace SellerPolicy.Metrics;

/// <summary>Applies hypothetical changes to a ledger and compares the account health before and after.</summary>
public static class WhatIf
{
    /// <summary>Returns a copy of <paramref name="ledger"/> with <paramref name="changes"/> applied in order.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="changes">The changes.</param>
    /// <param name="policy">The policy (its reporting calendar places synthetic orders on days).</param>
    /// <returns>A new ledger.</returns>
    /// <exception cref="ArgumentException">A change names a record the ledger does not have, or cannot apply.</exception>
    public static SellerLedger Apply(SellerLedger ledger, IEnumerable<HypotheticalChange> changes, MarketplacePolicy policy)
        => TryApply(ledger, changes, policy, out RuleViolation? violation) ?? throw violation!.Throw();

    /// <summary>
    /// Returns a copy of <paramref name="ledger"/> with <paramref name="changes"/> applied in order, or null with why a change
    /// cannot be applied (<paramref name="violation"/>: a record the ledger does not have, or a rule of the changed record).
    /// </summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="changes">The changes.</param>
    /// <param name="policy">The policy (its reporting calendar places synthetic orders on days).</param>
    /// <param name="violation">Why the first change that cannot be applied cannot; null when every one was.</param>
    /// <returns>A new ledger, or null.</returns>
    public static SellerLedger? TryApply(SellerLedger ledger, IEnumerable<HypotheticalChange> changes, MarketplacePolicy policy, out RuleViolation? violation)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(policy);
        SellerLedger.Builder builder = ledger.ToBuilder();
        foreach (HypotheticalChange change in changes)
        {
            violation = (change ?? throw new ArgumentException("changes must not hold null.", nameof(changes))).ApplyTo(builder, ledger, policy.Reporting);
            if (violation is not null)
            {
                return null;
            }
        }

        violation = null;
        return builder.ToImmutable();
    }

    /// <summary>Returns the snapshots and forecasts as of <paramref name="asOf"/> of the ledger as it is and with the changes applied.</summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="asOf">The as-of day.</param>
    /// <param name="policy">The policy version.</param>
    /// <param name="changes">The hypothetical changes.</param>
    /// <param name="assumptions">The forecast assumptions; null for the defaults.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException">A change cannot be applied, or the policy is invalid.</exception>
    public static WhatIfComparison Compare(
        SellerLedger ledger, LocalDate asOf, MarketplacePolicy policy, IEnumerable<HypotheticalChange> changes, ForecastAssumptions? assumptions = null)
        => TryCompare(ledger, asOf, policy, changes, out RuleViolation? violation, assumptions) ?? throw violation!.Throw();

    /// <summary>
    /// Returns the snapshots and forecasts as of <paramref name="asOf"/> of the ledger as it is and with the changes applied,
    /// or null with why a change cannot be applied (see <see cref="TryApply"/>).
    /// </summary>
    /// <param name="ledger">The ledger.</param>
    /// <param name="asOf">The as-of day.</param>
    /// <param name="policy">The policy version.</param>
    /// <param name="changes">The hypothetical changes.</param>
    /// <param name="violation">Why the first change that cannot be applied cannot; null when every one was.</param>
    /// <param name="assumptions">The forecast assumptions; null for the defaults.</param>
    /// <returns>The comparison, or null.</returns>
    /// <exception cref="ArgumentException">The policy is invalid.</exception>
    public static WhatIfComparison? TryCompare(
        SellerLedger ledger, LocalDate asOf, MarketplacePolicy policy, IEnumerable<HypotheticalChange> changes, out RuleViolation? violation,
        ForecastAssumptions? assumptions = null)
    {
        ImmutableArray<HypotheticalChange> list = [.. changes ?? throw new ArgumentNullException(nameof(changes))];
        if (TryApply(ledger, list, policy, out violation) is not { } changed)
        {
            return null;
        }

        return new WhatIfComparison(
            list,
            AccountHealth.Snapshot(ledger, asOf, policy),
            AccountHealth.Snapshot(changed, asOf, policy),
            AccountHealth.Forecast(ledger, asOf, policy, assumptions),
            AccountHealth.Forecast(changed, asOf, policy, assumptions));
    }
}
