using SellerPolicy.Internal;

namespace SellerPolicy.Marketplaces.Ebay;

/// <summary>The counts of one eBay evaluation period (transactions purchased in it, as known on the evaluation day).</summary>
/// <remarks>
/// Rates are count ÷ transactions, 0 with no transactions. The constructor checks that no count is negative and that the
/// transaction counts bound the others (a transaction with two defects counts once in <see cref="DefectiveTransactions"/>;
/// <see cref="DefectBuyers"/> counts distinct buyers of those transactions, so it is at most that count).
/// </remarks>
public readonly record struct EbayPeriodFigures
{
    /// <summary>Creates the figures.</summary>
    /// <param name="transactions">Transactions purchased in the period.</param>
    /// <param name="defectiveTransactions">Those with a defect (a seller cancellation for being unable to ship, or a case closed without seller resolution).</param>
    /// <param name="defectBuyers">Distinct buyers of the defective transactions.</param>
    /// <param name="casesWithoutSellerResolution">Transactions with a case closed without seller resolution.</param>
    /// <param name="lateShipments">Transactions shipped late.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or larger than what bounds it.</exception>
    public EbayPeriodFigures(int transactions, int defectiveTransactions, int defectBuyers, int casesWithoutSellerResolution, int lateShipments)
    {
        Transactions = Preconditions.CheckNonNegative(transactions, nameof(transactions));
        DefectiveTransactions = AtMost(defectiveTransactions, nameof(defectiveTransactions), transactions, nameof(transactions));
        DefectBuyers = AtMost(defectBuyers, nameof(defectBuyers), defectiveTransactions, nameof(defectiveTransactions));
        CasesWithoutSellerResolution = AtMost(casesWithoutSellerResolution, nameof(casesWithoutSellerResolution), defectiveTransactions, nameof(defectiveTransactions));
        LateShipments = AtMost(lateShipments, nameof(lateShipments), transactions, nameof(transactions));
    }

    /// <summary>Gets the transactions purchased in the period.</summary>
    public int Transactions { get; }

    /// <summary>Gets the transactions with at least one defect.</summary>
    public int DefectiveTransactions { get; }

    /// <summary>Gets the distinct buyers of the defective transactions (the count alternative of the defect rate).</summary>
    public int DefectBuyers { get; }

    /// <summary>Gets the transactions with a case closed without seller resolution.</summary>
    public int CasesWithoutSellerResolution { get; }

    /// <summary>Gets the transactions shipped late.</summary>
    public int LateShipments { get; }

    /// <summary>Gets the transaction defect rate, 0 with no transactions.</summary>
    public double TransactionDefectRate => RateOf(DefectiveTransactions);

    /// <summary>Gets the rate of cases closed without seller resolution, 0 with no transactions.</summary>
    public double CaseRate => RateOf(CasesWithoutSellerResolution);

    /// <summary>Gets the late shipment rate, 0 with no transactions.</summary>
    public double LateShipmentRate => RateOf(LateShipments);

    private double RateOf(int count) => Transactions == 0 ? 0.0 : (double)count / Transactions;

    private static int AtMost(int value, string field, int max, string maxField)
    {
        Preconditions.CheckNonNegative(value, field);
        return value <= max ? value : throw new ArgumentOutOfRangeException(field, $"{field} must not exceed {maxField} ({max}), was {value}.");
    }
}
