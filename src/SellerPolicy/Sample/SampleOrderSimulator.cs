using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using SellerPolicy.Ledger;

namespace SellerPolicy.Sample;

/// <summary>
/// Simulates one order after another with everything that happens to it, as far as it is known at
/// <see cref="SampleLedgerGenerator.ObservedUntil(SampleLedgerOptions)"/>. Holds only counters, never the
/// orders, so a stream of any length runs in constant memory. The rates are documented on
/// <see cref="SampleLedgerGenerator"/>.
/// </summary>
internal sealed class SampleOrderSimulator
{
    private static readonly string[] ForeignCountries = ["CA", "GB", "DE", "MX", "AU", "FR", "JP"];

    // Return reasons (Amazon codes) and their weights for items that arrived on time.
    private static readonly string[] ReturnReasons =
    [
        "DEFECTIVE", "DAMAGED_BY_CARRIER", "NOT_AS_DESCRIBED", "WRONG_ITEM", "MISSING_PARTS", "QUALITY_UNACCEPTABLE",
        "MISSED_ESTIMATED_DELIVERY", "NO_LONGER_NEEDED", "ORDERED_WRONG_ITEM", "FOUND_BETTER_PRICE", "UNWANTED_GIFT",
    ];

    private static readonly int[] ReturnReasonWeights = [14, 6, 9, 5, 4, 8, 2, 22, 11, 9, 5];
    private static readonly string[] ApparelReasons = ["APPAREL_TOO_SMALL", "APPAREL_TOO_LARGE", "APPAREL_STYLE"];

    private static readonly ClaimOutcome[] Outcomes =
    [
        ClaimOutcome.GrantedSellerFunded, ClaimOutcome.GrantedAmazonFunded, ClaimOutcome.SellerRefunded, ClaimOutcome.OrderCancelled,
        ClaimOutcome.Denied, ClaimOutcome.Withdrawn, ClaimOutcome.BuyShippingProtected,
    ];

    private static readonly int[] OutcomeWeights = [25, 10, 18, 4, 18, 12, 13];

    private readonly SampleRandom _random;
    private readonly Instant _until;
    private readonly MarketplaceId _marketplace;
    private readonly string _currency;
    private readonly ImmutableArray<SampleProduct> _products;
    private readonly bool _largeCatalogue; // every product equally likely (the sample's own: popular ones first)
    private readonly string _homeCountry;
    private readonly double _afnShare;
    private readonly LocalDate? _stretchFrom;
    private readonly LocalDate? _stretchTo;
    private readonly int _buyerPool;
    private readonly int _serialReturners;
    private readonly Money _noShipping;
    private readonly Money _standardShipping;
    private readonly HashSet<ClaimOutcome> _outcomesSeen = [];
    private long _claimSequence;
    private long _chargebackSequence;
    private long _returnSequence;
    private long _stretchOrders;
    private long _stretchDefects;
    private bool _reversalSeen;

    public SampleOrderSimulator(SampleLedgerOptions options, Instant observedUntil)
    {
        _random = new SampleRandom(options.Seed);
        _until = observedUntil;
        _marketplace = new MarketplaceId(options.MarketplaceId);
        _currency = options.Currency;
        _products = SampleCatalog.OfSize(options.Catalogue);
        _largeCatalogue = options.Catalogue != 0;
        _homeCountry = options.HomeCountry;
        _afnShare = options.AfnShare;
        if (options.BadStretch && options.Days >= SampleLedgerGenerator.MinimumDaysForBadStretch)
        {
            _stretchFrom = options.LastDay.PlusDays(-34);
            _stretchTo = options.LastDay.PlusDays(-25);
        }

        _buyerPool = Math.Max(20, options.Orders / 3);
        _serialReturners = Math.Max(3, options.Orders / 2000);
        _noShipping = Money.Zero(_currency);
        _standardShipping = new Money(4.99m, _currency);
    }

    private enum StretchDefect
    {
        None,
        OneStarFeedback,
        PendingClaim,
        SellerFundedClaim,
        TwoStarFeedbackAndPendingClaim,
    }

    public OrderHistory Next(long index, LocalDate day, Instant purchasedAt)
    {
        SampleRandom r = _random;
        var orderId = new OrderId(OrderIdText(index));
        bool afn = r.Chance(_afnShare);
        bool inStretch = !afn && _stretchFrom is { } sf && day >= sf && day <= _stretchTo!.Value;
        StretchDefect defect = StretchDefect.None;
        if (inStretch && _stretchOrders++ % 10 == 0)
        {
            defect = (StretchDefect)(1 + (int)(_stretchDefects++ % 4));
        }

        // Buyers: a few serial returners (0.6 % of orders, cheap items, most of them returned), the rest from a
        // pool where some buyers come back often.
        bool serialReturner = r.Chance(0.006);
        int buyerIndex = serialReturner
            ? r.Next(_serialReturners)
            : _serialReturners + (r.Chance(0.3) ? (int)(r.NextDouble() * r.NextDouble() * _buyerPool) : r.Next(_buyerPool));
        var buyerId = new BuyerId(BuyerIdText(buyerIndex));

        // Lines: 1 (80 %), 2 (15 %) or 3 (5 %) distinct SKUs; popular products more often.
        int lineCount = r.Pick([80, 15, 5]) + 1;
        var lines = new OrderLine[lineCount];
        Span<int> chosen = stackalloc int[3];
        int made = 0;
        while (made < lineCount)
        {
            double u = r.NextDouble();
            int p = (int)((_largeCatalogue ? u : u * u) * _products.Length);
            if (chosen[..made].Contains(p + 1) || (serialReturner && _products[p].Price >= 12m))
            {
                continue;
            }

            chosen[made] = p + 1;
            SampleProduct product = _products[p];
            int quantity = r.Pick([85, 12, 3]) + 1;
            lines[made++] = new OrderLine(new Sku(product.Sku), quantity, new Money(product.Price, _currency), new Asin(product.Asin), product.Category);
        }

        decimal itemTotal = 0;
        foreach (OrderLine line in lines)
        {
            itemTotal += line.UnitPrice.Amount * line.Quantity;
        }

        bool abroad = r.Chance(0.04);
        string shipTo = abroad ? ForeignCountries[r.Next(ForeignCountries.Length)] : _homeCountry;
        Money shippingPrice = !afn && itemTotal < 25m ? _standardShipping : _noShipping;

        // Promised dates: ship by the end of the handling day, deliver within the transit days after that.
        int handlingDays = afn ? 1 : r.Pick([60, 40]) + 1;
        Instant latestShipDate = StartOf(day.PlusDays(handlingDays + 1)) - Duration.FromSeconds(1);
        int transitDays = abroad ? r.Between(6, 12) : afn ? r.Between(1, 3) : r.Between(3, 6);
        Instant latestDeliveryDate = latestShipDate + Duration.FromDays(transitDays);

        // Cancellation (before shipment): 2 % of MFN orders, 0.5 % of AFN (always the buyer).
        Instant? cancelledAt = null;
        CancelledBy? cancelledBy = null;
        bool cancelled = defect == StretchDefect.None && r.Chance(afn ? 0.005 : 0.02);
        if (cancelled)
        {
            CancelledBy by = afn ? CancelledBy.Buyer : (CancelledBy)r.Pick([55, 30, 15]);
            Instant at = by == CancelledBy.System
                ? latestShipDate + r.Hours(1, 24)
                : purchasedAt + r.Hours(0.2, 30);
            if (Known(at))
            {
                cancelledAt = at;
                cancelledBy = by;
            }
        }

        // Shipment: 3 % of MFN orders late (12 % in the bad stretch).
        Instant? shippedAt = null;
        string? trackingId = null;
        Instant? firstScan = null;
        Instant? deliveredAt = null;
        Instant? arrival = null;
        bool protectedLabel = !afn && r.Chance(0.4);
        bool lateShipment = false;
        bool lateDelivery = false;
        bool lost = false;
        if (!cancelled)
        {
            lateShipment = defect == StretchDefect.None && r.Chance(afn ? 0.002 : inStretch ? 0.12 : 0.03);
            Instant ship = lateShipment
                ? latestShipDate + r.Hours(1, 72)
                : purchasedAt + r.Hours(0.5, Math.Max(1, (latestShipDate - purchasedAt).TotalHours - 0.25));
            if (Known(ship))
            {
                shippedAt = ship;
                int tracking = afn || defect != StretchDefect.None ? 0 : r.Pick([975, 12, 13]); // valid, none, no scan
                if (tracking != 1)
                {
                    trackingId = TrackingText(afn, index);
                }

                if (tracking == 0)
                {
                    Instant scan = ship + r.Hours(0.5, 20);
                    firstScan = Known(scan) ? scan : null;
                }

                lost = defect == StretchDefect.None && r.Chance(afn ? 0.001 : 0.0025);
                lateDelivery = !lost && defect == StretchDefect.None && r.Chance(afn ? 0.02 : inStretch ? 0.12 : 0.05);
                if (!lost)
                {
                    Instant earliest = ship + Duration.FromHours(18);
                    Instant arrive = lateDelivery
                        ? Max(latestDeliveryDate + r.Hours(2, 96), earliest)
                        : Max(earliest + r.Hours(0, Math.Max(1, (latestDeliveryDate - earliest).TotalHours - 1)), earliest);
                    if (arrive > latestDeliveryDate && !lateDelivery)
                    {
                        lateDelivery = true; // shipped so late that even a fast parcel arrives after the promise
                    }

                    arrival = Known(arrive) ? arrive : null;
                    if (arrival is not null && firstScan is not null)
                    {
                        deliveredAt = arrival; // only a scanned parcel has a delivered scan
                    }
                }
            }
        }

        var contacts = ImmutableArray.CreateBuilder<BuyerContact>(0);
        void Contact(Instant at)
        {
            at = Max(at, purchasedAt);
            if (Known(at))
            {
                contacts.Add(new BuyerContact(orderId, at));
            }
        }

        if (lateDelivery && r.Chance(0.2))
        {
            Contact(latestDeliveryDate + r.Hours(2, 48));
        }
        else if (!cancelled && r.Chance(0.01))
        {
            Contact(purchasedAt + r.Hours(2, 24 * 10));
        }

        // Returns: about 6 % of delivered orders (serial returners much more).
        var returns = ImmutableArray.CreateBuilder<ReturnRequest>(0);
        bool sellerFaultReturn = false;
        Instant? unrefundedReturnReceivedAt = null;
        Instant? sellerFaultReturnAt = null;
        if (arrival is { } arrived && r.Chance(serialReturner ? 0.6 : 0.058))
        {
            int first = r.Next(lines.Length);
            string reason = ReturnReason(lines[first], lateDelivery);
            sellerFaultReturn = IsSellerFault(reason);
            AddReturn(lines[first], reason, arrived, shippingPrice, serialReturner);
            if (lines.Length > 1 && r.Chance(0.15))
            {
                AddReturn(lines[(first + 1) % lines.Length], reason, arrived, shippingPrice, serialReturner);
            }
        }

        void AddReturn(OrderLine line, string reason, Instant arrived, Money shipping, bool serial)
        {
            bool outOfPolicy = r.Chance(0.04);
            Instant requestedAt = outOfPolicy ? arrived + r.Hours(24 * 31, 24 * 50) : arrived + r.Hours(6, 24 * 28);
            if (!Known(requestedAt))
            {
                return;
            }

            int quantity = r.Between(1, line.Quantity);
            bool? inPolicy = outOfPolicy ? false : r.Chance(0.03) ? null : true;
            bool sellerFault = IsSellerFault(reason);
            Money refund = line.UnitPrice * quantity;
            if (sellerFault && shipping.Amount > 0)
            {
                refund += shipping;
            }

            bool returnless = inPolicy == true && line.UnitPrice.Amount < 12m && r.Chance(serial ? 0.8 : 0.45);
            bool negativeReturnFeedback = r.Chance(0.02);
            if (sellerFault)
            {
                sellerFaultReturnAt ??= requestedAt;
            }

            if (returnless)
            {
                ReturnId? rma = r.Chance(0.3) ? new ReturnId(ReturnIdText(_returnSequence++)) : null;
                Instant refundAt = requestedAt + r.Hours(0.2, 30);
                bool done = Known(refundAt);
                returns.Add(new ReturnRequest(
                    rma, orderId, line.Sku, quantity, requestedAt, reason,
                    done ? ReturnStatus.Refunded : ReturnStatus.Requested, inPolicy,
                    respondedAt: done ? refundAt : null, negativeReturnFeedback: negativeReturnFeedback,
                    refundedAt: done ? refundAt : null, refundAmount: done ? refund : null, returnless: true));
                return;
            }

            var returnId = new ReturnId(ReturnIdText(_returnSequence++));
            Instant respond = requestedAt + (r.Chance(0.04) ? r.Hours(49, 120) : r.Hours(0.5, 40));
            if (!Known(respond))
            {
                returns.Add(new ReturnRequest(returnId, orderId, line.Sku, quantity, requestedAt, reason, ReturnStatus.Requested, inPolicy,
                    negativeReturnFeedback: negativeReturnFeedback));
                return;
            }

            bool rejected = r.Chance(outOfPolicy ? 0.5 : 0.03);
            if (rejected)
            {
                bool incorrectly = !outOfPolicy && r.Chance(0.4);
                returns.Add(new ReturnRequest(returnId, orderId, line.Sku, quantity, requestedAt, reason, ReturnStatus.Rejected, inPolicy,
                    respond, incorrectly, negativeReturnFeedback || (incorrectly && r.Chance(0.3))));
                return;
            }

            Instant? shippedBack = null;
            Instant? received = null;
            Instant? refunded = null;
            ReturnStatus status = ReturnStatus.Authorized;
            if (r.Chance(0.85))
            {
                Instant ship = respond + r.Hours(6, 24 * 10);
                if (Known(ship))
                {
                    shippedBack = ship;
                    Instant receive = ship + r.Hours(48, 24 * 7);
                    if (Known(receive))
                    {
                        received = receive;
                        status = ReturnStatus.Received;
                        bool neverRefunded = r.Chance(0.012);
                        Instant refund2 = receive + (r.Chance(0.05) ? r.Hours(24 * 4, 24 * 10) : r.Hours(2, 48));
                        if (!neverRefunded && Known(refund2))
                        {
                            refunded = refund2;
                            status = ReturnStatus.Refunded;
                        }
                        else if (neverRefunded)
                        {
                            unrefundedReturnReceivedAt ??= receive;
                        }
                    }
                }
            }
            else if (!Known(respond + Duration.FromDays(30)))
            {
                status = ReturnStatus.Authorized;
            }
            else
            {
                status = ReturnStatus.Closed; // the label was never used
            }

            returns.Add(new ReturnRequest(returnId, orderId, line.Sku, quantity, requestedAt, reason, status, inPolicy, respond,
                false, negativeReturnFeedback, shippedBack, received, refunded, refunded is null ? null : refund));
        }

        // A-to-z claims (MFN only): lost parcels, late deliveries, seller-fault returns, unrefunded returns, the bad stretch.
        var claims = ImmutableArray<AtoZClaim>.Empty;
        if (!afn && !cancelled)
        {
            Instant? filed = null;
            ClaimReason reason = ClaimReason.NotReceived;
            if (defect is StretchDefect.PendingClaim or StretchDefect.SellerFundedClaim or StretchDefect.TwoStarFeedbackAndPendingClaim && arrival is { } a0)
            {
                filed = a0 + r.Hours(6, 60);
                reason = r.Chance(0.5) ? ClaimReason.DamagedOrDefective : ClaimReason.MateriallyDifferent;
            }
            else if (lost && shippedAt is not null && r.Chance(0.6))
            {
                filed = latestDeliveryDate + r.Hours(73, 24 * 12);
            }
            else if (lateDelivery && r.Chance(0.02))
            {
                filed = latestDeliveryDate + r.Hours(73, 120);
            }
            else if (sellerFaultReturnAt is { } srt && r.Chance(0.03))
            {
                filed = srt + r.Hours(24, 24 * 10);
                reason = r.Chance(0.6) ? ClaimReason.DamagedOrDefective : ClaimReason.MateriallyDifferent;
            }
            else if (unrefundedReturnReceivedAt is { } urr && r.Chance(0.5))
            {
                filed = urr + r.Hours(24 * 3, 24 * 10);
                reason = ClaimReason.ReturnNotRefunded;
            }
            else if (r.Chance(0.0003))
            {
                filed = purchasedAt + r.Hours(24 * 10, 24 * 40);
                reason = ClaimReason.Other;
            }

            if (filed is { } f && Known(f))
            {
                if (r.Chance(0.8))
                {
                    Contact(f - r.Hours(50, 24 * 6));
                }

                AtoZClaim claim = MakeClaim(orderId, f, reason, defect, ref protectedLabel);
                claims = [claim];
            }
        }

        // Feedback: about 9 % of buyers rate; 1-2 stars mostly after something went wrong.
        var feedback = ImmutableArray<Feedback>.Empty;
        Instant? feedbackBase = arrival ?? (lost ? latestDeliveryDate : null);
        if (feedbackBase is { } fb)
        {
            double negative = 0.002 + (lateDelivery ? 0.05 : 0) + (lost ? 0.25 : 0) + (lateShipment ? 0.02 : 0)
                              + (sellerFaultReturn ? 0.10 : 0) + (inStretch ? 0.02 : 0);
            bool forced = defect is StretchDefect.OneStarFeedback or StretchDefect.TwoStarFeedbackAndPendingClaim;
            int rating = 0;
            if (forced)
            {
                rating = defect == StretchDefect.OneStarFeedback ? 1 : 2;
            }
            else if (r.Chance(negative))
            {
                rating = r.Chance(0.6) ? 1 : 2;
            }
            else if (r.Chance(0.085))
            {
                rating = r.Pick([10, 20, 70]) + 3;
            }

            Instant receivedAt = forced ? fb + r.Hours(6, 72) : fb + r.Hours(4, 24 * 20);
            if (rating > 0 && Known(receivedAt))
            {
                Instant? removedAt = null;
                FeedbackRemoval? removal = null;
                if (rating <= 2 && !forced && r.Chance(afn ? 0.6 : 0.45))
                {
                    Instant at = receivedAt + r.Hours(12, 24 * 40);
                    if (Known(at))
                    {
                        removedAt = at;
                        removal = (FeedbackRemoval)(afn ? r.Pick([15, 25, 60]) : r.Pick([55, 35, 10]));
                    }
                }

                feedback = [new Feedback(orderId, receivedAt, rating, removedAt, removal)];
            }
        }

        // Chargebacks: 0.06 % service, 0.04 % fraud.
        var chargebacks = ImmutableArray<Chargeback>.Empty;
        if (!cancelled && defect == StretchDefect.None)
        {
            int kind = r.Pick([9990, 6, 4]);
            if (kind > 0)
            {
                ChargebackType type = kind == 1 ? ChargebackType.Service : ChargebackType.Fraud;
                Instant received = purchasedAt + r.Hours(24 * 15, 24 * 60);
                if (Known(received))
                {
                    Instant decided = received + r.Hours(24 * 7, 24 * 40);
                    bool decide = r.Chance(0.75) && Known(decided);
                    ChargebackOutcome? outcome = !decide ? null
                        : type == ChargebackType.Service
                            ? (r.Chance(0.55) ? ChargebackOutcome.DecidedForSeller : ChargebackOutcome.DecidedForBuyer)
                            : (r.Chance(0.7) ? ChargebackOutcome.DecidedForBuyer : ChargebackOutcome.DecidedForSeller);
                    chargebacks = [new Chargeback(new ChargebackId(ChargebackIdText(_chargebackSequence++)), orderId, received, type, outcome, decide ? decided : null)];
                }
            }
        }

        var order = new Order(
            orderId, afn ? FulfillmentChannel.Afn : FulfillmentChannel.Mfn, purchasedAt, lines, _marketplace, buyerId, shipTo, shippingPrice,
            latestShipDate, shippedAt, trackingId, firstScan, protectedLabel, latestDeliveryDate, deliveredAt, cancelledAt, cancelledBy);
        return new OrderHistory(order, feedback, claims, chargebacks, returns.DrainToImmutable(), contacts.DrainToImmutable());
    }

    private AtoZClaim MakeClaim(OrderId orderId, Instant filed, ClaimReason reason, StretchDefect defect, ref bool protectedLabel)
    {
        SampleRandom r = _random;
        var claimId = new ClaimId(ClaimIdText(_claimSequence++));
        if (defect is StretchDefect.PendingClaim or StretchDefect.TwoStarFeedbackAndPendingClaim)
        {
            return new AtoZClaim(claimId, orderId, filed, reason);
        }

        if (defect == StretchDefect.SellerFundedClaim)
        {
            Instant d = filed + r.Hours(24, 24 * 5);
            return Known(d) ? new AtoZClaim(claimId, orderId, filed, reason, ClaimOutcome.GrantedSellerFunded, d) : new AtoZClaim(claimId, orderId, filed, reason);
        }

        Instant decidedAt = filed + r.Hours(24, 24 * 14);
        if (!Known(decidedAt))
        {
            return new AtoZClaim(claimId, orderId, filed, reason);
        }

        // Every outcome appears early (the first claim that fits each one), then they follow the weights.
        ClaimOutcome? outcome = null;
        foreach (ClaimOutcome candidate in Outcomes)
        {
            if (!_outcomesSeen.Contains(candidate) && Fits(candidate, reason))
            {
                outcome = candidate;
                break;
            }
        }

        if (outcome is null)
        {
            ClaimOutcome picked = Outcomes[r.Pick(OutcomeWeights)];
            outcome = Fits(picked, reason) ? picked : ClaimOutcome.GrantedAmazonFunded;
        }

        _outcomesSeen.Add(outcome.Value);
        if (outcome == ClaimOutcome.BuyShippingProtected)
        {
            protectedLabel = true;
        }

        Instant? reversedAt = null;
        if (AtoZClaim.FundingOf(outcome.Value) == ClaimFunding.Seller
            && (!_reversalSeen || r.Chance(0.15)))
        {
            Instant at = decidedAt + r.Hours(24 * 3, 24 * 25);
            if (Known(at))
            {
                reversedAt = at;
                _reversalSeen = true;
            }
        }

        return new AtoZClaim(claimId, orderId, filed, reason, outcome, decidedAt, reversedAt);
    }

    private static bool Fits(ClaimOutcome outcome, ClaimReason reason)
        => outcome switch
        {
            ClaimOutcome.BuyShippingProtected or ClaimOutcome.OrderCancelled => reason == ClaimReason.NotReceived,
            _ => true,
        };

    private string ReturnReason(OrderLine line, bool lateDelivery)
    {
        if (lateDelivery && _random.Chance(0.3))
        {
            return "MISSED_ESTIMATED_DELIVERY";
        }

        if (line.Category == "Apparel" && _random.Chance(0.5))
        {
            return ApparelReasons[_random.Next(ApparelReasons.Length)];
        }

        return ReturnReasons[_random.Pick(ReturnReasonWeights)];
    }

    private static bool IsSellerFault(string reason)
        => reason is "DEFECTIVE" or "DAMAGED_BY_CARRIER" or "NOT_AS_DESCRIBED" or "WRONG_ITEM" or "MISSING_PARTS"
            or "QUALITY_UNACCEPTABLE" or "MISSED_ESTIMATED_DELIVERY";

    private bool Known(Instant instant) => instant < _until;

    private static Instant Max(Instant a, Instant b) => a > b ? a : b;

    private static Instant StartOf(LocalDate day) => day.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();

    /// <summary>Amazon-style order id <c>111-nnnnnnn-nnnnnnn</c>: a scrambled, collision-free image of the sequence number.</summary>
    internal static string OrderIdText(long index)
    {
        const ulong Modulus = 100_000_000_000_000UL; // 10^14: two groups of seven digits
        ulong x = (ulong)((UInt128)(ulong)index * 7_919_000_003UL % Modulus); // multiplier coprime with 10: a bijection
        return string.Create(CultureInfo.InvariantCulture, $"111-{x / 10_000_000:D7}-{x % 10_000_000:D7}");
    }

    private static string BuyerIdText(int index)
        => string.Create(CultureInfo.InvariantCulture, $"A{unchecked((uint)index * 2654435761u):X8}{index % 89:D2}");

    private static string TrackingText(bool afn, long index)
        => afn
            ? string.Create(CultureInfo.InvariantCulture, $"TBA{700_000_000_000 + index:D12}")
            : string.Create(CultureInfo.InvariantCulture, $"1Z{(ulong)(index * 2_654_435_761L) % 10_000_000_000_000_000UL:D16}");

    private static string ClaimIdText(long n) => string.Create(CultureInfo.InvariantCulture, $"AZ-{n + 1:D7}");

    private static string ChargebackIdText(long n) => string.Create(CultureInfo.InvariantCulture, $"CB-{n + 1:D6}");

    private static string ReturnIdText(long n) => string.Create(CultureInfo.InvariantCulture, $"RMA-{n + 1:D8}");
}
