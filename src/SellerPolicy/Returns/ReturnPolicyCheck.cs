using NodaTime;
using SellerPolicy.Internal;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;

namespace SellerPolicy.Returns;

/// <summary>Whether a return request made at an instant is within the return policy, and why.</summary>
/// <remarks>
/// <para>A request is in policy when it is made inside the order's <see cref="ReturnWindow"/> (both ends included).
/// An order with neither a delivered scan nor a latest estimated delivery date has a window that has not started
/// counting: a request on it is in policy.</para>
/// <para><see cref="Of(Order, ReturnRequest, MarketplacePolicy)"/> trusts the ledger first: a request whose
/// <see cref="ReturnRequest.InPolicy"/> is set is judged by that value (Amazon's own verdict); only when the ledger
/// does not say is the window consulted.</para>
/// </remarks>
public sealed record ReturnPolicyCheck
{
    private ReturnPolicyCheck(bool inPolicy, bool fromLedger, Instant requestedAt, ReturnWindow? window, string reason)
    {
        InPolicy = inPolicy;
        FromLedger = fromLedger;
        RequestedAt = requestedAt;
        Window = window;
        Reason = reason;
    }

    /// <summary>Gets whether the request is within the return policy.</summary>
    public bool InPolicy { get; }

    /// <summary>Gets whether the verdict is the ledger's own (<see cref="ReturnRequest.InPolicy"/>) rather than the window's.</summary>
    public bool FromLedger { get; }

    /// <summary>Gets the instant judged.</summary>
    public Instant RequestedAt { get; }

    /// <summary>Gets the order's return window, or null when nothing to count it from is known yet.</summary>
    public ReturnWindow? Window { get; }

    /// <summary>Gets the verdict in words.</summary>
    public string Reason { get; }

    /// <summary>Returns whether a request on <paramref name="order"/> at <paramref name="at"/> is inside its return window.</summary>
    /// <param name="order">The order.</param>
    /// <param name="at">The instant of the request.</param>
    /// <param name="policy">The policy in effect on the order's purchase day.</param>
    /// <returns>The verdict with its reason.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ReturnPolicyCheck At(Order order, Instant at, MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(policy);
        ReturnWindow? window = ReturnWindow.For(order, policy);
        string when = Preconditions.Format(at);
        if (at < order.PurchasedAt)
        {
            return new(false, false, at, window, $"requested {when}, before the purchase {Preconditions.Format(order.PurchasedAt)}");
        }

        if (window is null)
        {
            return new(true, false, at, null, $"requested {when}; the order has no delivery or estimated delivery date yet, so its return window has not started counting");
        }

        return window.Contains(at)
            ? new(true, false, at, window, $"requested {when}, within the return window closing {Preconditions.Format(window.ClosesAt)} ({window.Rule})")
            : new(false, false, at, window, $"requested {when}, after the return window closed {Preconditions.Format(window.ClosesAt)} ({window.Rule})");
    }

    /// <summary>
    /// Returns whether <paramref name="request"/> is within the return policy: the ledger's
    /// <see cref="ReturnRequest.InPolicy"/> when present, else the window at <see cref="ReturnRequest.RequestedAt"/>.
    /// </summary>
    /// <param name="order">The request's order.</param>
    /// <param name="request">The request.</param>
    /// <param name="policy">The policy in effect on the order's purchase day.</param>
    /// <returns>The verdict with its reason.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The request belongs to another order.</exception>
    public static ReturnPolicyCheck Of(Order order, ReturnRequest request, MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(policy);
        if (request.OrderId != order.OrderId)
        {
            throw new ArgumentException($"request {request.Key} belongs to order {request.OrderId}, not to order {order.OrderId}.", nameof(request));
        }

        if (request.InPolicy is { } known)
        {
            ReturnWindow? window = ReturnWindow.For(order, policy);
            return new(known, true, request.RequestedAt, window, known ? "the ledger marks the request as within the return policy" : "the ledger marks the request as outside the return policy");
        }

        return At(order, request.RequestedAt, policy);
    }
}
