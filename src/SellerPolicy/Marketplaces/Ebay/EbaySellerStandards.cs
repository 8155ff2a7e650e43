using System.Collections.Immutable;
using SellerPolicy.Ledger;

namespace SellerPolicy.Marketplaces.Ebay;

/// <summary>
/// The numbers of eBay's seller performance standards: when the level is evaluated, over which period, what each level
/// requires, and which ledger facts are defects. Every number is policy data; the defaults are eBay's published seller
/// standards as docs/policies.md cites them, marked there (default) where they are our reading.
/// </summary>
/// <remarks>
/// <para>An evaluation as of day E looks at the transactions purchased in the short period <c>[E-(ShortLookbackDays-1), E]</c>
/// when there are at least <see cref="ShortLookbackMinTransactions"/> of them, else at the long period
/// <c>[E-(LongLookbackDays-1), E]</c> (<see cref="EbayLookbackRule"/>). The official level as of D is the evaluation on
/// the last evaluation day (the <see cref="EvaluationDayOfMonth"/>th) on or before D; the projected level is the
/// evaluation as of D itself (<see cref="MarketplacePack.StandingOn(SellerPolicy.Metrics.AccountHealthEngine, NodaTime.LocalDate)"/>).</para>
/// <para>Record equality compares the sets by reference; the defaults share one instance, so two default values are equal.</para>
/// </remarks>
public sealed record EbaySellerStandards
{
    // Shared instances, so that two default values stay equal (record equality compares sets by reference).
    private static readonly ImmutableHashSet<ClaimOutcome> DefaultCaseOutcomes = [ClaimOutcome.GrantedSellerFunded];

    private static readonly ImmutableHashSet<CancelledBy> DefaultDefectCancellations = [CancelledBy.Seller];

    /// <summary>Gets the day of the month on which eBay evaluates the seller level (default 20).</summary>
    public int EvaluationDayOfMonth { get; init; } = 20;

    /// <summary>Gets the length of the short ("3 months") period in days (default 90 (default): three months read as 90 days).</summary>
    public int ShortLookbackDays { get; init; } = 90;

    /// <summary>Gets the length of the long ("12 months") period in days (default 365 (default)).</summary>
    public int LongLookbackDays { get; init; } = 365;

    /// <summary>Gets how many transactions the short period needs to be the one evaluated (default 400: "400 or more").</summary>
    public int ShortLookbackMinTransactions { get; init; } = 400;

    /// <summary>Gets the Top Rated requirements (default ≤ 0.5 % or ≤ 3 buyers; cases ≤ 0.3 % or ≤ 2; late ≤ 3 % or ≤ 5; 100 transactions).</summary>
    public EbayLevelRequirements TopRated { get; init; } = new(0.005, 3, 0.003, 2, 0.03, 5, 100);

    /// <summary>Gets the Above Standard requirements (default ≤ 2 % or ≤ 4 buyers; cases ≤ 0.3 % or ≤ 2; no late shipment requirement).</summary>
    public EbayLevelRequirements AboveStandard { get; init; } = new(0.02, 4, 0.003, 2, null, null, 0);

    /// <summary>
    /// Gets the case outcomes that mean "closed without seller resolution" (default <see cref="ClaimOutcome.GrantedSellerFunded"/>:
    /// eBay closed the case for the buyer and the seller paid). A case counts from its decision until a reversal on appeal;
    /// an open case does not count.
    /// </summary>
    public ImmutableHashSet<ClaimOutcome> CaseOutcomesWithoutSellerResolution { get; init; } = DefaultCaseOutcomes;

    /// <summary>
    /// Gets who cancels a transaction for being unable to ship (default <see cref="CancelledBy.Seller"/>; an eBay export writes
    /// <c>Buyer</c> for a cancellation the buyer asked for and <c>System</c> for eBay's own, neither a defect).
    /// </summary>
    public ImmutableHashSet<CancelledBy> DefectCancellations { get; init; } = DefaultDefectCancellations;

    /// <summary>Checks every number.</summary>
    /// <returns>One message per problem, naming the field (as in a policy file) and the rule; empty when valid.</returns>
    public ImmutableArray<string> Validate()
    {
        var errors = ImmutableArray.CreateBuilder<string>();
        if (EvaluationDayOfMonth is < 1 or > 28)
        {
            errors.Add($"ebay.evaluationDayOfMonth must be 1-28 (a day every month has), was {EvaluationDayOfMonth}.");
        }

        if (ShortLookbackDays <= 0)
        {
            errors.Add($"ebay.shortLookbackDays must be positive, was {ShortLookbackDays}.");
        }

        if (LongLookbackDays < ShortLookbackDays)
        {
            errors.Add($"ebay.longLookbackDays must not be shorter than shortLookbackDays ({ShortLookbackDays}), was {LongLookbackDays}.");
        }

        if (ShortLookbackMinTransactions < 0)
        {
            errors.Add($"ebay.shortLookbackMinTransactions must not be negative, was {ShortLookbackMinTransactions}.");
        }

        Check(TopRated, "ebay.topRated", errors);
        Check(AboveStandard, "ebay.aboveStandard", errors);
        if (CaseOutcomesWithoutSellerResolution is null)
        {
            errors.Add("ebay.caseOutcomesWithoutSellerResolution is required.");
        }

        if (DefectCancellations is null)
        {
            errors.Add("ebay.defectCancellations is required.");
        }

        return errors.ToImmutable();
    }

    private static void Check(EbayLevelRequirements? level, string field, ImmutableArray<string>.Builder errors)
    {
        if (level is null)
        {
            errors.Add($"{field} is required.");
            return;
        }

        void Fraction(double value, string name)
        {
            if (!(value is >= 0 and <= 1))
            {
                errors.Add($"{field}.{name} must be a fraction in [0, 1], was {value}.");
            }
        }

        void Count(int value, string name)
        {
            if (value < 0)
            {
                errors.Add($"{field}.{name} must not be negative, was {value}.");
            }
        }

        Fraction(level.MaxTransactionDefectRate, "maxTransactionDefectRate");
        Count(level.MaxDefectBuyers, "maxDefectBuyers");
        Fraction(level.MaxCaseRate, "maxCaseRate");
        Count(level.MaxCases, "maxCases");
        Count(level.MinTransactions, "minTransactions");
        if (level.MaxLateShipmentRate.HasValue != level.MaxLateShipments.HasValue)
        {
            errors.Add($"{field}.maxLateShipmentRate and maxLateShipments go together: both or neither.");
        }

        if (level.MaxLateShipmentRate is { } late)
        {
            Fraction(late, "maxLateShipmentRate");
        }

        if (level.MaxLateShipments is { } lateCount)
        {
            Count(lateCount, "maxLateShipments");
        }
    }
}
