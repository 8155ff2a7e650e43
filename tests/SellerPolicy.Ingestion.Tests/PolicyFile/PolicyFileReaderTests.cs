using System.Text;
using NodaTime;
using SellerPolicy.Ingestion.PolicyFile;
using SellerPolicy.Policies;

namespace SellerPolicy.Ingestion.Tests.PolicyFile;

public class PolicyFileReaderTests
{
    private static PolicyFileResult Read(string json) => PolicyFileReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "policy.json");

    [Fact]
    public void Read_Overrides_ApplyToEveryVersionOfTheBase()
    {
        PolicyFileResult result = Read("""
            {"basePolicy":"amazon","name":"strict","reportingTimeZone":"Europe/Berlin",
             "orderDefectRate":{"lagDays":0,"pendingClaimsCount":false,"target":0.005},
             "onTimeDelivery":{"target":0.97},
             "claims":{"informationRequestResponseHours":72}}
            """);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(2, result.Timeline!.Versions.Length);
        foreach (MarketplacePolicy version in result.Timeline.Versions)
        {
            Assert.Equal("strict", version.Name);
            Assert.Equal(0, version.OrderDefectRate.LagDays);
            Assert.False(version.OrderDefectRate.PendingClaimsCount);
            Assert.Equal(MetricTarget.LessThan(0.005), version.OrderDefectRate.Target);
            Assert.Equal(60, version.OrderDefectRate.WindowDays);
            Assert.Equal(MetricTarget.GreaterThan(0.97), version.OnTimeDelivery.Target);
            Assert.Equal(Duration.FromHours(72), version.Claims.InformationRequestResponse);
            Assert.Equal("Europe/Berlin", version.Reporting.Zone.Id);
        }

        Assert.Equal("strict@2025-01-01", result.Timeline.Latest.Version);
        Assert.Equal(ClaimWindowBasis.PurchaseDate, result.Timeline.Versions[0].Claims.WindowBasis);
    }

    [Fact]
    public void Read_InvalidFile_ListsEveryProblemOnce()
    {
        PolicyFileResult result = Read("""
            {"orderDefectRate":{"lagDay":3,"windowDays":-5,"target":1.5},
             "validTracking":{"windowDays":"thirty"},
             "reportingTimeZone":"Mars/Olympus",
             "colour":"blue"}
            """);

        Assert.False(result.Succeeded);
        Assert.Equal(
            [
                "policy.json: colour is not a policy field; expected one of basePolicy, name, reportingTimeZone, orderDefectRate, preFulfillmentCancellation, lateShipment, lateShipment10Day, validTracking, onTimeDelivery, returnDissatisfaction, claims, returns.",
                "policy.json: reportingTimeZone must be an IANA time zone id such as Europe/Berlin, was 'Mars/Olympus'.",
                "policy.json: orderDefectRate.lagDay is not a policy field; expected one of windowDays, lagDays, target, pendingClaimsCount, negativeFeedbackMaxRating.",
                "policy.json: orderDefectRate.target must be a fraction between 0 and 1 (0.01 = 1 %), was 1.5.",
                "policy.json: validTracking.windowDays must be a whole number, was \"thirty\".",
                "policy.json: orderDefectRate.windowDays must be positive, was -5.",
            ],
            result.Problems.ToArray());
    }

    [Fact]
    public void Read_UnknownBase_IsRejected()
    {
        PolicyFileResult result = Read("""{"basePolicy":"ebay"}""");

        Assert.False(result.Succeeded);
        Assert.Equal("policy.json: basePolicy must be one of amazon, amazon-legacy, amazon-current, was 'ebay'.", Assert.Single(result.Problems));
    }

    [Fact]
    public void Read_NotJson_IsRejected()
    {
        PolicyFileResult result = Read("{");

        Assert.StartsWith("policy.json: not valid JSON:", Assert.Single(result.Problems), StringComparison.Ordinal);
    }
}
