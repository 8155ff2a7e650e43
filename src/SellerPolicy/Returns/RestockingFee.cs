using SellerPolicy.Ledger;
using SellerPolicy.Policies;

namespace SellerPolicy.Returns;

/// <summary>The highest restocking fee a seller may charge on a returned item, and whether it needs photo evidence.</summary>
/// <remarks>
/// <para>No fee when the return is the seller's fault or a lost package, nor for an in-policy return in original
/// condition. Otherwise the highest rate is the larger of the condition's rate in
/// <see cref="ReturnPolicy.MaxRestockingFeeRates"/> (absent: 0) and, for a return outside the window,
/// <see cref="ReturnPolicy.LateReturnRestockingFeeRate"/>.</para>
/// <para>A fee whose rate is at least <see cref="ReturnPolicy.PhotoEvidenceFromRate"/> (20 % by default) needs
/// photo evidence of the condition. The amount is the rate times the item price, rounded to the currency's minor unit
/// (<see cref="Money.RoundedToMinorUnit"/>: cents, half away from zero), the most a seller can actually deduct.</para>
/// </remarks>
public sealed record RestockingFee
{
    private RestockingFee(decimal maxRate, Money maxAmount, bool photoEvidenceRequired, string reason)
    {
        MaxRate = maxRate;
        MaxAmount = maxAmount;
        PhotoEvidenceRequired = photoEvidenceRequired;
        Reason = reason;
    }

    /// <summary>Gets the highest fee as a fraction of the item price (0 to 1).</summary>
    public decimal MaxRate { get; }

    /// <summary>Gets the highest fee: <see cref="MaxRate"/> × the item price, rounded to the currency's minor unit.</summary>
    public Money MaxAmount { get; }

    /// <summary>Gets whether charging the highest fee needs photo evidence of the condition.</summary>
    public bool PhotoEvidenceRequired { get; }

    /// <summary>Gets the rule that set the fee, in words.</summary>
    public string Reason { get; }

    /// <summary>Returns the highest restocking fee on a returned item.</summary>
    /// <param name="itemPrice">The price of the returned units (unit price × quantity).</param>
    /// <param name="condition">The condition the item came back in.</param>
    /// <param name="inPolicy">Whether the return was within the return policy.</param>
    /// <param name="fault">Who caused the return.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>The fee, its rate and whether it needs photo evidence.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="itemPrice"/> is negative, or an enum value is undefined.</exception>
    public static RestockingFee Maximum(Money itemPrice, ReturnCondition condition, bool inPolicy, ReturnFault fault, MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (itemPrice.Amount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(itemPrice), $"itemPrice must not be negative, was {itemPrice}.");
        }

        if (!Enum.IsDefined(condition))
        {
            throw new ArgumentOutOfRangeException(nameof(condition), $"condition has no value {condition}.");
        }

        if (!Enum.IsDefined(fault))
        {
            throw new ArgumentOutOfRangeException(nameof(fault), $"fault has no value {fault}.");
        }

        if (fault != ReturnFault.Buyer)
        {
            string who = fault == ReturnFault.Seller ? "the seller's fault" : "a lost package";
            return None(itemPrice, $"no restocking fee: the return is {who}");
        }

        ReturnPolicy rules = policy.Returns;
        decimal rate = 0m;
        string reason;
        if (condition == ReturnCondition.Original)
        {
            if (inPolicy)
            {
                return None(itemPrice, "no restocking fee: in-policy return in original condition");
            }

            rate = rules.LateReturnRestockingFeeRate;
            reason = $"unopened but returned outside the window: up to {Percent(rate)}";
        }
        else
        {
            rate = rules.MaxRestockingFeeRates.GetValueOrDefault(condition, 0m);
            reason = $"{Describe(condition)}: up to {Percent(rate)}";
            if (!inPolicy && rules.LateReturnRestockingFeeRate > rate)
            {
                rate = rules.LateReturnRestockingFeeRate;
                reason = $"{Describe(condition)} and returned outside the window: up to {Percent(rate)}";
            }
        }

        bool photos = NeedsPhotoEvidence(rate, policy);
        if (photos)
        {
            reason += $"; a fee of {Percent(rules.PhotoEvidenceFromRate)} or more needs photo evidence";
        }

        return new RestockingFee(rate, (itemPrice * rate).RoundedToMinorUnit(), photos, reason);
    }

    /// <summary>Returns whether a fee at <paramref name="rate"/> needs photo evidence under <paramref name="policy"/>.</summary>
    /// <param name="rate">The fee as a fraction of the item price.</param>
    /// <param name="policy">The policy.</param>
    /// <returns>True when the rate is positive and at least <see cref="ReturnPolicy.PhotoEvidenceFromRate"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static bool NeedsPhotoEvidence(decimal rate, MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return rate > 0 && rate >= policy.Returns.PhotoEvidenceFromRate;
    }

    private static RestockingFee None(Money itemPrice, string reason) => new(0m, Money.Zero(itemPrice.Currency), false, reason);

    private static string Percent(decimal rate) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{rate * 100:0.##} %");

    private static string Describe(ReturnCondition condition) => condition switch
    {
        ReturnCondition.OpenedMedia => "opened media",
        ReturnCondition.DamagedOrIncomplete => "damaged or incomplete, not by the seller's fault",
        _ => "original condition",
    };
}
