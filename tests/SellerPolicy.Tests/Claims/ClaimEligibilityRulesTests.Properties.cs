using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using SellerPolicy.Claims;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;

namespace SellerPolicy.Tests.Claims;

/// <summary>Laws of the eligibility rules, checked with FsCheck on generated orders.</summary>
public partial class ClaimEligibilityRulesTests
{
    private static readonly Instant Base = Instant.FromUtc(2026, 1, 5, 10, 0);

    /// <summary>An order described by offsets (hours from the purchase); null = absent.</summary>
    public sealed record Scenario(
        bool Legacy, ClaimReason Reason, bool Afn, int? EstimateH, int? DeliveredH, int? ContactH,
        int? ReturnH, int? RespondH, int? ShipH, bool Returnless, int? ChargebackH)
    {
        public MarketplacePolicy Policy => Legacy ? AmazonPolicies.Legacy : AmazonPolicies.Current;

        public OrderHistory Build(int estimateShiftH = 0)
        {
            Instant? At(int? hours) => hours is { } h ? Base + Duration.FromHours(h) : null;
            Instant? delivered = At(DeliveredH);
            var order = new Order(
                ClaimTestData.Id, Afn ? FulfillmentChannel.Afn : FulfillmentChannel.Mfn, Base,
                [new OrderLine(new Sku("SKU-0"), 1, new Money(9.99m, "USD"))],
                shippedAt: Base, trackingId: "T", firstCarrierScanAt: Base,
                latestDeliveryDate: At(EstimateH + estimateShiftH), deliveredAt: delivered);
            var returns = ImmutableArray<ReturnRequest>.Empty;
            if (ReturnH is { } r)
            {
                Instant requested = Base + Duration.FromHours(r);
                returns = [new ReturnRequest(
                    Returnless ? null : new ReturnId("RMA-1"), ClaimTestData.Id, new Sku("SKU-0"), 1, requested, "DEFECTIVE",
                    ReturnStatus.Authorized,
                    respondedAt: RespondH is { } a ? requested + Duration.FromHours(a) : null,
                    shippedAt: ShipH is { } s ? requested + Duration.FromHours(s) : null,
                    returnless: Returnless)];
            }

            ImmutableArray<Chargeback> chargebacks = ChargebackH is { } c
                ? [new Chargeback(new ChargebackId("CB-1"), ClaimTestData.Id, Base + Duration.FromHours(c), ChargebackType.Service)]
                : [];
            ImmutableArray<BuyerContact> contacts = ContactH is { } ch ? [new BuyerContact(ClaimTestData.Id, Base + Duration.FromHours(ch))] : [];
            return new OrderHistory(order, [], [], chargebacks, returns, contacts);
        }
    }

    private static Gen<int?> Maybe(Gen<int> gen, int absentOneIn)
        => Gen.Choose(1, absentOneIn).SelectMany(n => n == 1 ? Gen.Constant<int?>(null) : gen.Select(v => (int?)v));

    private static Gen<Scenario> Scenarios(bool withChargebacks)
        => from legacy in Gen.Elements(false, true)
           from reason in Gen.Elements(Enum.GetValues<ClaimReason>())
           from afn in Gen.Choose(1, 10).Select(n => n == 1)
           from estimate in Maybe(Gen.Choose(-24, 24 * 60), 8)
           from delivered in Maybe(Gen.Choose(0, 24 * 120), 3)
           from contact in Maybe(Gen.Choose(0, 24 * 120), 5)
           from ret in Maybe(Gen.Choose(0, 24 * 60), 3)
           from respond in Maybe(Gen.Choose(0, 24 * 5), 3)
           from ship in Maybe(Gen.Choose(0, 24 * 20), 3)
           from returnless in Gen.Choose(1, 6).Select(n => n == 1)
           from chargeback in withChargebacks ? Maybe(Gen.Choose(0, 24 * 120), 2) : Gen.Constant<int?>(null)
           select new Scenario(legacy, reason, afn, estimate, delivered, contact, ret, respond, ship, returnless, chargeback);

    private static ClaimEligibility JudgeAt(Scenario s, Instant at, int estimateShiftH = 0)
        => ClaimEligibilityRules.Evaluate(s.Build(estimateShiftH), s.Reason, at, s.Policy);

    [Property(MaxTest = 200)]
    public Property Window_NeverClosesBeforeItOpens()
        => Prop.ForAll(
            Arb.From(from s in Scenarios(withChargebacks: true) from h in Gen.Choose(0, 24 * 200) select (s, h)),
            x =>
            {
                ClaimEligibility e = JudgeAt(x.s, Base + Duration.FromHours(x.h));
                return e.OpensAt is not { } opens || e.ClosesAt is not { } closes || closes >= opens;
            });

    [Property(MaxTest = 200)]
    public Property LaterDeliveryEstimate_NeverClosesTheWindowEarlier()
        => Prop.ForAll(
            Arb.From(from s in Scenarios(withChargebacks: false).Where(s => s.EstimateH is not null)
                     from shift in Gen.Choose(0, 24 * 60)
                     select (s, shift)),
            x =>
            {
                Instant at = Base + Duration.FromDays(10);
                ClaimEligibility before = JudgeAt(x.s, at);
                ClaimEligibility later = JudgeAt(x.s, at, x.shift);
                return before.ClosesAt is not { } c0 || (later.ClosesAt is { } c1 && c1 >= c0);
            });

    [Property(MaxTest = 200)]
    public Property Eligibility_IsMonotoneInTimeInsideTheWindow_WithoutChargebacks()
        => Prop.ForAll(
            Arb.From(from s in Scenarios(withChargebacks: false)
                     from a in Gen.Choose(0, 1000)
                     from b in Gen.Choose(0, 1000)
                     select (s, early: Math.Min(a, b), late: Math.Max(a, b))),
            x =>
            {
                ClaimEligibility probe = JudgeAt(x.s, Base);
                if (probe.OpensAt is not { } opens || probe.ClosesAt is not { } closes)
                {
                    return true;
                }

                Duration span = closes - opens;
                Instant t1 = opens + Duration.FromTicks(span.BclCompatibleTicks / 1000 * x.early);
                Instant t2 = opens + Duration.FromTicks(span.BclCompatibleTicks / 1000 * x.late);
                return !JudgeAt(x.s, t1).Eligible || JudgeAt(x.s, t2).Eligible;
            });
}
