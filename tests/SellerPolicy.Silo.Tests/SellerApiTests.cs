using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SellerPolicy.Silo.Tests;

/// <summary>The sample silo started in process with three sample sellers of 200 orders, as <c>--sellers 3 --orders 200</c>.</summary>
public sealed class SampleSilo : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
        => builder.UseSetting("sellers", "3").UseSetting("orders", "200");
}

public sealed class SellerApiTests(SampleSilo silo) : IClassFixture<SampleSilo>
{
    [Fact]
    public async Task The_health_of_a_loaded_sample_seller_lists_every_metric_as_of_its_latest_day()
    {
        HttpClient http = silo.CreateClient();
        JsonElement summary = await LoadedAsync(http, "seller-0003");

        JsonElement health = await GetJsonAsync(http, "/sellers/seller-0003/health");

        Assert.Equal(summary.GetProperty("latestDay").GetString(), health.GetProperty("asOf").GetString());
        Assert.Contains(health.GetProperty("overallStatus").GetString(), new[] { "GOOD", "BAD" });
        Assert.Contains(health.GetProperty("metrics").EnumerateArray(), m => m.GetProperty("name").GetString() == "orderDefectRate.mfn");
    }

    [Fact]
    public async Task Posted_records_with_a_bad_line_are_refused_with_the_located_problem_and_change_nothing()
    {
        HttpClient http = silo.CreateClient();
        JsonElement before = await LoadedAsync(http, "seller-0002");
        string lines = "{\"kind\":\"feedback\",\"orderId\":\"NO-SUCH\",\"receivedAt\":\"2026-10-30T09:00:00Z\",\"rating\":9}";

        HttpResponseMessage response = await http.PostAsync("/sellers/seller-0002/records?name=upload-1", new StringContent(lines, Encoding.UTF8, "application/x-ndjson"));
        JsonElement result = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.False(result.GetProperty("accepted").GetBoolean());
        Assert.All(result.GetProperty("problems").EnumerateArray(), p => Assert.StartsWith("upload-1:1: ", p.GetProperty("text").GetString(), StringComparison.Ordinal));
        Assert.Equal(before.GetProperty("records").GetInt32(), (await GetJsonAsync(http, "/sellers/seller-0002")).GetProperty("records").GetInt32());
    }

    [Fact]
    public async Task Posted_records_of_a_new_seller_are_accepted_and_answered()
    {
        HttpClient http = silo.CreateClient();
        string order = "{\"kind\":\"order\",\"orderId\":\"111-0000001-0000001\",\"channel\":\"MFN\",\"purchasedAt\":\"2026-01-05T10:00:00Z\","
            + "\"lines\":[{\"sku\":\"MUG-01\",\"quantity\":1,\"unitPrice\":{\"amount\":9.99,\"currency\":\"USD\"}}]}";

        HttpResponseMessage response = await http.PostAsync("/sellers/new-seller/records", new StringContent(order, Encoding.UTF8, "application/x-ndjson"));
        JsonElement health = await GetJsonAsync(http, "/sellers/new-seller/health?asOf=2026-01-31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2026-01-31", health.GetProperty("asOf").GetString());
        Assert.Equal(1, (await GetJsonAsync(http, "/sellers/new-seller")).GetProperty("orders").GetInt32());
    }

    [Fact]
    public async Task A_day_that_is_not_a_day_is_a_bad_request_naming_it()
    {
        HttpClient http = silo.CreateClient();

        HttpResponseMessage response = await http.GetAsync("/sellers/seller-0001/health?asOf=2026-13-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("was '2026-13-01'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_fleet_view_answers_with_the_sellers_at_risk()
    {
        HttpClient http = silo.CreateClient();
        await LoadedAsync(http, "seller-0003");

        HttpResponseMessage response = await http.GetAsync("/fleet/at-risk");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.ValueKind);
    }

    /// <summary>Waits (up to 60 s) until the start-up load has recorded the seller; returns its summary.</summary>
    private static async Task<JsonElement> LoadedAsync(HttpClient http, string seller)
    {
        JsonElement summary = default;
        for (int i = 0; i < 600; i++)
        {
            summary = await GetJsonAsync(http, $"/sellers/{seller}");
            if (summary.GetProperty("records").GetInt32() > 200)
            {
                break;
            }

            await Task.Delay(100);
        }

        Assert.True(summary.GetProperty("records").GetInt32() > 200, $"{seller} was not loaded: {summary}");
        return summary;
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient http, string path)
    {
        HttpResponseMessage response = await http.GetAsync(path);
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
