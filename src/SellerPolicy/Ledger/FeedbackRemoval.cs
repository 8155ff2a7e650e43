namespace SellerPolicy.Ledger;

/// <summary>How a feedback stopped counting. It takes effect at the feedback's removal instant.</summary>
public enum FeedbackRemoval
{
    /// <summary>The buyer removed the feedback.</summary>
    BuyerRemoved,

    /// <summary>Amazon removed the feedback.</summary>
    AmazonRemoved,

    /// <summary>Amazon struck the rating through (for example a comment only about FBA fulfilment).</summary>
    StruckThrough,
}
