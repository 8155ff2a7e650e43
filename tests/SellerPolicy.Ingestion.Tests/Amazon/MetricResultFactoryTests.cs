using NodaTime;
using SellerPolicy.Ingestion.Amazon;
using SellerPolicy.Ledger;
using SellerPolicy.Metrics;
using SellerPolicy.Policies;
using SellerPolicy.Time;

namespace SellerPolicy.Ingestion.Tests.Amazon;

/// <summary>
/// The public <c>Create</c> factories of the metric result types, which the performance report reader relies on.
/// (Here beside the report reader, whose results they build; one test compares them with an imported ledger.)
/// </summary>
public class MetricResultFactoryTests
{
    private static readonly DayWindow Window = new(new LocalDate(2026, 1, 1), new LocalDate(2026, 2, 28));

    [Fact]
    public void OrderDefectRate_Create_KeepsCountsAndSortsDistinctOrderIds()
    {
        OrderDefectRateResult odr = OrderDefectRateResult.Create(FulfillmentChannel.Afn, Window, 200, 3, 2, 1, 1, MetricTarget.LessThan(0.01), "amazon-report",
            [new OrderId("b"), new OrderId("a"), new OrderId("b")]);

        Assert.Equal((MetricKind.OrderDefectRateAfn, 200, 3, 2, 1, 1), (odr.Kind, odr.OrderCount, odr.OrderWithDefects, odr.Claims, odr.Chargebacks, odr.NegativeFeedback));
        Assert.Equal([new OrderId("a"), new OrderId("b")], odr.OrderIds.ToArray());
        Assert.Equal(0.015, odr.Rate);
        Assert.Equal(MetricStatus.Bad, odr.Status);
        Assert.Equal("amazon-report", odr.PolicyVersion);
    }

    [Theory]
    [InlineData(-1, 0, 0, "orderCount", "orderCount must not be negative, was -1.")]
    [InlineData(10, 11, 0, "orderWithDefects", "orderWithDefects must not exceed orderCount (10), was 11.")]
    [InlineData(10, 2, 3, "claims", "claims must not exceed orderWithDefects (2), was 3.")]
    public void OrderDefectRate_Create_RejectsImpossibleCounts_NamingTheParameter(int orders, int defects, int claims, string param, string message)
    {
        ArgumentException ex = Assert.ThrowsAny<ArgumentException>(() =>
            OrderDefectRateResult.Create(FulfillmentChannel.Mfn, Window, orders, defects, claims, 0, 0, MetricTarget.LessThan(0.01), "v"));

        Assert.Equal(param, ex.ParamName);
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OrderDefectRate_Create_RejectsMoreOrderIdsThanDefects_AndABlankVersion()
    {
        ArgumentException ids = Assert.Throws<ArgumentException>(() => OrderDefectRateResult.Create(
            FulfillmentChannel.Mfn, Window, 10, 1, 1, 0, 0, MetricTarget.LessThan(0.01), "v", [new OrderId("a"), new OrderId("b")]));
        ArgumentException version = Assert.ThrowsAny<ArgumentException>(() => OrderDefectRateResult.Create(
            FulfillmentChannel.Mfn, Window, 10, 1, 1, 0, 0, MetricTarget.LessThan(0.01), " "));

        Assert.Equal("orderIds", ids.ParamName);
        Assert.StartsWith("orderIds must name at most orderWithDefects (1) distinct orders, was 2.", ids.Message, StringComparison.Ordinal);
        Assert.Equal("policyVersion", version.ParamName);
    }

    [Fact]
    public void OrderDefectRate_Create_RejectsAnUndefinedChannel()
        => Assert.Equal("channel", Assert.ThrowsAny<ArgumentException>(() => OrderDefectRateResult.Create(
            (FulfillmentChannel)9, Window, 10, 1, 1, 0, 0, MetricTarget.LessThan(0.01), "v")).ParamName);

    [Fact]
    public void RateFactories_BuildTheirKind_AndRejectANumeratorAboveTheDenominator()
    {
        Assert.Equal(MetricKind.PreFulfillmentCancellationRate, PreFulfillmentCancellationRateResult.Create(Window, 10, 1, MetricTarget.LessThan(0.025), "v").Kind);
        Assert.Equal(MetricKind.LateShipmentRate10Day, LateShipmentRateResult.Create(MetricKind.LateShipmentRate10Day, Window, 10, 1, MetricTarget.LessThan(0.04), "v").Kind);
        Assert.Equal(MetricKind.ValidTrackingRate, ValidTrackingRateResult.Create(Window, 10, 9, MetricTarget.GreaterThan(0.95), "v").Kind);
        Assert.Equal(MetricKind.OnTimeDeliveryRate, OnTimeDeliveryRateResult.Create(Window, 10, 9, MetricTarget.GreaterThan(0.9), "v").Kind);
        Assert.Equal(MetricKind.ReturnDissatisfactionRate, ReturnDissatisfactionRateResult.Create(Window, 10, 2, 1, 1, 0, MetricTarget.LessThan(0.1), "v").Kind);

        Assert.Equal("cancellationCount", Assert.ThrowsAny<ArgumentException>(() => PreFulfillmentCancellationRateResult.Create(Window, 1, 2, MetricTarget.LessThan(0.025), "v")).ParamName);
        Assert.Equal("lateShipmentCount", Assert.ThrowsAny<ArgumentException>(() => LateShipmentRateResult.Create(MetricKind.LateShipmentRate, Window, 1, 2, MetricTarget.LessThan(0.04), "v")).ParamName);
        Assert.Equal("validTrackingCount", Assert.ThrowsAny<ArgumentException>(() => ValidTrackingRateResult.Create(Window, 1, 2, MetricTarget.GreaterThan(0.95), "v")).ParamName);
        Assert.Equal("onTimeDeliveryCount", Assert.ThrowsAny<ArgumentException>(() => OnTimeDeliveryRateResult.Create(Window, 1, 2, MetricTarget.GreaterThan(0.9), "v")).ParamName);
        Assert.Equal("lateResponseCount", Assert.ThrowsAny<ArgumentException>(() => ReturnDissatisfactionRateResult.Create(Window, 10, 2, 0, 3, 0, MetricTarget.LessThan(0.1), "v")).ParamName);
    }

    [Fact]
    public void LateShipment_Create_RejectsAnotherKind()
        => Assert.Equal("kind", Assert.ThrowsAny<ArgumentException>(() => LateShipmentRateResult.Create(
            MetricKind.ValidTrackingRate, Window, 10, 1, MetricTarget.LessThan(0.04), "v")).ParamName);

    [Fact]
    public void GreaterThanFactories_BoundOrderIdsByTheFailures()
    {
        ValidTrackingRateResult ok = ValidTrackingRateResult.Create(Window, 10, 9, MetricTarget.GreaterThan(0.95), "v", [new OrderId("x")]);
        ArgumentException ex = Assert.Throws<ArgumentException>(() => OnTimeDeliveryRateResult.Create(
            Window, 10, 10, MetricTarget.GreaterThan(0.9), "v", [new OrderId("x")]));

        Assert.Equal([new OrderId("x")], ok.OrderIds.ToArray());
        Assert.StartsWith("orderIds must name at most shipmentCountWithValidTracking - onTimeDeliveryCount (0) distinct orders, was 1.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_EqualsTheEnginesFigure_ForTheSameValues()
    {
        SellerLedger ledger = AmazonImport.Run(AmazonTestFiles.Samples).Ledger!;
        OrderDefectRateResult ours = AccountHealth.Snapshot(ledger, new LocalDate(2026, 2, 28), AmazonPolicies.Current).OrderDefectRate.Mfn;

        OrderDefectRateResult copy = OrderDefectRateResult.Create(ours.Channel, ours.Window, ours.OrderCount, ours.OrderWithDefects, ours.Claims,
            ours.Chargebacks, ours.NegativeFeedback, ours.Target, ours.PolicyVersion, ours.OrderIds.Reverse());

        Assert.Equal(ours, copy);
    }
}
