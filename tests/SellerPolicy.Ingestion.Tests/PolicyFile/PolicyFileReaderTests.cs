using System.Text;
using NodaTime;
using SellerPolicy.Ingestion.PolicyFile;
using SellerPolicy.Ledger;
using SellerPolicy.Policies;
using SellerPolicy.Time;

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
                "policy.json: orderDefectRate.lagDay is not a policy field; expected one of windowDays, lagDays, target, pendingClaimsCount, negativeFeedbackMaxRating, countingClaimOutcomes.",
                "policy.json: orderDefectRate.target must be a fraction between 0 and 1 (0.01 = 1 %), was 1.5.",
                "policy.json: validTracking.windowDays must be a whole number, was \"thirty\".",
                "policy.json: orderDefectRate.windowDays must be positive, was -5.",
            ],
            result.Problems.ToArray());
    }

    [Fact]
    public void Read_UnknownBase_IsRejected()
    {
        PolicyFileResult result = Read("""{"basePolicy":"etsy"}""");

        Assert.False(result.Succeeded);
        Assert.Equal("policy.json: basePolicy must be one of amazon, ebay, walmart, amazon-legacy, amazon-current, was 'etsy'.", Assert.Single(result.Problems));
    }

    [Theory]
    [InlineData("ebay", "transactionDefectRate")]
    [InlineData("walmart", "refundRate")]
    public void Read_BaseOfAnotherPack_KeepsThatPacksMetrics(string basePolicy, string metric)
    {
        PolicyFileResult result = Read($$"""{"basePolicy":"{{basePolicy}}","reportingTimeZone":"America/New_York"}""");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.True(result.Timeline!.Latest.Metrics.Contains(new SellerPolicy.Metrics.MetricId(metric)));
        Assert.Equal("America/New_York", result.Timeline.Latest.Reporting.Zone.Id);
    }

    [Fact]
    public void Read_CountingClaimOutcomes_ReplaceTheDefaultSetInEveryVersion()
    {
        PolicyFileResult result = Read("""{"orderDefectRate":{"countingClaimOutcomes":["GrantedSellerFunded","GrantedAmazonFunded"]}}""");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.All(result.Timeline!.Versions, v =>
            Assert.Equal([ClaimOutcome.GrantedSellerFunded, ClaimOutcome.GrantedAmazonFunded], v.OrderDefectRate.CountingClaimOutcomes.Order()));
    }

    [Fact]
    public void Read_ReturnDissatisfactionResponseHours_IsRefusedNamingTheOneResponseTime()
    {
        PolicyFileResult result = Read("""{"returnDissatisfaction":{"responseHours":24}}""");

        Assert.False(result.Succeeded);
        Assert.Equal(
            "policy.json: returnDissatisfaction.responseHours was removed; set returns.responseHours, the one return response time the rate and the deadlines use.",
            Assert.Single(result.Problems));
    }

    [Fact]
    public void Read_NotJson_IsRejected()
    {
        PolicyFileResult result = Read("{");

        Assert.StartsWith("policy.json: not valid JSON:", Assert.Single(result.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ClaimCoverageLists_ReplaceTheBaseSetsInEveryVersion()
    {
        PolicyFileResult result = Read("""
            {"claims":{"notCoveredCategories":["Digital","Subscriptions"],"notCoveredReasons":["other","MateriallyDifferent"]}}
            """);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        foreach (MarketplacePolicy version in result.Timeline!.Versions)
        {
            Assert.Equal(["Digital", "Subscriptions"], version.Claims.NotCoveredCategories.Order(StringComparer.Ordinal));
            Assert.Contains("subscriptions", version.Claims.NotCoveredCategories); // compared ignoring case, as the built-in set
            Assert.DoesNotContain("GiftCard", version.Claims.NotCoveredCategories);
            Assert.Equal([ClaimReason.MateriallyDifferent, ClaimReason.Other], version.Claims.NotCoveredReasons.Order());
        }
    }

    [Fact]
    public void Read_EmptyClaimCoverageLists_CoverEverything()
    {
        PolicyFileResult result = Read("""{"claims":{"notCoveredCategories":[],"notCoveredReasons":[]}}""");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.All(result.Timeline!.Versions, v => Assert.Empty(v.Claims.NotCoveredCategories));
        Assert.All(result.Timeline.Versions, v => Assert.Empty(v.Claims.NotCoveredReasons));
    }

    [Fact]
    public void Read_BadClaimCoverageLists_NameTheElement()
    {
        PolicyFileResult result = Read("""
            {"claims":{"notCoveredCategories":["Digital"," ",3],"notCoveredReasons":["Lost"]}}
            """);

        Assert.Equal(
            [
                "policy.json: claims.notCoveredCategories[1] must be a non-empty string, was \" \".",
                "policy.json: claims.notCoveredCategories[2] must be a non-empty string, was 3.",
                "policy.json: claims.notCoveredReasons[0] must be one of NotReceived, DamagedOrDefective, MateriallyDifferent, ReturnNotRefunded, RefundPromiseNotKept, Other, was \"Lost\".",
            ],
            result.Problems.ToArray());
    }

    [Fact]
    public void Read_ClaimCoverageNotAnArray_IsRejected()
    {
        PolicyFileResult result = Read("""{"claims":{"notCoveredReasons":"Other"}}""");

        Assert.Equal(
            "policy.json: claims.notCoveredReasons must be an array of NotReceived, DamagedOrDefective, MateriallyDifferent, ReturnNotRefunded, RefundPromiseNotKept, Other, was \"Other\".",
            Assert.Single(result.Problems));
    }

    [Fact]
    public void Read_HolidayExtensions_ReplaceTheListInEveryVersion()
    {
        PolicyFileResult result = Read("""
            {"returns":{"holidayExtensions":[{"basis":"Ordered","from":"2026-11-01","to":"2026-12-31","returnBy":"2027-01-31"}]}}
            """);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var expected = new HolidayReturnExtension(
            HolidayBasis.Ordered, new DayWindow(new LocalDate(2026, 11, 1), new LocalDate(2026, 12, 31)), new LocalDate(2027, 1, 31));
        Assert.All(result.Timeline!.Versions, v => Assert.Equal(expected, Assert.Single(v.Returns.HolidayExtensions)));
    }

    [Fact]
    public void Read_BadHolidayExtensions_NameTheElementAndField()
    {
        PolicyFileResult result = Read("""
            {"returns":{"holidayExtensions":[
              {"basis":"Xmas","from":"2026-11-01","to":"2026-12-31","returnBy":"31.01.2027"},
              {"basis":"Shipped","from":"2026-12-31","to":"2026-11-01","returnBy":"2027-01-31","until":"x"},
              {"basis":"Delivered","to":"2026-12-31","returnBy":"2027-01-31"},
              {"basis":"Delivered","from":"2026-11-01","to":"2026-12-31","returnBy":"2026-12-01"},
              "2026-12-25"]}}
            """);

        Assert.Equal(
            [
                "policy.json: returns.holidayExtensions[0].basis must be one of Ordered, Shipped, Delivered, was \"Xmas\".",
                "policy.json: returns.holidayExtensions[0].returnBy must be a date YYYY-MM-DD, was \"31.01.2027\".",
                "policy.json: returns.holidayExtensions[1].until is not a policy field; expected one of basis, from, to, returnBy.",
                "policy.json: returns.holidayExtensions[1] from (2026-12-31) must not be after to (2026-11-01).",
                "policy.json: returns.holidayExtensions[2].from is required.",
                "policy.json: returns.holidayExtensions[4] must be an object {\"basis\", \"from\", \"to\", \"returnBy\"}, was \"2026-12-25\".",
                "policy.json: returns.holidayExtensions: returnBy (2026-12-01) must not be before the period's end (2026-12-31).",
            ],
            result.Problems.ToArray());
    }

    [Fact]
    public void Read_FaultReasons_ReplaceTheSetsInEveryVersion()
    {
        PolicyFileResult result = Read("""
            {"returns":{"sellerFaultReasons":["DEFECTIVE","NOT_AS_EXPECTED"],"buyerFaultReasons":["NO_LONGER_NEEDED"]}}
            """);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        foreach (MarketplacePolicy version in result.Timeline!.Versions)
        {
            Assert.Equal(["DEFECTIVE", "NOT_AS_EXPECTED"], version.Returns.SellerFaultReasons.Order(StringComparer.Ordinal));
            Assert.Equal(["NO_LONGER_NEEDED"], version.Returns.BuyerFaultReasons);
            Assert.Contains("defective", version.Returns.SellerFaultReasons); // reason codes are compared ignoring case
        }
    }

    [Fact]
    public void Read_BadFaultReasons_AreRejected()
    {
        PolicyFileResult result = Read("""
            {"returns":{"sellerFaultReasons":["DEFECTIVE",""],"buyerFaultReasons":"NO_LONGER_NEEDED"}}
            """);

        Assert.Equal(
            [
                "policy.json: returns.sellerFaultReasons[1] must be a non-empty string, was \"\".",
                "policy.json: returns.buyerFaultReasons must be an array of reason codes, was \"NO_LONGER_NEEDED\".",
            ],
            result.Problems.ToArray());
    }

    [Fact]
    public void Read_ReasonInBothFaultSets_IsRejectedByTheValidator()
    {
        // The base's buyer-fault set keeps NOT_AS_EXPECTED, which the override also makes the seller's fault.
        PolicyFileResult result = Read("""{"returns":{"sellerFaultReasons":["NOT_AS_EXPECTED"]}}""");

        Assert.Equal("policy.json: returns: reason NOT_AS_EXPECTED is listed as both seller fault and buyer fault.", Assert.Single(result.Problems));
    }

    [Fact]
    public void Read_RestockingFees_OverrideTheGivenConditionsInEveryVersion()
    {
        PolicyFileResult result = Read("""
            {"returns":{"maxRestockingFeeRates":{"openedMedia":0.3,"DamagedOrIncomplete":null},
                        "lateReturnRestockingFeeRate":0.15,"photoEvidenceFromRate":0.1}}
            """);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        foreach (MarketplacePolicy version in result.Timeline!.Versions)
        {
            Assert.Equal(0.3m, Assert.Single(version.Returns.MaxRestockingFeeRates, kv => kv.Key == ReturnCondition.OpenedMedia).Value);
            Assert.False(version.Returns.MaxRestockingFeeRates.ContainsKey(ReturnCondition.DamagedOrIncomplete));
            Assert.Equal(0.15m, version.Returns.LateReturnRestockingFeeRate);
            Assert.Equal(0.1m, version.Returns.PhotoEvidenceFromRate);
        }
    }

    [Fact]
    public void Read_BadRestockingFees_NameTheFieldAndRule()
    {
        PolicyFileResult result = Read("""
            {"returns":{"maxRestockingFeeRates":{"Used":0.2,"OpenedMedia":"half","DamagedOrIncomplete":1.5},
                        "lateReturnRestockingFeeRate":-0.1,"photoEvidenceFromRate":"20%"}}
            """);

        Assert.Equal(
            [
                "policy.json: returns.maxRestockingFeeRates.Used is not a return condition; expected one of Original, OpenedMedia, DamagedOrIncomplete.",
                "policy.json: returns.maxRestockingFeeRates.OpenedMedia must be a fraction between 0 and 1 (0.5 = 50 %), was \"half\".",
                "policy.json: returns.photoEvidenceFromRate must be a number, was \"20%\".",
                "policy.json: returns.maxRestockingFeeRates.DamagedOrIncomplete must be a fraction between 0 and 1, was 1.5.",
                "policy.json: returns.lateReturnRestockingFeeRate must be a fraction between 0 and 1, was -0.1.",
            ],
            result.Problems.ToArray());
    }

    [Fact]
    public void Read_RestockingFeesNotAnObject_IsRejected()
    {
        PolicyFileResult result = Read("""{"returns":{"maxRestockingFeeRates":[0.5]}}""");

        Assert.Equal(
            "policy.json: returns.maxRestockingFeeRates must be an object keyed by Original, OpenedMedia, DamagedOrIncomplete, was [0.5].",
            Assert.Single(result.Problems));
    }

    [Fact]
    public void Read_EscapedHalfOfASurrogatePair_IsAProblemNamingThePlace_NotACrash()
    {
        // A comment holding the same escape is not a string: only the value is reported.
        string json = "{\"basePolicy\":\"amazon\", // \\udc00\n \"name\":\"strict\\ud800\"}";

        PolicyFileResult result = PolicyFileReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "policy.json");

        Assert.False(result.Succeeded);
        Assert.Equal(
            "policy.json: not valid JSON: \\ud800 is half of a UTF-16 surrogate pair without its other half. LineNumber: 1 | BytePositionInLine: 15.",
            Assert.Single(result.Problems));
    }

    [Fact]
    public void Read_TextThatIsNotUtf8_IsAProblemNamingTheByte_NotACrash()
    {
        byte[] bytes = Encoding.UTF8.GetBytes("{\"basePolicy\":\"amazon\",\n \"name\":\"strictX\"}");
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xFF;

        PolicyFileResult result = PolicyFileReader.Read(new MemoryStream(bytes), "policy.json");

        Assert.False(result.Succeeded);
        Assert.Equal(
            "policy.json: not valid UTF-8: byte 0xFF at line 2, byte 16 (the file must be UTF-8 text; was it saved in another encoding?).",
            Assert.Single(result.Problems));
    }

    [Fact]
    public void Read_ByteOrderMark_IsAccepted()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"basePolicy\":\"amazon\"}")];

        Assert.True(PolicyFileReader.Read(new MemoryStream(bytes), "policy.json").Succeeded);
    }

    [Fact]
    public void Read_ReasonCodesInAnyCase_MatchAmazonsUpperCaseCodes()
    {
        PolicyFileResult result = Read("""{"returns":{"sellerFaultReasons":["defective","Wrong_Item"],"buyerFaultReasons":["no_longer_needed"]}}""");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        MarketplacePolicy policy = result.Timeline!.Latest;
        Assert.Equal(SellerPolicy.Returns.ReturnFault.Seller, SellerPolicy.Returns.ReturnRefund.FaultOf("WRONG_ITEM", policy));
        Assert.Equal(SellerPolicy.Returns.ReturnFault.Buyer, SellerPolicy.Returns.ReturnRefund.FaultOf("NO_LONGER_NEEDED", policy));
    }

    [Fact]
    public void Read_EveryDocumentedField_OverridesItsValueInEveryVersion()
    {
        // Every value differs from both built-in versions' (docs/policies.md lists the defaults), so a field that is
        // read but not applied, or applied to the wrong setting, fails.
        PolicyFileResult result = Read("""
            {"basePolicy":"amazon","name":"every-field",
             "orderDefectRate":{"windowDays":45,"lagDays":3,"target":0.02,"pendingClaimsCount":false,"negativeFeedbackMaxRating":3,
                                "countingClaimOutcomes":["GrantedSellerFunded"]},
             "preFulfillmentCancellation":{"windowDays":8,"target":0.03},
             "lateShipment":{"windowDays":31,"target":0.05},
             "lateShipment10Day":{"windowDays":11,"target":0.06},
             "validTracking":{"windowDays":29,"target":0.9},
             "onTimeDelivery":{"windowDays":15,"target":0.8},
             "returnDissatisfaction":{"windowDays":61,"target":0.15},
             "claims":{"contactWaitHours":24,"notReceivedOpensAfterDeliveryHours":96,"notReceivedOpensAfterPurchaseDays":20,
                       "windowDays":60,"windowBasis":"PurchaseDate","returnShipWithinDays":10,"informationRequestResponseHours":36,
                       "buyerMessageResponseHours":12,"appealWindowDays":20,"chargebackResponseDays":5,"planOfActionDays":10,
                       "notCoveredCategories":["Services"],"notCoveredReasons":["NotReceived"]},
             "returns":{"windowDays":45,"windowBasis":"EstimatedDelivery","labelValidDays":21,"refundBusinessDays":3,"responseHours":24,
                        "holidays":["2026-12-25"],
                        "holidayExtensions":[{"basis":"Ordered","from":"2026-11-01","to":"2026-12-31","returnBy":"2027-01-31"}],
                        "sellerFaultReasons":["DEFECTIVE"],"buyerFaultReasons":["NO_LONGER_NEEDED"],
                        "maxRestockingFeeRates":{"OpenedMedia":0.4},"lateReturnRestockingFeeRate":0.1,"photoEvidenceFromRate":0.3}}
            """);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(2, result.Timeline!.Versions.Length);
        foreach (MarketplacePolicy p in result.Timeline.Versions)
        {
            Assert.Equal("every-field", p.Name);
            Assert.Equal((45, 3, MetricTarget.LessThan(0.02), false, 3), (p.OrderDefectRate.WindowDays, p.OrderDefectRate.LagDays, p.OrderDefectRate.Target, p.OrderDefectRate.PendingClaimsCount, p.OrderDefectRate.NegativeFeedbackMaxRating));
            Assert.Equal([ClaimOutcome.GrantedSellerFunded], p.OrderDefectRate.CountingClaimOutcomes);
            Assert.Equal(new RollingMetricPolicy(8, MetricTarget.LessThan(0.03)), p.PreFulfillmentCancellation);
            Assert.Equal(new RollingMetricPolicy(31, MetricTarget.LessThan(0.05)), p.LateShipment);
            Assert.Equal(new RollingMetricPolicy(11, MetricTarget.LessThan(0.06)), p.LateShipment10Day);
            Assert.Equal(new RollingMetricPolicy(29, MetricTarget.GreaterThan(0.9)), p.ValidTracking);
            Assert.Equal(new RollingMetricPolicy(15, MetricTarget.GreaterThan(0.8)), p.OnTimeDelivery);
            Assert.Equal((61, MetricTarget.LessThan(0.15)), (p.ReturnDissatisfaction.WindowDays, p.ReturnDissatisfaction.Target));

            ClaimPolicy c = p.Claims;
            Assert.Equal(Duration.FromHours(24), c.ContactWait);
            Assert.Equal(Duration.FromHours(96), c.NotReceivedOpensAfterDelivery);
            Assert.Equal(Duration.FromDays(20), c.NotReceivedOpensAfterPurchase);
            Assert.Equal(Duration.FromDays(60), c.WindowLength);
            Assert.Equal(ClaimWindowBasis.PurchaseDate, c.WindowBasis);
            Assert.Equal(10, c.ReturnShipWithinDays);
            Assert.Equal(Duration.FromHours(36), c.InformationRequestResponse);
            Assert.Equal(Duration.FromHours(12), c.BuyerMessageResponse);
            Assert.Equal(Duration.FromDays(20), c.AppealWindow);
            Assert.Equal(Duration.FromDays(5), c.ChargebackResponse);
            Assert.Equal(Duration.FromDays(10), c.PlanOfAction);
            Assert.Equal(["Services"], c.NotCoveredCategories);
            Assert.Equal([ClaimReason.NotReceived], c.NotCoveredReasons);

            ReturnPolicy r = p.Returns;
            Assert.Equal((45, ReturnWindowBasis.EstimatedDelivery, 21, 3), (r.WindowDays, r.WindowBasis, r.LabelValidDays, r.RefundBusinessDays));
            Assert.Equal(Duration.FromHours(24), r.ResponseTime);
            Assert.Equal([new LocalDate(2026, 12, 25)], r.Holidays.AsEnumerable());
            Assert.Equal(
                [new HolidayReturnExtension(HolidayBasis.Ordered, new DayWindow(new LocalDate(2026, 11, 1), new LocalDate(2026, 12, 31)), new LocalDate(2027, 1, 31))],
                r.HolidayExtensions.AsEnumerable());
            Assert.Equal(["DEFECTIVE"], r.SellerFaultReasons);
            Assert.Equal(["NO_LONGER_NEEDED"], r.BuyerFaultReasons);
            Assert.Equal(0.4m, r.MaxRestockingFeeRates[ReturnCondition.OpenedMedia]);
            Assert.Equal(0.5m, r.MaxRestockingFeeRates[ReturnCondition.DamagedOrIncomplete]);
            Assert.Equal((0.1m, 0.3m), (r.LateReturnRestockingFeeRate, r.PhotoEvidenceFromRate));
        }
    }

    [Fact]
    public void Read_NotReceivedOpensAfterPurchaseDaysNull_SwitchesTheLegacyRuleOff_AndAbsentKeepsIt()
    {
        PolicyFileResult off = Read("""{"claims":{"notReceivedOpensAfterPurchaseDays":null}}""");
        PolicyFileResult kept = Read("""{"claims":{"windowDays":90}}""");

        Assert.True(off.Succeeded, string.Join("\n", off.Problems));
        Assert.All(off.Timeline!.Versions, v => Assert.Null(v.Claims.NotReceivedOpensAfterPurchase));
        Assert.Equal(Duration.FromDays(30), kept.Timeline!.Versions[0].Claims.NotReceivedOpensAfterPurchase);
        Assert.Null(kept.Timeline.Latest.Claims.NotReceivedOpensAfterPurchase);
    }

    [Fact]
    public void Read_NullValues_KeepTheBaseNumbers()
    {
        PolicyFileResult result = Read("""
            {"name":null,"reportingTimeZone":null,"orderDefectRate":{"windowDays":null,"target":null,"pendingClaimsCount":null},
             "lateShipment":null,"claims":{"windowBasis":null,"contactWaitHours":null},"returns":{"lateReturnRestockingFeeRate":null,"maxRestockingFeeRates":null}}
            """);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        MarketplacePolicy latest = result.Timeline!.Latest;
        Assert.Equal("amazon-custom", latest.Name);
        Assert.Equal(AmazonPolicies.Current with { Name = "amazon-custom" }, latest);
    }

    [Theory]
    [InlineData("""{"name":""}""", "policy.json: name must be a non-empty string.")]
    [InlineData("""{"basePolicy":7}""", "policy.json: basePolicy must be a non-empty string.")]
    [InlineData("""{"claims":5}""", "policy.json: claims must be an object.")]
    [InlineData("""{"lateShipment":[30]}""", "policy.json: lateShipment must be an object.")]
    [InlineData("""{"lateShipment":{"windowDays":30,"targetValue":0.04}}""", "policy.json: lateShipment.targetValue is not a policy field; expected one of windowDays, target.")]
    [InlineData("""{"returnDissatisfaction":{"window":60}}""", "policy.json: returnDissatisfaction.window is not a policy field; expected one of windowDays, target, responseHours.")]
    [InlineData("""{"orderDefectRate":{"pendingClaimsCount":"yes"}}""", "policy.json: orderDefectRate.pendingClaimsCount must be true or false, was \"yes\".")]
    [InlineData("""{"orderDefectRate":{"lagDays":1.5}}""", "policy.json: orderDefectRate.lagDays must be a whole number, was 1.5.")]
    [InlineData("""{"onTimeDelivery":{"target":-0.1}}""", "policy.json: onTimeDelivery.target must be a fraction between 0 and 1 (0.01 = 1 %), was -0.1.")]
    [InlineData("""{"onTimeDelivery":{"target":"97%"}}""", "policy.json: onTimeDelivery.target must be a fraction between 0 and 1 (0.01 = 1 %), was \"97%\".")]
    [InlineData("""{"claims":{"windowBasis":"Purchase"}}""", "policy.json: claims.windowBasis must be one of LatestDeliveryDate, PurchaseDate, was \"Purchase\".")]
    [InlineData("""{"claims":{"windowBasis":"1"}}""", "policy.json: claims.windowBasis must be one of LatestDeliveryDate, PurchaseDate, was \"1\".")]
    [InlineData("""{"returns":{"windowBasis":0}}""", "policy.json: returns.windowBasis must be one of Delivery, EstimatedDelivery, was 0.")]
    [InlineData("""{"claims":{"window":90}}""", "policy.json: claims.window is not a policy field; expected one of contactWaitHours, notReceivedOpensAfterDeliveryHours, notReceivedOpensAfterPurchaseDays, windowDays, windowBasis, returnShipWithinDays, informationRequestResponseHours, buyerMessageResponseHours, appealWindowDays, chargebackResponseDays, planOfActionDays, notCoveredCategories, notCoveredReasons.")]
    [InlineData("""{"returns":{"refundDays":2}}""", "policy.json: returns.refundDays is not a policy field; expected one of windowDays, windowBasis, labelValidDays, refundBusinessDays, responseHours, holidays, holidayExtensions, sellerFaultReasons, buyerFaultReasons, maxRestockingFeeRates, lateReturnRestockingFeeRate, photoEvidenceFromRate.")]
    [InlineData("""{"returns":{"holidays":"2026-12-25"}}""", "policy.json: returns.holidays must be an array of dates YYYY-MM-DD.")]
    [InlineData("""{"returns":{"holidays":["2026-12-25","25.12.2026",20261225]}}""", "policy.json: returns.holidays[1] must be a date YYYY-MM-DD, was \"25.12.2026\".\npolicy.json: returns.holidays[2] must be a date YYYY-MM-DD, was 20261225.")]
    [InlineData("""{"returns":{"holidayExtensions":{"basis":"Ordered"}}}""", "policy.json: returns.holidayExtensions must be an array of objects {\"basis\", \"from\", \"to\", \"returnBy\"}, was {\"basis\":\"Ordered\"}.")]
    [InlineData("""{"returns":{"holidayExtensions":[{"from":"2026-11-01","to":"2026-12-31","returnBy":"2027-01-31"}]}}""", "policy.json: returns.holidayExtensions[0].basis is required.")]
    [InlineData("""{"returns":{"holidayExtensions":[{"basis":"Ordered","from":"2026-11-01","to":"2026-12-31"}]}}""", "policy.json: returns.holidayExtensions[0].returnBy is required.")]
    [InlineData("""{"returns":{"holidayExtensions":[{"basis":"-1","from":"2026-11-01","to":"2026-12-31","returnBy":"2027-01-31"}]}}""", "policy.json: returns.holidayExtensions[0].basis must be one of Ordered, Shipped, Delivered, was \"-1\".")]
    [InlineData("""{"orderDefectRate":{"countingClaimOutcomes":["Denied","2",""]}}""", "policy.json: orderDefectRate.countingClaimOutcomes[1] must be one of GrantedSellerFunded, GrantedAmazonFunded, SellerRefunded, OrderCancelled, Denied, Withdrawn, BuyShippingProtected, was \"2\".\npolicy.json: orderDefectRate.countingClaimOutcomes[2] must be one of GrantedSellerFunded, GrantedAmazonFunded, SellerRefunded, OrderCancelled, Denied, Withdrawn, BuyShippingProtected, was \"\".")]
    [InlineData("""{"returns":{"maxRestockingFeeRates":{"1":0.5,"-2":0.5}}}""", "policy.json: returns.maxRestockingFeeRates.1 is not a return condition; expected one of Original, OpenedMedia, DamagedOrIncomplete.\npolicy.json: returns.maxRestockingFeeRates.-2 is not a return condition; expected one of Original, OpenedMedia, DamagedOrIncomplete.")]
    public void Read_AValueOfTheWrongKind_IsAProblemNamingTheFieldAndTheRule(string json, string expected)
    {
        PolicyFileResult result = Read(json);

        Assert.False(result.Succeeded);
        Assert.Null(result.Timeline);
        Assert.Equal(expected, string.Join("\n", result.Problems));
    }

    [Fact]
    public void Read_EnumNamesInAnyCase_AndANullFeeRate_RemovesThatCondition()
    {
        PolicyFileResult result = Read("""
            {"claims":{"windowBasis":"purchasedate","notCoveredReasons":["other","NOTRECEIVED"]},
             "returns":{"windowBasis":"estimateddelivery","maxRestockingFeeRates":{"openedmedia":null},
                        "holidayExtensions":[{"basis":"shipped","from":"2026-11-01","to":"2026-12-31","returnBy":"2027-01-31"}]}}
            """);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        MarketplacePolicy latest = result.Timeline!.Latest;
        Assert.Equal(ClaimWindowBasis.PurchaseDate, latest.Claims.WindowBasis);
        Assert.Equal([ClaimReason.NotReceived, ClaimReason.Other], latest.Claims.NotCoveredReasons.Order());
        Assert.Equal(ReturnWindowBasis.EstimatedDelivery, latest.Returns.WindowBasis);
        Assert.False(latest.Returns.MaxRestockingFeeRates.ContainsKey(ReturnCondition.OpenedMedia));
        Assert.Equal(0.5m, latest.Returns.MaxRestockingFeeRates[ReturnCondition.DamagedOrIncomplete]);
        Assert.Equal(HolidayBasis.Shipped, Assert.Single(latest.Returns.HolidayExtensions).Basis);
    }

    [Fact]
    public void Read_FieldProblems_AreReportedOnce_NotOncePerVersion()
    {
        // The amazon base has two versions; a bad field is read for each of them.
        PolicyFileResult result = Read("""{"claims":{"contactWaitHours":"two days"}}""");

        Assert.Equal("policy.json: claims.contactWaitHours must be a whole number, was \"two days\".", Assert.Single(result.Problems));
    }

    // Found by fuzzing (eng/fuzz.sh policy): an hour count beyond what a NodaTime Duration holds threw
    // ArgumentOutOfRangeException out of Read instead of being reported.
    [Theory]
    [InlineData("informationRequestResponseHours", 666666662, "hours", 87672)]
    [InlineData("contactWaitHours", -666666662, "hours", 87672)]
    [InlineData("buyerMessageResponseHours", int.MinValue, "hours", 87672)]
    [InlineData("appealWindowDays", 2147483647, "days", 3653)]
    [InlineData("windowDays", 3654, "days", 3653)]
    public void Read_ADurationLongerThanTenYears_IsAProblemNamingTheFieldAndValue(string field, int value, string unit, int limit)
    {
        PolicyFileResult result = Read("{\"basePolicy\":\"amazon\",\"claims\":{\"" + field + "\":" + value + "}}");

        Assert.False(result.Succeeded);
        Assert.Equal($"policy.json: claims.{field} must be at most {limit} {unit} (10 years), was {value}.", Assert.Single(result.Problems));
    }

    [Fact]
    public void Read_ADurationOfExactlyTenYears_IsRead()
    {
        PolicyFileResult result = Read("""{"basePolicy":"amazon","claims":{"appealWindowDays":3653,"informationRequestResponseHours":87672}}""");

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(Duration.FromDays(3653), result.Timeline!.Latest.Claims.AppealWindow);
        Assert.Equal(Duration.FromHours(87672), result.Timeline.Latest.Claims.InformationRequestResponse);
    }
}
