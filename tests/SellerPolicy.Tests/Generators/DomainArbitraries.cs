using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using SellerPolicy.Ledger;

namespace SellerPolicy.Tests.Generators;

/// <summary>
/// FsCheck generators for every domain type and for whole valid ledgers, for any test class to reuse
/// (<c>Prop.ForAll(DomainArbitraries.OrderArb, ...)</c>, or <c>[Property(Arbitrary = [typeof(DomainArbitraries)])]</c>).
/// </summary>
/// <remarks>
/// Every generated value is valid (its constructor accepts it) and every generated ledger builds strictly without
/// problems. Instants lie in the ~200 days from <see cref="Epoch"/> (plus follow-up events), so 60-day windows
/// and as-of days in that range see plenty of orders. A ledger is in one currency (<see cref="LedgerCurrency"/>).
/// </remarks>
public static class DomainArbitraries
{
    /// <summary>The first instant generated: 2026-01-01T00:00Z.</summary>
    public static readonly Instant Epoch = Instant.FromUtc(2026, 1, 1, 0, 0);

    /// <summary>How many days after <see cref="Epoch"/> purchases are generated.</summary>
    public const int SpanDays = 200;

    /// <summary>The currency of generated ledgers.</summary>
    public const string LedgerCurrency = "USD";

    private static readonly string[] SkuTexts = ["MUG-01", "SOCKS-6PK", "CABLE-1M", "PUZZLE-500", "LAMP-02", "BOOK-07"];
    private static readonly string[] Categories = ["Kitchen", "Apparel", "Electronics", "Toys", "Home", "Books"];
    private static readonly string[] ReturnReasons = ["DEFECTIVE", "DAMAGED_BY_CARRIER", "NOT_AS_DESCRIBED", "NO_LONGER_NEEDED", "ORDERED_WRONG_ITEM", "FOUND_BETTER_PRICE"];

    // ---- primitives ----

    /// <summary>Gets instants in <c>[Epoch, Epoch + SpanDays)</c>, to the second.</summary>
    public static Gen<Instant> Instants =>
        from minute in Gen.Choose(0, (SpanDays * 24 * 60) - 1)
        from second in Gen.Choose(0, 59)
        select Epoch + Duration.FromMinutes(minute) + Duration.FromSeconds(second);

    /// <summary>Returns durations from zero to <paramref name="hours"/> hours, to the minute.</summary>
    /// <param name="hours">The longest duration.</param>
    /// <returns>The generator.</returns>
    public static Gen<Duration> DurationUpTo(int hours) => Gen.Choose(0, hours * 60).Select(m => Duration.FromMinutes(m));

    /// <summary>Returns null one time in four, else a value of <paramref name="gen"/>.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="gen">The generator of present values.</param>
    /// <returns>The generator.</returns>
    public static Gen<T?> Optional<T>(Gen<T> gen)
        where T : struct
        => Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(v => (T?)v)));

    /// <summary>Returns an optional instant 0 to <paramref name="maxHours"/> hours after <paramref name="start"/>.</summary>
    /// <param name="start">The earliest instant.</param>
    /// <param name="maxHours">The longest delay.</param>
    /// <returns>The generator.</returns>
    public static Gen<Instant?> OptionalAfter(Instant start, int maxHours) => Optional(DurationUpTo(maxHours).Select(d => start + d));

    /// <summary>Gets Amazon-style order ids.</summary>
    public static Gen<OrderId> OrderIds => Gen.Choose(1, 9_999_999).Select(n => new OrderId($"111-{n % 1000:D7}-{n:D7}"));

    /// <summary>Gets claim ids.</summary>
    public static Gen<ClaimId> ClaimIds => Gen.Choose(1, 99_999).Select(n => new ClaimId($"AZ-{n}"));

    /// <summary>Gets chargeback ids.</summary>
    public static Gen<ChargebackId> ChargebackIds => Gen.Choose(1, 99_999).Select(n => new ChargebackId($"CB-{n}"));

    /// <summary>Gets RMA ids.</summary>
    public static Gen<ReturnId> ReturnIds => Gen.Choose(1, 99_999).Select(n => new ReturnId($"RMA-{n}"));

    /// <summary>Gets buyer ids from a small pool (so buyers repeat).</summary>
    public static Gen<BuyerId> BuyerIds => Gen.Choose(1, 20).Select(n => new BuyerId($"BUYER-{n}"));

    /// <summary>Gets SKUs from a small catalogue.</summary>
    public static Gen<Sku> Skus => Gen.Elements(SkuTexts).Select(s => new Sku(s));

    /// <summary>Gets ASINs.</summary>
    public static Gen<Asin> Asins => Gen.Choose(1, 999).Select(n => new Asin($"B000000{n:D3}"));

    /// <summary>Gets marketplace ids.</summary>
    public static Gen<MarketplaceId> MarketplaceIds => Gen.Elements("ATVPDKIKX0DER", "A1PA6795UKMFR9", "A1F83G8C2ARO7P").Select(s => new MarketplaceId(s));

    /// <summary>Gets ISO currency codes.</summary>
    public static Gen<string> Currencies => Gen.Elements("USD", "EUR", "GBP", "PLN");

    /// <summary>Returns amounts from 0.00 to 200.00 in <paramref name="currency"/>.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The generator.</returns>
    public static Gen<Money> MoneyIn(string currency) => Gen.Choose(0, 20_000).Select(cents => new Money(cents / 100m, currency));

    /// <summary>Gets amounts in any of <see cref="Currencies"/>.</summary>
    public static Gen<Money> Amounts => Currencies.SelectMany(MoneyIn);

    // ---- records ----

    /// <summary>Returns a line in <paramref name="currency"/> for <paramref name="sku"/>.</summary>
    /// <param name="sku">The SKU.</param>
    /// <param name="currency">The currency.</param>
    /// <returns>The generator.</returns>
    public static Gen<OrderLine> LineFor(Sku sku, string currency) =>
        from quantity in Gen.Choose(1, 4)
        from cents in Gen.Choose(100, 12_000)
        from asin in Optional(Asins)
        from category in Gen.Elements<string?>([.. Categories, null])
        select new OrderLine(sku, quantity, new Money(cents / 100m, currency), asin, category);

    /// <summary>Gets order lines in any currency.</summary>
    public static Gen<OrderLine> Lines => from sku in Skus from currency in Currencies from line in LineFor(sku, currency) select line;

    /// <summary>Returns one to three lines of distinct SKUs in <paramref name="currency"/>.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>The generator.</returns>
    public static Gen<ImmutableArray<OrderLine>> LinesIn(string currency) =>
        from count in Gen.Choose(1, 3)
        from skus in Gen.Shuffle(SkuTexts)
        from lines in Gen.CollectToList(skus.Take(count).Select(s => LineFor(new Sku(s), currency)))
        select lines.ToImmutableArray();

    /// <summary>
    /// Returns an order with <paramref name="orderId"/> placed at <paramref name="purchasedAt"/>, with consistent
    /// optional facts: unshipped, shipped (with or without tracking and scan), delivered (on time or late), or
    /// cancelled (by anyone, before or after shipment).
    /// </summary>
    /// <param name="orderId">The order id.</param>
    /// <param name="purchasedAt">The purchase instant.</param>
    /// <param name="currency">The currency of every price.</param>
    /// <returns>The generator.</returns>
    public static Gen<Order> OrderWith(OrderId orderId, Instant purchasedAt, string currency) =>
        from channel in Gen.Elements(FulfillmentChannel.Mfn, FulfillmentChannel.Afn)
        from lines in LinesIn(currency)
        from buyer in Optional(BuyerIds)
        from marketplace in Optional(MarketplaceIds)
        from country in Gen.Elements<string?>(null, "US", "DE", "GB")
        from shipping in Optional(MoneyIn(currency))
        from shipBy in DurationUpTo(72)
        from deliverBy in DurationUpTo(24 * 8)
        from stage in Gen.Choose(0, 4)
        from shipAfter in DurationUpTo(24 * 5)
        from tracking in Gen.Elements<string?>(null, "1Z999AA10123456784", "TBA301234567890")
        from scanAfter in Optional(DurationUpTo(24))
        from deliverAfter in DurationUpTo(24 * 10)
        from protectedLabel in Gen.Elements(false, true)
        from cancelAfter in DurationUpTo(48)
        from cancelledBy in Gen.Elements(Enum.GetValues<CancelledBy>())
        select MakeOrder(orderId, channel, purchasedAt, lines, marketplace, buyer, country, shipping, shipBy, deliverBy, stage,
            shipAfter, tracking, scanAfter, deliverAfter, protectedLabel, cancelAfter, cancelledBy);

    /// <summary>Gets orders of any currency, placed within the generated span.</summary>
    public static Gen<Order> Orders =>
        from id in OrderIds
        from purchasedAt in Instants
        from currency in Currencies
        from order in OrderWith(id, purchasedAt, currency)
        select order;

    /// <summary>Returns a feedback on <paramref name="orderId"/> received after <paramref name="after"/>, perhaps removed later.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="after">The earliest receipt.</param>
    /// <returns>The generator.</returns>
    public static Gen<Feedback> FeedbackFor(OrderId orderId, Instant after) =>
        from receivedAfter in DurationUpTo(24 * 40)
        from rating in Gen.Frequency((2, Gen.Choose(1, 2)), (1, Gen.Choose(3, 5)))
        from removedAfter in Optional(DurationUpTo(24 * 30))
        from removal in Gen.Elements(Enum.GetValues<FeedbackRemoval>())
        let received = after + receivedAfter
        select removedAfter is { } r
            ? new Feedback(orderId, received, rating, received + r, removal)
            : new Feedback(orderId, received, rating);

    /// <summary>Gets feedback on any order.</summary>
    public static Gen<Feedback> Feedbacks => from id in OrderIds from at in Instants from f in FeedbackFor(id, at) select f;

    /// <summary>
    /// Returns a claim on <paramref name="orderId"/> filed after <paramref name="after"/>: pending, or decided with any
    /// outcome, and reversed on appeal in about half of the decisions that allow it.
    /// </summary>
    /// <param name="claimId">The claim id.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="after">The earliest filing.</param>
    /// <returns>The generator.</returns>
    public static Gen<AtoZClaim> ClaimFor(ClaimId claimId, OrderId orderId, Instant after) =>
        from filedAfter in DurationUpTo(24 * 50)
        from reason in Gen.Elements(Enum.GetValues<ClaimReason>())
        from outcome in Optional(Gen.Elements(Enum.GetValues<ClaimOutcome>()))
        from decidedAfter in DurationUpTo(24 * 20)
        from reverse in Gen.Elements(false, true)
        from reversedAfter in DurationUpTo(24 * 30)
        let filed = after + filedAfter
        let decided = filed + decidedAfter
        let reversible = outcome is ClaimOutcome.GrantedSellerFunded or ClaimOutcome.SellerRefunded or ClaimOutcome.OrderCancelled
        select new AtoZClaim(claimId, orderId, filed, reason, outcome, outcome is null ? null : decided,
            reverse && reversible ? decided + reversedAfter : null);

    /// <summary>Gets claims on any order.</summary>
    public static Gen<AtoZClaim> Claims => from id in ClaimIds from o in OrderIds from at in Instants from c in ClaimFor(id, o, at) select c;

    /// <summary>Returns a chargeback on <paramref name="orderId"/> received after <paramref name="after"/>, pending or decided.</summary>
    /// <param name="chargebackId">The chargeback id.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="after">The earliest receipt.</param>
    /// <returns>The generator.</returns>
    public static Gen<Chargeback> ChargebackFor(ChargebackId chargebackId, OrderId orderId, Instant after) =>
        from receivedAfter in DurationUpTo(24 * 60)
        from type in Gen.Elements(Enum.GetValues<ChargebackType>())
        from outcome in Optional(Gen.Elements(Enum.GetValues<ChargebackOutcome>()))
        from decidedAfter in DurationUpTo(24 * 40)
        let received = after + receivedAfter
        select new Chargeback(chargebackId, orderId, received, type, outcome, outcome is null ? null : received + decidedAfter);

    /// <summary>Gets chargebacks on any order.</summary>
    public static Gen<Chargeback> Chargebacks => from id in ChargebackIds from o in OrderIds from at in Instants from c in ChargebackFor(id, o, at) select c;

    /// <summary>
    /// Returns a return request for up to the ordered units of <paramref name="line"/>, requested after
    /// <paramref name="after"/>: with or without RMA (returnless), answered or not, received and refunded or not.
    /// </summary>
    /// <param name="returnId">The RMA id to use unless the request is a returnless refund without one.</param>
    /// <param name="orderId">The order.</param>
    /// <param name="line">The line returned.</param>
    /// <param name="after">The earliest request.</param>
    /// <returns>The generator.</returns>
    public static Gen<ReturnRequest> ReturnFor(ReturnId returnId, OrderId orderId, OrderLine line, Instant after) =>
        from requestedAfter in DurationUpTo(24 * 40)
        from quantity in Gen.Choose(1, line.Quantity)
        from reason in Gen.Elements(ReturnReasons)
        from status in Gen.Elements(Enum.GetValues<ReturnStatus>())
        from inPolicy in Gen.Elements<bool?>(true, true, false, null)
        from responded in Optional(DurationUpTo(96))
        from flags in Gen.Choose(0, 7)
        from received in Optional(DurationUpTo(24 * 14))
        from refunded in Optional(DurationUpTo(24 * 20))
        from returnless in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from withoutRma in Gen.Elements(false, true)
        let requested = after + requestedAfter
        select new ReturnRequest(
            returnless && withoutRma ? null : returnId, orderId, line.Sku, quantity, requested, reason, status, inPolicy,
            Plus(requested, responded), (flags & 1) != 0, (flags & 2) != 0,
            returnless ? null : Plus(requested, received), returnless ? null : Plus(requested, received),
            Plus(requested, refunded), refunded is null ? null : line.UnitPrice * quantity, returnless);

    /// <summary>Gets return requests on any order.</summary>
    public static Gen<ReturnRequest> Returns =>
        from id in ReturnIds from o in OrderIds from line in Lines from at in Instants from r in ReturnFor(id, o, line, at) select r;

    /// <summary>Returns a buyer contact on <paramref name="orderId"/> after <paramref name="after"/>.</summary>
    /// <param name="orderId">The order.</param>
    /// <param name="after">The earliest contact.</param>
    /// <returns>The generator.</returns>
    public static Gen<BuyerContact> ContactFor(OrderId orderId, Instant after) => DurationUpTo(24 * 30).Select(d => new BuyerContact(orderId, after + d));

    /// <summary>Gets buyer contacts on any order.</summary>
    public static Gen<BuyerContact> Contacts => from o in OrderIds from at in Instants from c in ContactFor(o, at) select c;

    /// <summary>
    /// Returns the history of order number <paramref name="index"/> of a ledger: the order and 0-1 feedback, 0-2
    /// claims, 0-1 chargeback, 0-1 return per line and 0-2 contacts, every id unique within the ledger.
    /// </summary>
    /// <param name="index">The order's number within the ledger (makes the ids unique).</param>
    /// <returns>The generator.</returns>
    public static Gen<OrderHistory> HistoryFor(int index) =>
        from purchasedAt in Instants
        let orderId = new OrderId($"111-{index:D7}-{index * 7 % 10_000_000:D7}")
        from order in OrderWith(orderId, purchasedAt, LedgerCurrency)
        from feedback in Gen.Frequency((2, Gen.Constant(ImmutableArray<Feedback>.Empty)), (1, FeedbackFor(orderId, purchasedAt).Select(f => ImmutableArray.Create(f))))
        from claimCount in Gen.Frequency((5, Gen.Constant(0)), (2, Gen.Constant(1)), (1, Gen.Constant(2)))
        from claims in Gen.CollectToList(Enumerable.Range(0, claimCount).Select(k => ClaimFor(new ClaimId($"AZ-{index}-{k}"), orderId, purchasedAt)))
        from chargebacks in Gen.Frequency((6, Gen.Constant(ImmutableArray<Chargeback>.Empty)),
            (1, ChargebackFor(new ChargebackId($"CB-{index}"), orderId, purchasedAt).Select(c => ImmutableArray.Create(c))))
        from returnMask in Gen.Choose(0, 15)
        from returns in Gen.CollectToList(order.Lines.Select((line, j) => (line, j)).Where(x => (returnMask & (1 << x.j)) != 0 && returnMask >= 8)
            .Select(x => ReturnFor(new ReturnId($"RMA-{index}-{x.j}"), orderId, x.line, purchasedAt)))
        from contactCount in Gen.Choose(0, 2)
        from contacts in Gen.CollectToList(Enumerable.Range(0, contactCount).Select(_ => ContactFor(orderId, purchasedAt)))
        select new OrderHistory(order, feedback, [.. claims], chargebacks, [.. returns], [.. contacts]);

    /// <summary>Returns the histories of a ledger of 1 to <paramref name="maxOrders"/> orders.</summary>
    /// <param name="maxOrders">The most orders.</param>
    /// <returns>The generator.</returns>
    public static Gen<IReadOnlyList<OrderHistory>> HistoriesUpTo(int maxOrders) =>
        from count in Gen.Choose(1, maxOrders)
        from histories in Gen.CollectToList(Enumerable.Range(1, count).Select(HistoryFor))
        select (IReadOnlyList<OrderHistory>)histories;

    /// <summary>Gets valid ledgers of 1 to 25 orders with attached records (they always build strictly).</summary>
    public static Gen<SellerLedger> Ledgers => HistoriesUpTo(25).Select(ToLedger);

    /// <summary>Builds a ledger from histories, strictly.</summary>
    /// <param name="histories">The histories.</param>
    /// <returns>The ledger.</returns>
    public static SellerLedger ToLedger(IEnumerable<OrderHistory> histories)
    {
        SellerLedger.Builder builder = SellerLedger.CreateBuilder();
        foreach (OrderHistory h in histories)
        {
            builder.Add(h);
        }

        return builder.ToImmutable();
    }

    // ---- arbitraries (FsCheck registers public static Arbitrary<T> members of this class) ----

    /// <summary>Gets the arbitrary of order ids.</summary>
    public static Arbitrary<OrderId> OrderIdArb => Arb.From(OrderIds);

    /// <summary>Gets the arbitrary of claim ids.</summary>
    public static Arbitrary<ClaimId> ClaimIdArb => Arb.From(ClaimIds);

    /// <summary>Gets the arbitrary of chargeback ids.</summary>
    public static Arbitrary<ChargebackId> ChargebackIdArb => Arb.From(ChargebackIds);

    /// <summary>Gets the arbitrary of RMA ids.</summary>
    public static Arbitrary<ReturnId> ReturnIdArb => Arb.From(ReturnIds);

    /// <summary>Gets the arbitrary of buyer ids.</summary>
    public static Arbitrary<BuyerId> BuyerIdArb => Arb.From(BuyerIds);

    /// <summary>Gets the arbitrary of SKUs.</summary>
    public static Arbitrary<Sku> SkuArb => Arb.From(Skus);

    /// <summary>Gets the arbitrary of ASINs.</summary>
    public static Arbitrary<Asin> AsinArb => Arb.From(Asins);

    /// <summary>Gets the arbitrary of marketplace ids.</summary>
    public static Arbitrary<MarketplaceId> MarketplaceIdArb => Arb.From(MarketplaceIds);

    /// <summary>Gets the arbitrary of amounts.</summary>
    public static Arbitrary<Money> MoneyArb => Arb.From(Amounts);

    /// <summary>Gets the arbitrary of instants within the span.</summary>
    public static Arbitrary<Instant> InstantArb => Arb.From(Instants);

    /// <summary>Gets the arbitrary of order lines.</summary>
    public static Arbitrary<OrderLine> OrderLineArb => Arb.From(Lines);

    /// <summary>Gets the arbitrary of orders.</summary>
    public static Arbitrary<Order> OrderArb => Arb.From(Orders);

    /// <summary>Gets the arbitrary of feedback.</summary>
    public static Arbitrary<Feedback> FeedbackArb => Arb.From(Feedbacks);

    /// <summary>Gets the arbitrary of claims.</summary>
    public static Arbitrary<AtoZClaim> ClaimArb => Arb.From(Claims);

    /// <summary>Gets the arbitrary of chargebacks.</summary>
    public static Arbitrary<Chargeback> ChargebackArb => Arb.From(Chargebacks);

    /// <summary>Gets the arbitrary of return requests.</summary>
    public static Arbitrary<ReturnRequest> ReturnRequestArb => Arb.From(Returns);

    /// <summary>Gets the arbitrary of buyer contacts.</summary>
    public static Arbitrary<BuyerContact> BuyerContactArb => Arb.From(Contacts);

    /// <summary>Gets the arbitrary of valid ledgers.</summary>
    public static Arbitrary<SellerLedger> LedgerArb => Arb.From(Ledgers);

    private static Instant? Plus(Instant start, Duration? offset) => offset is { } o ? start + o : null;

    private static Order MakeOrder(
        OrderId id, FulfillmentChannel channel, Instant purchasedAt, ImmutableArray<OrderLine> lines, MarketplaceId? marketplace,
        BuyerId? buyer, string? country, Money? shipping, Duration shipBy, Duration deliverBy, int stage, Duration shipAfter,
        string? tracking, Duration? scanAfter, Duration deliverAfter, bool protectedLabel, Duration cancelAfter, CancelledBy cancelledBy)
    {
        // stage 0: placed; 1: shipped; 2: shipped and delivered; 3: cancelled before shipment; 4: shipped, then cancelled.
        Instant latestShip = purchasedAt + shipBy;
        Instant latestDelivery = latestShip + deliverBy;
        Instant? shipped = stage is 1 or 2 or 4 ? purchasedAt + shipAfter : null;
        Instant? scan = shipped is { } s && scanAfter is { } sa && tracking is not null ? s + sa : null;
        Instant? delivered = stage == 2 && shipped is { } s2 ? s2 + deliverAfter : null;
        Instant? cancelled = stage switch
        {
            3 => purchasedAt + cancelAfter,
            4 => shipped!.Value + cancelAfter,
            _ => null,
        };
        return new Order(id, channel, purchasedAt, lines, marketplace, buyer, country, shipping, latestShip, shipped,
            shipped is null ? null : tracking, scan, protectedLabel, latestDelivery, delivered, cancelled, cancelled is null ? null : cancelledBy);
    }
}
