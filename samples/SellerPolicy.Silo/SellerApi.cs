using System.Text;
using NodaTime;
using NodaTime.Text;
using SellerPolicy.Orleans;
using SellerPolicy.Orleans.Contracts;

namespace SellerPolicy.Silo;

/// <summary>The HTTP API: one seller account's health, series, forecast, claims and records; the fleet's sellers at risk.</summary>
internal static class SellerApi
{
    public const string DefaultMarketplace = "ATVPDKIKX0DER";

    public static void Map(WebApplication app)
    {
        app.MapGet("/sellers/{id}", async (string id, string? marketplace, IGrainFactory grains)
            => await Answer(() => Account(grains, id, marketplace).GetSummaryAsync()));

        app.MapGet("/sellers/{id}/health", async (string id, string? asOf, string? marketplace, IGrainFactory grains)
            => await Answer(async () =>
            {
                ISellerAccountGrain seller = Account(grains, id, marketplace);
                return await seller.GetSnapshotAsync(await DayOrLatest(seller, asOf, "asOf"));
            }));

        app.MapGet("/sellers/{id}/series", async (string id, string? from, string? to, string? marketplace, IGrainFactory grains)
            => await Answer(async () =>
            {
                ISellerAccountGrain seller = Account(grains, id, marketplace);
                LocalDate last = await DayOrLatest(seller, to, "to");
                return await seller.GetSeriesAsync(from is null ? last.PlusDays(-89) : Day(from, "from"), last);
            }));

        app.MapGet("/sellers/{id}/forecast", async (string id, string? asOf, string? marketplace, IGrainFactory grains)
            => await Answer(async () =>
            {
                ISellerAccountGrain seller = Account(grains, id, marketplace);
                return await seller.GetForecastAsync(await DayOrLatest(seller, asOf, "asOf"));
            }));

        app.MapGet("/sellers/{id}/claims/{orderId}", async (string id, string orderId, string? reason, string? at, string? marketplace, IGrainFactory grains)
            => await Answer(() => Account(grains, id, marketplace).GetClaimEligibilityAsync(
                orderId, reason ?? "NotReceived", at is null ? SystemClock.Instance.GetCurrentInstant() : Instant(at))));

        app.MapPost("/sellers/{id}/records", async (string id, string? name, string? marketplace, HttpRequest request, IGrainFactory grains) =>
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            string lines = await reader.ReadToEndAsync();
            try
            {
                RecordBatchResult result = await Account(grains, id, marketplace).RecordAsync(new RecordBatch(name ?? "request", lines));
                return result.Accepted ? Results.Ok(result) : Results.UnprocessableEntity(result);
            }
            catch (ArgumentException e)
            {
                return Results.BadRequest(new { error = e.Message });
            }
        });

        app.MapGet("/fleet/at-risk", async (string? marketplace, IGrainFactory grains)
            => Results.Ok(await grains.GetFleetRisk(marketplace ?? DefaultMarketplace).GetSellersAtRiskAsync()));
    }

    private static ISellerAccountGrain Account(IGrainFactory grains, string id, string? marketplace)
        => grains.GetSellerAccount(new SellerAccountId(id, marketplace ?? DefaultMarketplace));

    private static async Task<LocalDate> DayOrLatest(ISellerAccountGrain seller, string? text, string field)
        => text is not null ? Day(text, field)
            : (await seller.GetSummaryAsync()).LatestDay ?? throw new ArgumentException($"{field} is needed: the seller has no records yet.", field);

    private static LocalDate Day(string text, string field)
        => LocalDatePattern.Iso.Parse(text) is { Success: true } day ? day.Value
            : throw new ArgumentException($"{field} must be a day such as 2026-10-31, was '{text}'.", field);

    private static Instant Instant(string text)
        => InstantPattern.ExtendedIso.Parse(text) is { Success: true } at ? at.Value
            : throw new ArgumentException($"at must be an instant such as 2026-10-31T12:00:00Z, was '{text}'.", "at");

    private static async Task<IResult> Answer<T>(Func<Task<T>> query)
    {
        try
        {
            return Results.Ok(await query());
        }
        catch (ArgumentException e)
        {
            return Results.BadRequest(new { error = e.Message });
        }
    }
}
