using System.Collections.Immutable;
using NodaTime;

namespace SellerPolicy.Policies;

/// <summary>The one place that checks a policy's numbers. Reports every problem at once.</summary>
public static class PolicyValidator
{
    /// <summary>Checks every number of <paramref name="policy"/>.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>One message per problem, naming the field (as in a policy file) and the rule; empty when valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public static ImmutableArray<string> Validate(MarketplacePolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var errors = ImmutableArray.CreateBuilder<string>();

        void Positive(int value, string field)
        {
            if (value <= 0)
            {
                errors.Add($"{field} must be positive, was {value}.");
            }
        }

        void NonNegative(int value, string field)
        {
            if (value < 0)
            {
                errors.Add($"{field} must not be negative, was {value}.");
            }
        }

        void PositiveDuration(Duration value, string field)
        {
            if (value <= Duration.Zero)
            {
                errors.Add($"{field} must be a positive duration, was {value}.");
            }
        }

        void Rolling(RollingMetricPolicy? metric, string field)
        {
            if (metric is null)
            {
                errors.Add($"{field} is required.");
                return;
            }

            Positive(metric.WindowDays, field + ".windowDays");
        }

        if (string.IsNullOrWhiteSpace(policy.Name) || policy.Name.Contains('@', StringComparison.Ordinal))
        {
            errors.Add($"name must be non-empty and must not contain '@', was '{policy.Name}'.");
        }

        if (policy.Reporting is null)
        {
            errors.Add("reportingTimeZone is required.");
        }

        if (policy.OrderDefectRate is { } odr)
        {
            Positive(odr.WindowDays, "orderDefectRate.windowDays");
            NonNegative(odr.LagDays, "orderDefectRate.lagDays");
            if (odr.CountingClaimOutcomes is null)
            {
                errors.Add("orderDefectRate.countingClaimOutcomes is required (an empty list counts no decided claim).");
            }

            if (odr.NegativeFeedbackMaxRating is < 1 or > 4)
            {
                errors.Add($"orderDefectRate.negativeFeedbackMaxRating must be 1-4, was {odr.NegativeFeedbackMaxRating}.");
            }
        }
        else
        {
            errors.Add("orderDefectRate is required.");
        }

        Rolling(policy.PreFulfillmentCancellation, "preFulfillmentCancellation");
        Rolling(policy.LateShipment, "lateShipment");
        Rolling(policy.LateShipment10Day, "lateShipment10Day");
        Rolling(policy.ValidTracking, "validTracking");
        Rolling(policy.OnTimeDelivery, "onTimeDelivery");

        if (policy.ReturnDissatisfaction is { } rd)
        {
            Positive(rd.WindowDays, "returnDissatisfaction.windowDays");
        }
        else
        {
            errors.Add("returnDissatisfaction is required.");
        }

        if (policy.Claims is { } claims)
        {
            PositiveDuration(claims.ContactWait, "claims.contactWait");
            if (claims.NotReceivedOpensAfterDelivery < Duration.Zero)
            {
                errors.Add($"claims.notReceivedOpensAfterDelivery must not be negative, was {claims.NotReceivedOpensAfterDelivery}.");
            }

            if (claims.NotReceivedOpensAfterPurchase is { } afterPurchase && afterPurchase < Duration.Zero)
            {
                errors.Add($"claims.notReceivedOpensAfterPurchase must not be negative, was {afterPurchase}.");
            }

            PositiveDuration(claims.WindowLength, "claims.windowLength");
            Positive(claims.ReturnShipWithinDays, "claims.returnShipWithinDays");
            PositiveDuration(claims.InformationRequestResponse, "claims.informationRequestResponse");
            PositiveDuration(claims.BuyerMessageResponse, "claims.buyerMessageResponse");
            PositiveDuration(claims.AppealWindow, "claims.appealWindow");
            PositiveDuration(claims.ChargebackResponse, "claims.chargebackResponse");
            PositiveDuration(claims.PlanOfAction, "claims.planOfAction");
            if (claims.NotCoveredCategories is null || claims.NotCoveredCategories.Any(string.IsNullOrWhiteSpace))
            {
                errors.Add("claims.notCoveredCategories must be a set of non-blank category names.");
            }

            if (claims.NotCoveredReasons is null)
            {
                errors.Add("claims.notCoveredReasons is required (use an empty set).");
            }
        }
        else
        {
            errors.Add("claims is required.");
        }

        if (policy.Returns is { } returns)
        {
            Positive(returns.WindowDays, "returns.windowDays");
            Positive(returns.LabelValidDays, "returns.labelValidDays");
            NonNegative(returns.RefundBusinessDays, "returns.refundBusinessDays");
            PositiveDuration(returns.ResponseTime, "returns.responseTime");
            if (returns.HolidayExtensions.IsDefault)
            {
                errors.Add("returns.holidayExtensions must not be default.");
            }
            else
            {
                foreach (HolidayReturnExtension ext in returns.HolidayExtensions)
                {
                    if (ext.ReturnBy < ext.Period.To)
                    {
                        errors.Add($"returns.holidayExtensions: returnBy ({ext.ReturnBy:uuuu-MM-dd}) must not be before the period's end ({ext.Period.To:uuuu-MM-dd}).");
                    }
                }
            }

            if (returns.Holidays.IsDefault)
            {
                errors.Add("returns.holidays must not be default.");
            }

            foreach (string both in returns.SellerFaultReasons.Intersect(returns.BuyerFaultReasons).Order(StringComparer.Ordinal))
            {
                errors.Add($"returns: reason {both} is listed as both seller fault and buyer fault.");
            }

            foreach ((ReturnCondition condition, decimal rate) in returns.MaxRestockingFeeRates.OrderBy(kv => kv.Key))
            {
                if (rate is < 0 or > 1)
                {
                    errors.Add($"returns.maxRestockingFeeRates.{condition} must be a fraction between 0 and 1, was {rate}.");
                }
            }

            if (returns.LateReturnRestockingFeeRate is < 0 or > 1)
            {
                errors.Add($"returns.lateReturnRestockingFeeRate must be a fraction between 0 and 1, was {returns.LateReturnRestockingFeeRate}.");
            }

            if (returns.PhotoEvidenceFromRate is < 0 or > 1)
            {
                errors.Add($"returns.photoEvidenceFromRate must be a fraction between 0 and 1, was {returns.PhotoEvidenceFromRate}.");
            }
        }
        else
        {
            errors.Add("returns is required.");
        }

        return errors.ToImmutable();
    }

    /// <summary>Throws when <paramref name="policy"/> is invalid.</summary>
    /// <param name="policy">The policy.</param>
    /// <returns>The same policy.</returns>
    /// <exception cref="ArgumentException">The policy has problems; the message lists all of them.</exception>
    public static MarketplacePolicy EnsureValid(MarketplacePolicy policy)
    {
        ImmutableArray<string> errors = Validate(policy);
        if (!errors.IsEmpty)
        {
            throw new ArgumentException($"Policy {policy.Version} is invalid:{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", errors), nameof(policy));
        }

        return policy;
    }
}
