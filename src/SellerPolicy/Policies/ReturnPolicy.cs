using System.Collections.Immutable;
using NodaTime;

namespace SellerPolicy.Policies;

/// <summary>The return and refund numbers: windows, deadlines, holidays and the fault of each return reason.</summary>
/// <remarks>Validated with the whole policy by <see cref="PolicyValidator"/>.</remarks>
public sealed record ReturnPolicy
{
    /// <summary>Gets the return window in days (default 30).</summary>
    public int WindowDays { get; init; } = 30;

    /// <summary>Gets what the window is counted from (default the delivery).</summary>
    public ReturnWindowBasis WindowBasis { get; init; } = ReturnWindowBasis.Delivery;

    /// <summary>Gets the holiday extensions, one per year that has one.</summary>
    public ImmutableArray<HolidayReturnExtension> HolidayExtensions { get; init; } = [];

    /// <summary>Gets how many days a return label stays valid after authorisation (default 30).</summary>
    public int LabelValidDays { get; init; } = 30;

    /// <summary>Gets how many business days the seller has to refund after receiving a return (default 2).</summary>
    public int RefundBusinessDays { get; init; } = 2;

    /// <summary>Gets the holidays that are not business days (weekends never are).</summary>
    public ImmutableArray<LocalDate> Holidays { get; init; } = [];

    /// <summary>Gets the seller's time to answer a return request (default 48 h).</summary>
    public Duration ResponseTime { get; init; } = Duration.FromHours(48);

    /// <summary>
    /// Gets the return reason codes that are the seller's fault (full refund, outbound shipping included). Codes are
    /// compared ignoring case (Amazon writes them upper-case; <c>defective</c> in a policy means <c>DEFECTIVE</c>): the set
    /// given is kept with <see cref="StringComparer.OrdinalIgnoreCase"/>.
    /// </summary>
    public ImmutableHashSet<string> SellerFaultReasons
    {
        get => _sellerFaultReasons;
        init => _sellerFaultReasons = IgnoringCase(value);
    }

    /// <summary>
    /// Gets the return reason codes that are the buyer's fault (item refunded, return shipping may be deducted), compared
    /// ignoring case like <see cref="SellerFaultReasons"/>.
    /// </summary>
    public ImmutableHashSet<string> BuyerFaultReasons
    {
        get => _buyerFaultReasons;
        init => _buyerFaultReasons = IgnoringCase(value);
    }

    /// <summary>
    /// Gets the highest restocking fee, as a fraction of the item price, per condition of a returned item that is not
    /// the seller's fault (default: opened media 0.50, damaged or incomplete 0.50). A condition absent from the table
    /// allows no fee. <see cref="ReturnCondition.Original"/> in policy never carries a fee, whatever the table says.
    /// </summary>
    public ImmutableDictionary<ReturnCondition, decimal> MaxRestockingFeeRates { get; init; } = ImmutableDictionary<ReturnCondition, decimal>.Empty;

    /// <summary>Gets the highest restocking fee for an item returned unopened but outside the return window (default 0.20).</summary>
    public decimal LateReturnRestockingFeeRate { get; init; } = 0.20m;

    /// <summary>Gets the fee rate from which the seller needs photo evidence of the condition (default 0.20: a fee of 20 % or more).</summary>
    public decimal PhotoEvidenceFromRate { get; init; } = 0.20m;

    private readonly ImmutableHashSet<string> _sellerFaultReasons = ImmutableHashSet.Create<string>(StringComparer.OrdinalIgnoreCase);
    private readonly ImmutableHashSet<string> _buyerFaultReasons = ImmutableHashSet.Create<string>(StringComparer.OrdinalIgnoreCase);

    // Null is kept for PolicyValidator to report.
    private static ImmutableHashSet<string> IgnoringCase(ImmutableHashSet<string> codes) => codes?.WithComparer(StringComparer.OrdinalIgnoreCase)!;
}
