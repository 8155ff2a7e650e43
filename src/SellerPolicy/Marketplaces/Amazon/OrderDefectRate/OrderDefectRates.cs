namespace SellerPolicy.Metrics;

/// <summary>The Order Defect Rate of both fulfilment channels as of one day: two separate rates, each with its own target check.</summary>
/// <param name="Mfn">The rate of seller-fulfilled (MFN, "FBM") orders.</param>
/// <param name="Afn">The rate of Fulfilled by Amazon (AFN, "FBA") orders.</param>
public sealed record OrderDefectRates(OrderDefectRateResult Mfn, OrderDefectRateResult Afn);
