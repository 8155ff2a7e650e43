namespace SellerPolicy.Ingestion.Amazon;

/// <summary>One component of an Order Defect Rate difference: Amazon's count of orders with that defect beside ours.</summary>
/// <param name="Component">The defect: <c>claims</c>, <c>negativeFeedback</c> or <c>chargebacks</c> (the report's names).</param>
/// <param name="Amazon">Amazon's count, when the report states it.</param>
/// <param name="Ours">Our count over Amazon's window.</param>
public sealed record DefectDifference(string Component, int? Amazon, int Ours)
{
    /// <summary>Gets our count minus Amazon's, when Amazon states one.</summary>
    public int? Difference => Amazon is { } amazon ? Ours - amazon : null;
}
