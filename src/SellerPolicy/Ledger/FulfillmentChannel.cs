namespace SellerPolicy.Ledger;

/// <summary>Who fulfils an order: the two channels have separate account-health rates.</summary>
public enum FulfillmentChannel
{
    /// <summary>Merchant fulfilled network: the seller ships ("FBM"). Written <c>MFN</c> in the ledger.</summary>
    Mfn,

    /// <summary>Amazon fulfilment network: Fulfilled by Amazon ("FBA"). Written <c>AFN</c> in the ledger.</summary>
    Afn,
}
