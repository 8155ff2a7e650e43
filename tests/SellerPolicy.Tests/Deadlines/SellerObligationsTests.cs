using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SellerPolicy.Claims;
using SellerPolicy.Deadlines;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Sample;
using SellerPolicy.Tests.Generators;
using static SellerPolicy.Tests.Claims.ClaimTestData;

namespace SellerPolicy.Tests.Deadlines;

public class SellerObligationsTests
{
    private static SellerLedger Ledger()
    {
        Order order = Order(deliveredAt: "2026-01-10T18:00:00Z");
        Order other = new(new OrderId("111-0000002-0000002"), FulfillmentChannel.Mfn, I("2026-01-06T10:00:00Z"),
            [new OrderLine(new Sku("SKU-0"), 1, new Money(5m, "USD"))], latestDeliveryDate: I("2026-01-13T07:59:59Z"));
        return SellerLedger.CreateBuilder()
            .Add(order)
            .Add(other)
            .Add(new BuyerContact(Id, I("2026-01-19T09:00:00Z")))
            .Add(Claim("2026-01-19T12:00:00Z"))
            .Add(new Chargeback(new ChargebackId("CB-9"), other.OrderId, I("2026-01-15T09:00:00Z"), ChargebackType.Service))
            .Add(Return("2026-01-12T09:00:00Z", "2026-01-12T10:00:00Z", "2026-01-13T09:00:00Z", "2026-01-16T15:00:00Z", status: ReturnStatus.Received))
            .ToImmutable();
    }

    [Fact]
    public void Open_ListsTheMorningCheck_SoonestDueFirst_WithOverdueOnesLeading()
    {
        OpenObligations open = SellerObligations.Open(Ledger(), I("2026-01-21T08:00:00Z"), AmazonPolicies.Timeline);
        Assert.Equal(
            new[] { SellerObligationKind.RefundReturn, SellerObligationKind.AnswerBuyer, SellerObligationKind.AnswerInformationRequest, SellerObligationKind.RespondToChargeback },
            open.Items.Select(o => o.Kind).ToArray());
        Assert.Equal(1, open.OverdueCount);
        Assert.True(open.IsOverdue(open.Items[0]));
        Assert.Equal(I("2026-01-21T08:00:00Z"), open.At);
        Assert.Equal(Duration.FromHours(1), open.TimeLeft(open.Items[1]));
        Assert.DoesNotContain(open.Items, o => o.Kind == SellerObligationKind.ReturnLabelExpiry); // shipped back: settled
    }

    [Fact]
    public void Open_WithASuspension_AddsThePlanOfAction()
    {
        OpenObligations open = SellerObligations.Open(SellerLedger.Empty, I("2026-03-10T00:00:00Z"), AmazonPolicies.Timeline, I("2026-03-01T00:00:00Z"));
        SellerObligation plan = Assert.Single(open.Items);
        Assert.Equal(SellerObligationKind.PlanOfAction, plan.Kind);
        Assert.Empty(SellerObligations.Open(SellerLedger.Empty, I("2026-03-18T00:00:01Z"), AmazonPolicies.Timeline, I("2026-03-01T00:00:00Z")).Items);
    }

    [Fact]
    public void ForOrder_ListsOnlyThatOrdersObligations()
    {
        SellerLedger ledger = Ledger();
        OpenObligations open = SellerObligations.ForOrder(ledger.GetHistory(Id), I("2026-01-21T08:00:00Z"), AmazonPolicies.Timeline);
        Assert.All(open.Items, o => Assert.Equal(Id, o.OrderId));
        Assert.Equal(3, open.Items.Length);
    }

    [Fact]
    public void Open_AnOrderWithOnlyAContact_OrOnlyAClaim_IsListed()
    {
        Order first = Order();
        Order second = new(new OrderId("111-0000002-0000002"), FulfillmentChannel.Mfn, I("2026-01-06T10:00:00Z"),
            [new OrderLine(new Sku("SKU-0"), 1, new Money(5m, "USD"))], latestDeliveryDate: I("2026-01-13T07:59:59Z"));
        SellerLedger ledger = SellerLedger.CreateBuilder()
            .Add(first)
            .Add(second)
            .Add(new BuyerContact(first.OrderId, I("2026-01-19T09:00:00Z")))
            .Add(new AtoZClaim(new ClaimId("C-2"), second.OrderId, I("2026-01-19T09:00:00Z"), ClaimReason.NotReceived))
            .ToImmutable();

        OpenObligations open = SellerObligations.Open(ledger, I("2026-01-20T00:00:00Z"), AmazonPolicies.Timeline);

        // Both are due at the same instant: the kinds in their order break the tie.
        Assert.Equal(
            [(SellerObligationKind.AnswerBuyer, first.OrderId), (SellerObligationKind.AnswerInformationRequest, second.OrderId)],
            open.Items.Select(o => (o.Kind, o.OrderId!.Value)));
    }

    [Fact]
    public void Open_ObligationsDueAtOnceOfOneKind_AreInTheOrderOfTheirSubjects()
    {
        Order order = Order();
        SellerLedger ledger = SellerLedger.CreateBuilder()
            .Add(order)
            .Add(new Chargeback(new ChargebackId("CB-B"), order.OrderId, I("2026-01-19T09:00:00Z"), ChargebackType.Service))
            .Add(new Chargeback(new ChargebackId("CB-A"), order.OrderId, I("2026-01-19T09:00:00Z"), ChargebackType.Fraud))
            .Add(new Chargeback(new ChargebackId("CB-C"), order.OrderId, I("2026-01-19T09:00:00Z"), ChargebackType.Service))
            .ToImmutable();

        OpenObligations open = SellerObligations.Open(ledger, I("2026-01-20T00:00:00Z"), AmazonPolicies.Timeline);

        Assert.Equal(["CB-A", "CB-B", "CB-C"], open.Items.Select(o => o.Subject));
    }

    [Fact]
    public void NullArguments_AreRejectedNamingThem()
    {
        OpenObligations open = SellerObligations.Open(Ledger(), I("2026-01-21T08:00:00Z"), AmazonPolicies.Timeline);

        Assert.Equal("ledger", Assert.Throws<ArgumentNullException>(() => SellerObligations.Open(null!, open.At, AmazonPolicies.Timeline)).ParamName);
        Assert.Equal("timeline", Assert.Throws<ArgumentNullException>(() => SellerObligations.Open(SellerLedger.Empty, open.At, null!)).ParamName);
        Assert.Equal("history", Assert.Throws<ArgumentNullException>(() => SellerObligations.ForOrder(null!, open.At, AmazonPolicies.Timeline)).ParamName);
        Assert.Equal("timeline", Assert.Throws<ArgumentNullException>(() => SellerObligations.ForOrder(Ledger().GetHistory(Id), open.At, null!)).ParamName);
        Assert.Equal("obligation", Assert.Throws<ArgumentNullException>(() => open.IsOverdue(null!)).ParamName);
        Assert.Equal("obligation", Assert.Throws<ArgumentNullException>(() => open.TimeLeft(null!)).ParamName);
    }

    [Fact]
    public void OpenObligations_AreEqual_WhenTheirInstantAndItemsAre()
    {
        OpenObligations open = SellerObligations.Open(Ledger(), I("2026-01-21T08:00:00Z"), AmazonPolicies.Timeline);
        OpenObligations same = SellerObligations.Open(Ledger(), I("2026-01-21T08:00:00Z"), AmazonPolicies.Timeline);
        OpenObligations sameItemsLater = new(I("2026-01-21T08:00:01Z"), open.Items);
        OpenObligations fewerItems = new(open.At, open.Items.RemoveAt(0));

        Assert.Equal(open, same);
        Assert.Equal(open.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(open, sameItemsLater);
        Assert.NotEqual(open, fewerItems);
        Assert.False(open.Equals(null));
    }

    [Property(MaxTest = 200)]
    public Property Open_OnGeneratedLedgers_EqualsFilteringEveryOrdersObligations()
    {
        Gen<int> minutes = Gen.Choose(-60 * 24, (DomainArbitraries.SpanDays + 120) * 24 * 60);
        return Prop.ForAll(Arb.From(DomainArbitraries.Ledgers), Arb.From(minutes), (ledger, minute) =>
        {
            Instant at = DomainArbitraries.Epoch + Duration.FromMinutes(minute);
            OpenObligations open = SellerObligations.Open(ledger, at, AmazonPolicies.Timeline);
            return (open == OpenByEveryOrder(ledger, at, AmazonPolicies.Timeline)).Label($"at {at}: {open.Items.Length} open");
        });
    }

    [Property(MaxTest = 12)]
    public Property Open_OnSampleLedgers_EqualsFilteringEveryOrdersObligations_OnAnyDay()
    {
        Gen<(int Seed, int Day, int Hour)> cases =
            from seed in Gen.Choose(1, 10_000)
            from day in Gen.Choose(0, 130)
            from hour in Gen.Choose(0, 23)
            select (seed, day, hour);
        return Prop.ForAll(Arb.From(cases), c =>
        {
            var options = new SampleLedgerOptions { Orders = 1500, Seed = c.Seed, Days = 120 };
            SellerLedger ledger = SampleLedgerGenerator.Generate(options);
            Instant at = options.FirstDay.PlusDays(c.Day).AtMidnight().InUtc().ToInstant() + Duration.FromHours(c.Hour);
            OpenObligations open = SellerObligations.Open(ledger, at, AmazonPolicies.Timeline);
            OpenObligations expected = OpenByEveryOrder(ledger, at, AmazonPolicies.Timeline);
            return (open == expected).Label($"seed {c.Seed}, at {at}: {open.Items.Length} open, {expected.Items.Length} expected");
        });
    }

    [Fact]
    public void Open_OnTheSampleLedgersLastDay_EqualsFilteringEveryOrdersObligations_AndListsSome()
    {
        var options = new SampleLedgerOptions { Orders = 3000, Seed = 42 };
        SellerLedger ledger = SampleLedgerGenerator.Generate(options);
        Instant at = ledger.LatestInstant()!.Value;

        OpenObligations open = SellerObligations.Open(ledger, at, AmazonPolicies.Timeline);

        Assert.NotEmpty(open.Items);
        Assert.Equal(OpenByEveryOrder(ledger, at, AmazonPolicies.Timeline), open);
    }

    [Fact]
    public void ForOrder_EqualsFilteringTheOrdersObligations()
    {
        SellerLedger ledger = Ledger();
        foreach (Order order in ledger.Orders)
        {
            OrderHistory history = ledger.GetHistory(order.OrderId);
            MarketplacePolicy policy = ClaimEligibilityRules.PolicyFor(order, AmazonPolicies.Timeline);
            for (Instant at = I("2026-01-10T00:00:00Z"); at < I("2026-02-20T00:00:00Z"); at += Duration.FromHours(7))
            {
                ImmutableArray<SellerObligation> all = SellerDeadlines.AllObligationsOf(history, policy);
                Assert.Equal(
                    all.Where(o => o.IsOpenAt(at)).OrderBy(o => o.DueAt).ThenBy(o => o.Kind).ThenBy(o => o.Subject, StringComparer.Ordinal),
                    SellerObligations.ForOrder(history, at, AmazonPolicies.Timeline).Items);
            }
        }
    }

    /// <summary>The first implementation of <see cref="SellerObligations.Open"/>, the oracle: every order's obligations, filtered.</summary>
    private static OpenObligations OpenByEveryOrder(SellerLedger ledger, Instant at, PolicyTimeline timeline)
    {
        var open = new List<SellerObligation>();
        foreach (Order order in ledger.Orders)
        {
            OrderHistory history = ledger.GetHistory(order.OrderId);
            if (history.Contacts.IsEmpty && history.Claims.IsEmpty && history.Chargebacks.IsEmpty && history.Returns.IsEmpty)
            {
                continue;
            }

            open.AddRange(SellerDeadlines.AllObligationsOf(history, ClaimEligibilityRules.PolicyFor(order, timeline)).Where(o => o.IsOpenAt(at)));
        }

        ImmutableArray<SellerObligation> sorted = [.. open.OrderBy(o => o.DueAt).ThenBy(o => o.Kind).ThenBy(o => o.Subject, StringComparer.Ordinal)];
        return new OpenObligations(at, sorted);
    }
}
