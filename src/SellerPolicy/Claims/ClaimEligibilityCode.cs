namespace SellerPolicy.Claims;

/// <summary>Why a buyer may or may not file an A-to-z Guarantee claim on an order at an instant.</summary>
/// <remarks>
/// When several reasons rule a claim out, the verdict reports the first of, in this order:
/// <see cref="FulfilledByAmazon"/>, <see cref="ChargebackFiled"/>, <see cref="NotCovered"/>,
/// <see cref="MissingDeliveryEstimate"/>, <see cref="WindowClosed"/>, <see cref="TooEarly"/>,
/// <see cref="ReturnNotRequested"/>, <see cref="ContactSellerFirst"/>; <see cref="ClaimEligibility.Failures"/>
/// lists all of them.
/// </remarks>
public enum ClaimEligibilityCode
{
    /// <summary>The buyer may file: the window is open and every condition holds.</summary>
    Eligible,

    /// <summary>The window has not opened yet (<c>at &lt; opensAt</c>).</summary>
    TooEarly,

    /// <summary>The window has closed (<c>at &gt; closesAt</c>); Amazon may still accept a claim it finds warranted.</summary>
    WindowClosed,

    /// <summary>The buyer has not contacted the seller, or the seller's time to answer has not passed.</summary>
    ContactSellerFirst,

    /// <summary>The order is Fulfilled by Amazon: the buyer goes to Amazon customer service, not to an A-to-z claim against the seller.</summary>
    FulfilledByAmazon,

    /// <summary>The buyer filed a chargeback with the card issuer on the order.</summary>
    ChargebackFiled,

    /// <summary>The guarantee does not cover the order's items (digital, gift cards, services) or the reason.</summary>
    NotCovered,

    /// <summary>A return-based reason without the return the rule needs (requested, within the window, shipped back in time).</summary>
    ReturnNotRequested,

    /// <summary>The order has no latest estimated delivery date where the rule needs one.</summary>
    MissingDeliveryEstimate,
}
