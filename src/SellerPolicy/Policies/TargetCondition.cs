namespace SellerPolicy.Policies;

/// <summary>How a rate is compared with its target; names follow Amazon's performance report.</summary>
public enum TargetCondition
{
    /// <summary>The rate must be strictly less than the target (<c>LESS_THAN</c>), e.g. ODR &lt; 1 %.</summary>
    LessThan,

    /// <summary>The rate must be strictly greater than the target (<c>GREATER_THAN</c>), e.g. valid tracking &gt; 95 %.</summary>
    GreaterThan,

    /// <summary>The rate must be at most the target (<c>AT_MOST</c>), e.g. eBay's transaction defect rate ≤ 2 %.</summary>
    AtMost,

    /// <summary>The rate must be at least the target (<c>AT_LEAST</c>).</summary>
    AtLeast,
}
