namespace SellerPolicy.Returns;

/// <summary>What happens to a return request under a returnless rule set.</summary>
public enum ReturnlessDecision
{
    /// <summary>Refund without a return: the buyer keeps the item.</summary>
    Returnless,

    /// <summary>No rule applies: the item must come back before the refund.</summary>
    RequireReturn,

    /// <summary>A person should decide: outside the return policy, the buyer guard reached, or not comparable.</summary>
    ManualReview,
}
