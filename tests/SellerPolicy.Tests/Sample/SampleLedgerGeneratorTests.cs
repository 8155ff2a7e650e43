using NodaTime;
using SellerPolicy.Ledger;
using SellerPolicy.Sample;

namespace SellerPolicy.Tests.Sample;

public sealed class SampleLedgerGeneratorTests : IClassFixture<SampleLedgerGeneratorTests.LargeSample>
{
    private readonly LargeSample _large;

    public SampleLedgerGeneratorTests(LargeSample large) => _large = large;

    [Fact]
    public void Generate_SameOptions_GivesEqualLedgers()
    {
        var options = new SampleLedgerOptions { Orders = 1500, Seed = 11 };

        SellerLedger first = SampleLedgerGenerator.Generate(options);
        SellerLedger second = SampleLedgerGenerator.Generate(options with { });

        Assert.Equal(first, second);
        Assert.Equal(first.RecordCount, second.RecordCount);
    }

    [Fact]
    public void Stream_SameOptions_GivesIdenticalRecordsInTheSameOrder()
    {
        var options = new SampleLedgerOptions { Orders = 800, Seed = 3 };

        var first = SampleLedgerGenerator.Stream(options).ToList();
        var second = SampleLedgerGenerator.Stream(options).ToList();

        Assert.Equal(first.Count, second.Count);
        for (int i = 0; i < first.Count; i++)
        {
            Assert.Equal(first[i].Order, second[i].Order);
            Assert.Equal(first[i].Feedback.AsEnumerable(), second[i].Feedback.AsEnumerable());
            Assert.Equal(first[i].Claims.AsEnumerable(), second[i].Claims.AsEnumerable());
            Assert.Equal(first[i].Chargebacks.AsEnumerable(), second[i].Chargebacks.AsEnumerable());
            Assert.Equal(first[i].Returns.AsEnumerable(), second[i].Returns.AsEnumerable());
            Assert.Equal(first[i].Contacts.AsEnumerable(), second[i].Contacts.AsEnumerable());
        }
    }

    [Fact]
    public void Generate_DifferentSeeds_GivesDifferentLedgers()
    {
        SellerLedger a = SampleLedgerGenerator.Generate(new SampleLedgerOptions { Orders = 500, Seed = 1 });
        SellerLedger b = SampleLedgerGenerator.Generate(new SampleLedgerOptions { Orders = 500, Seed = 2 });

        Assert.NotEqual(a, b);
        Assert.NotEqual(a.Orders.Select(o => o.PurchasedAt), b.Orders.Select(o => o.PurchasedAt));
    }

    [Fact]
    public void Stream_YieldsOrdersInPurchaseOrderWithUniqueIds()
    {
        var histories = SampleLedgerGenerator.Stream(new SampleLedgerOptions { Orders = 3000 }).ToList();

        Assert.Equal(3000, histories.Count);
        for (int i = 1; i < histories.Count; i++)
        {
            Assert.True(histories[i - 1].Order.PurchasedAt <= histories[i].Order.PurchasedAt, $"order {i} is out of purchase order");
        }

        Assert.Equal(histories.Count, histories.Select(h => h.Order.OrderId).Distinct().Count());
        Assert.All(histories, h => Assert.Matches(@"^\d{3}-\d{7}-\d{7}$", h.Order.OrderId.Value));
    }

    [Fact]
    public void Generate_RebuildingTheRecordsStrictly_FindsNoProblems()
    {
        SellerLedger ledger = _large.Ledger;

        LedgerBuildResult rebuilt = ledger.ToBuilder().Build(LedgerBuildMode.Strict);

        Assert.Empty(rebuilt.Problems);
        Assert.Equal(0, rebuilt.RecordsLeftOut);
        Assert.Equal(ledger, rebuilt.Ledger);
        Assert.Equal(LargeSample.Orders, ledger.Orders.Length);
    }

    [Fact]
    public void ObservedUntil_IsTheEndOfTheLastPurchaseDayInUtc()
    {
        var options = new SampleLedgerOptions();

        Assert.Equal(new LocalDate(2026, 10, 31), options.LastDay);
        Assert.Equal(Instant.FromUtc(2026, 11, 1, 0, 0), SampleLedgerGenerator.ObservedUntil(options));
    }

    [Fact]
    public void Generate_NoFactIsLaterThanTheExport()
    {
        SellerLedger ledger = _large.Ledger;
        Instant until = _large.ObservedUntil;

        Assert.True(ledger.LatestInstant() < until);
        var facts = new List<Instant?>();
        foreach (Order o in ledger.Orders)
        {
            facts.AddRange([o.PurchasedAt, o.ShippedAt, o.FirstCarrierScanAt, o.DeliveredAt, o.CancelledAt]);
        }

        facts.AddRange(ledger.Feedback.SelectMany(f => new[] { f.ReceivedAt, f.RemovedAt }));
        facts.AddRange(ledger.Claims.SelectMany(c => new[] { c.FiledAt, c.DecidedAt, c.ReversedAt }));
        facts.AddRange(ledger.Chargebacks.SelectMany(c => new[] { c.ReceivedAt, c.DecidedAt }));
        facts.AddRange(ledger.Returns.SelectMany(r => new[] { r.RequestedAt, r.RespondedAt, r.ShippedAt, r.ReceivedAt, r.RefundedAt }));
        facts.AddRange(ledger.Contacts.Select(c => (Instant?)c.BuyerContactedAt));
        Assert.All(facts.Where(f => f.HasValue), f => Assert.True(f < until, $"{f} is not before {until}"));

        // Recent orders are not yet shipped or delivered: the export shows the unknown future as unknown.
        Assert.Contains(ledger.Orders, o => o.ShippedAt is null && o.CancelledAt is null);
        Assert.Contains(ledger.Claims, c => c.Outcome is null);
    }

    [Fact]
    public void Generate_RatesArePlausible()
    {
        SellerLedger ledger = _large.Ledger;
        var mfn = ledger.Orders.Where(o => o.Channel == FulfillmentChannel.Mfn).ToList();
        var shipped = mfn.Where(o => o.ShippedAt is not null).ToList();
        var delivered = shipped.Where(o => o.DeliveredAt is not null).ToList();
        int orders = ledger.Orders.Length;

        AssertBetween(0.30, 0.40, 1.0 - ((double)mfn.Count / orders), "AFN share");
        AssertBetween(0.01, 0.035, Rate(mfn, o => o.CancelledAt is not null), "MFN cancellations");
        Assert.Equal(CancelledBy.Buyer, mfn.Where(o => o.CancelledBy is not null).GroupBy(o => o.CancelledBy).MaxBy(g => g.Count())!.Key);
        Assert.Equal(3, mfn.Where(o => o.CancelledBy is not null).Select(o => o.CancelledBy).Distinct().Count());
        AssertBetween(0.02, 0.05, Rate(shipped, o => o.ShippedAt > o.LatestShipDate), "late shipments");
        AssertBetween(0.015, 0.04, Rate(shipped, o => o.TrackingId is null || o.FirstCarrierScanAt is null), "missing tracking or scan");
        AssertBetween(0.03, 0.08, Rate(delivered, o => o.DeliveredAt > o.LatestDeliveryDate), "late deliveries");
        AssertBetween(0.005, 0.03, (double)ledger.Feedback.Count(f => f.Rating <= 2) / orders, "negative feedback");
        Assert.Contains(ledger.Feedback, f => f.Rating <= 2 && f.Removal == FeedbackRemoval.BuyerRemoved);
        Assert.Contains(ledger.Feedback, f => f.Rating <= 2 && f.Removal == FeedbackRemoval.AmazonRemoved);
        Assert.Contains(ledger.Feedback, f => f.Rating <= 2 && f.Removal == FeedbackRemoval.StruckThrough);
        Assert.Contains(ledger.Feedback, f => f.Rating >= 4);
        AssertBetween(0.0015, 0.01, (double)ledger.Claims.Length / orders, "A-to-z claims");
        AssertBetween(0.04, 0.09, (double)ledger.Returns.Select(r => r.OrderId).Distinct().Count() / orders, "orders with returns");
    }

    [Fact]
    public void Generate_ShowsEveryKindOfRecord()
    {
        SellerLedger ledger = _large.Ledger;

        Assert.All(Enum.GetValues<ClaimOutcome>(), outcome => Assert.Contains(ledger.Claims, c => c.Outcome == outcome));
        Assert.Contains(ledger.Claims, c => c.ReversedAt is not null);
        Assert.All(ledger.Claims.Where(c => c.Outcome == ClaimOutcome.BuyShippingProtected),
            c => Assert.True(ledger.GetOrder(c.OrderId).BuyShippingClaimsProtected));
        Assert.True(ledger.Claims.Count(c => ledger.ContactsOf(c.OrderId).Any(k => k.BuyerContactedAt < c.FiledAt)) > ledger.Claims.Length / 2,
            "most claims follow a buyer contact");
        foreach (ChargebackType type in Enum.GetValues<ChargebackType>())
        {
            Assert.Contains(ledger.Chargebacks, c => c.Type == type && c.Outcome == ChargebackOutcome.DecidedForSeller);
            Assert.Contains(ledger.Chargebacks, c => c.Type == type && c.Outcome == ChargebackOutcome.DecidedForBuyer);
        }

        string[] reasons =
        [
            "DEFECTIVE", "DAMAGED_BY_CARRIER", "NOT_AS_DESCRIBED", "WRONG_ITEM", "MISSING_PARTS", "QUALITY_UNACCEPTABLE",
            "MISSED_ESTIMATED_DELIVERY", "NO_LONGER_NEEDED", "ORDERED_WRONG_ITEM", "FOUND_BETTER_PRICE", "UNWANTED_GIFT",
        ];
        Assert.All(reasons, reason => Assert.Contains(ledger.Returns, r => r.Reason == reason));
        Assert.Contains(ledger.Returns, r => r.Returnless && r.ReturnId is null);
        Assert.Contains(ledger.Returns, r => r.Returnless && r.ReturnId is not null);
        Assert.Contains(ledger.Returns, r => r.InPolicy == false);
        Assert.Contains(ledger.Returns, r => r.RejectedIncorrectly);
        Assert.Contains(ledger.Returns, r => r.NegativeReturnFeedback);
        Assert.Contains(ledger.Returns, r => r.RespondedAt - r.RequestedAt > Duration.FromHours(48));
        Assert.Contains(ledger.Orders, o => o.Lines.Length == 3);
        Assert.Contains(ledger.Orders, o => o.ShipToCountry != "US");
        Assert.InRange(ledger.Orders.SelectMany(o => o.Lines).Select(l => l.Sku).Distinct().Count(), 35, 45);
        Assert.InRange(ledger.Orders.SelectMany(o => o.Lines).Min(l => l.UnitPrice.Amount), 3m, 5m);
        Assert.InRange(ledger.Orders.SelectMany(o => o.Lines).Max(l => l.UnitPrice.Amount), 100m, 120m);

        // Repeat buyers, some of whom get several returnless refunds (for the returnless guards).
        var byBuyer = ledger.Orders.GroupBy(o => o.BuyerId).ToList();
        Assert.True(byBuyer.Count < ledger.Orders.Length / 2, "buyers come back");
        Assert.Contains(ledger.Returns.Where(r => r.Returnless).GroupBy(r => ledger.GetOrder(r.OrderId).BuyerId), g => g.Count() >= 3);
    }

    [Fact]
    public void Generate_HolidayPeakRoughlyDoublesTheVolume()
    {
        SellerLedger ledger = _large.Ledger;
        int PerDay(LocalDate from, LocalDate to)
            => ledger.Orders.Count(o => Day(o.PurchasedAt) >= from && Day(o.PurchasedAt) <= to) / (Period.DaysBetween(from, to) + 1);

        int peak = PerDay(new LocalDate(2025, 11, 20), new LocalDate(2025, 12, 20));
        int quiet = PerDay(new LocalDate(2026, 2, 1), new LocalDate(2026, 3, 3));

        Assert.InRange((double)peak / quiet, 1.7, 2.4);
    }

    [Theory]
    [InlineData(1000, 7)]
    [InlineData(20000, 7)]
    [InlineData(100000, 7)]
    [InlineData(5000, 42)]
    public void Generate_DefaultOptions_MfnOdrAsOfTheLastDayIsAboveOnePercent(int orders, int seed)
    {
        var options = new SampleLedgerOptions { Orders = orders, Seed = seed };
        SellerLedger ledger = orders == LargeSample.Orders && seed == 7 ? _large.Ledger : SampleLedgerGenerator.Generate(options);

        (int defects, int count) = OdrCounter.Count(ledger, FulfillmentChannel.Mfn, options.LastDay);

        double rate = (double)defects / count;
        Assert.True(rate > 0.01, $"MFN ODR as of {options.LastDay} is {rate:P2} ({defects}/{count})");
        Assert.True(rate < 0.05, $"MFN ODR as of {options.LastDay} is {rate:P2} ({defects}/{count}): too far over");
    }

    [Fact]
    public void Generate_OutsideTheBadStretch_OdrIsMostlyUnderOnePercent()
    {
        SellerLedger ledger = _large.Ledger;
        LocalDate first = new SampleLedgerOptions().FirstDay;
        var days = Enumerable.Range(0, 30).Select(i => first.PlusDays(90 + (7 * i))).ToList();

        int good = days.Count(d => OdrCounter.Rate(ledger, FulfillmentChannel.Mfn, d) < 0.01);
        int goodAfn = days.Count(d => OdrCounter.Rate(ledger, FulfillmentChannel.Afn, d) < 0.01);

        Assert.True(good >= days.Count * 8 / 10, $"MFN ODR under 1 % on {good} of {days.Count} days");
        Assert.True(goodAfn >= days.Count * 9 / 10, $"AFN ODR under 1 % on {goodAfn} of {days.Count} days");
    }

    [Fact]
    public void Generate_WithoutBadStretch_MfnOdrAsOfTheLastDayIsUnderOnePercent()
    {
        var options = new SampleLedgerOptions { Orders = LargeSample.Orders, BadStretch = false };
        SellerLedger ledger = SampleLedgerGenerator.Generate(options);

        double rate = OdrCounter.Rate(ledger, FulfillmentChannel.Mfn, options.LastDay);

        Assert.True(rate < 0.01, $"MFN ODR as of the last day is {rate:P2} without the bad stretch");
    }

    [Fact]
    public void Stream_TwoHundredThousandOrders_StreamsThemAll()
    {
        long count = 0;
        long claims = 0;
        foreach (OrderHistory history in SampleLedgerGenerator.Stream(new SampleLedgerOptions { Orders = 200_000 }))
        {
            count++;
            claims += history.Claims.Length;
        }

        Assert.Equal(200_000, count);
        Assert.InRange(claims, 300, 2000);
    }

    [Fact]
    public void Stream_TenMillionOrders_IsLazy()
    {
        var first = SampleLedgerGenerator.Stream(new SampleLedgerOptions { Orders = 10_000_000 }).Take(100).ToList();

        Assert.Equal(100, first.Count);
        Assert.All(first, h => Assert.Equal(new LocalDate(2025, 11, 1), Day(h.Order.PurchasedAt)));
    }

    [Theory]
    [InlineData("Orders")]
    [InlineData("Days")]
    [InlineData("AfnShare")]
    [InlineData("Currency")]
    [InlineData("MarketplaceId")]
    [InlineData("HomeCountry")]
    public void Stream_InvalidOption_ThrowsNamingTheOptionBeforeEnumerating(string field)
    {
        SampleLedgerOptions options = field switch
        {
            "Orders" => new SampleLedgerOptions { Orders = 0 },
            "Days" => new SampleLedgerOptions { Days = -1 },
            "AfnShare" => new SampleLedgerOptions { AfnShare = 1.5 },
            "Currency" => new SampleLedgerOptions { Currency = "usd" },
            "MarketplaceId" => new SampleLedgerOptions { MarketplaceId = " " },
            _ => new SampleLedgerOptions { HomeCountry = "" },
        };

        ArgumentException ex = Assert.ThrowsAny<ArgumentException>(() => SampleLedgerGenerator.Stream(options));

        Assert.Equal(field, ex.ParamName);
        Assert.Contains(field, ex.Message, StringComparison.Ordinal);
        Assert.ThrowsAny<ArgumentException>(() => SampleLedgerGenerator.Generate(options));
    }

    [Fact]
    public void Generate_NaNAfnShareAndNullOptions_AreRejected()
    {
        Assert.Equal("AfnShare", Assert.ThrowsAny<ArgumentException>(() => SampleLedgerGenerator.Generate(new SampleLedgerOptions { AfnShare = double.NaN })).ParamName);
        Assert.Throws<ArgumentNullException>(() => SampleLedgerGenerator.Stream(null!));
    }

    [Fact]
    public void Generate_OtherCurrencyAndMarketplace_AreUsedEverywhere()
    {
        SellerLedger ledger = SampleLedgerGenerator.Generate(new SampleLedgerOptions
        {
            Orders = 2000, Currency = "EUR", MarketplaceId = "A1PA6795UKMFR9", HomeCountry = "DE", AfnShare = 0,
        });

        Assert.All(ledger.Orders, o => Assert.Equal("EUR", o.Currency));
        Assert.All(ledger.Orders, o => Assert.Equal(new MarketplaceId("A1PA6795UKMFR9"), o.MarketplaceId));
        Assert.All(ledger.Orders, o => Assert.Equal(FulfillmentChannel.Mfn, o.Channel));
        Assert.True(ledger.Orders.Count(o => o.ShipToCountry == "DE") > 1800);
        Assert.All(ledger.Returns.Where(r => r.RefundAmount is not null), r => Assert.Equal("EUR", r.RefundAmount!.Value.Currency));
    }

    [Fact]
    public void Generate_ShortSpan_HasNoBadStretchAndStaysValid()
    {
        var options = new SampleLedgerOptions { Orders = 300, Days = 20, FirstDay = new LocalDate(2026, 3, 1) };

        SellerLedger ledger = SampleLedgerGenerator.Generate(options);

        Assert.Equal(300, ledger.Orders.Length);
        Assert.All(ledger.Orders, o => Assert.InRange(Day(o.PurchasedAt), options.FirstDay, options.LastDay));
    }

    private static LocalDate Day(Instant instant) => instant.InUtc().Date;

    private static double Rate<T>(List<T> items, Func<T, bool> predicate) => (double)items.Count(predicate) / items.Count;

    private static void AssertBetween(double low, double high, double actual, string what)
        => Assert.True(actual >= low && actual <= high, $"{what}: {actual:P2} is not within [{low:P1}, {high:P1}]");

    /// <summary>The shared 20,000-order default ledger (generated once for the class).</summary>
    public sealed class LargeSample
    {
        public const int Orders = 20_000;

        public LargeSample()
        {
            var options = new SampleLedgerOptions { Orders = Orders };
            Ledger = SampleLedgerGenerator.Generate(options);
            ObservedUntil = SampleLedgerGenerator.ObservedUntil(options);
        }

        public SellerLedger Ledger { get; }

        public Instant ObservedUntil { get; }
    }

    /// <summary>
    /// A deliberately plain ODR counter, straight from domain-rules.md 4.1 (default policy, UTC), independent of
    /// the metrics engine: orders of the channel purchased in [D-73, D-14], with a known, unremoved 1-2 star
    /// feedback, a known counting claim, or a known service chargeback not decided for the seller.
    /// </summary>
    private static class OdrCounter
    {
        public static double Rate(SellerLedger ledger, FulfillmentChannel channel, LocalDate asOf)
        {
            (int defects, int orders) = Count(ledger, channel, asOf);
            return orders == 0 ? 0 : (double)defects / orders;
        }

        public static (int Defects, int Orders) Count(SellerLedger ledger, FulfillmentChannel channel, LocalDate asOf)
        {
            LocalDate to = asOf.PlusDays(-14);
            LocalDate from = to.PlusDays(-59);
            Instant end = asOf.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
            bool Known(Instant? i) => i is { } v && v < end;
            int orders = 0;
            int defects = 0;
            foreach (Order order in ledger.Orders)
            {
                LocalDate day = Day(order.PurchasedAt);
                if (order.Channel != channel || day < from || day > to)
                {
                    continue;
                }

                orders++;
                bool feedback = ledger.FeedbackOf(order.OrderId).Any(f => f.Rating <= 2 && Known(f.ReceivedAt) && !Known(f.RemovedAt));
                bool claim = ledger.ClaimsOf(order.OrderId).Any(c => Known(c.FiledAt) && !Known(c.ReversedAt)
                    && (!Known(c.DecidedAt) || c.Outcome is ClaimOutcome.GrantedSellerFunded or ClaimOutcome.SellerRefunded or ClaimOutcome.OrderCancelled));
                bool chargeback = ledger.ChargebacksOf(order.OrderId).Any(c => c.Type == ChargebackType.Service && Known(c.ReceivedAt)
                    && !(c.Outcome == ChargebackOutcome.DecidedForSeller && Known(c.DecidedAt)));
                if (feedback || claim || chargeback)
                {
                    defects++;
                }
            }

            return (defects, orders);
        }
    }

    [Fact]
    public void ForMarketplace_Amazon_IsTheDefaults()
        => Assert.Equal(new SampleLedgerOptions(), SampleLedgerOptions.ForMarketplace("Amazon"));

    [Theory]
    [InlineData("ebay", "EBAY_US")]
    [InlineData("WALMART", "WALMART_US")]
    public void ForMarketplace_EbayOrWalmart_SellerFulfilledOnThatMarketplace(string name, string marketplaceId)
    {
        SampleLedgerOptions options = SampleLedgerOptions.ForMarketplace(name);
        Assert.Equal((0.0, marketplaceId), (options.AfnShare, options.MarketplaceId));
    }

    [Fact]
    public void ForMarketplace_Unknown_ThrowsNamingTheChoices()
    {
        var e = Assert.Throws<ArgumentException>(() => SampleLedgerOptions.ForMarketplace("etsy"));
        Assert.Contains("marketplace must be one of amazon, ebay, walmart, was 'etsy'.", e.Message, StringComparison.Ordinal);
    }
}
