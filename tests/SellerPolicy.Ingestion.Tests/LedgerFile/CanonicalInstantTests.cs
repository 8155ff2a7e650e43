using System.Text;
using NodaTime;
using NodaTime.Text;
using SellerPolicy.Ingestion.LedgerFile;

namespace SellerPolicy.Ingestion.Tests.LedgerFile;

/// <summary>The hand-written instant path accepts only what the NodaTime patterns accept, with the same value.</summary>
public class CanonicalInstantTests
{
    private static readonly OffsetDateTimePattern WithSeconds = OffsetDateTimePattern.ExtendedIso;
    private static readonly OffsetDateTimePattern WithoutSeconds = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>");

    public static TheoryData<string> EdgeCases =>
    [
        "2025-11-02T09:04:17Z", "2025-11-02T09:04:17.073Z", "2025-11-02T09:04:17.123456789Z", "2025-11-02T09:04:17.1234567890Z",
        "2025-11-02T09:04:17.Z", "2025-11-02T09:04:17,5Z", "2024-02-29T00:00:00Z", "2025-02-29T00:00:00Z", "2025-11-02T24:00:00Z",
        "2025-11-02T23:59:60Z", "2025-13-02T09:04:17Z", "2025-00-02T09:04:17Z", "0000-01-01T00:00:00Z", "0001-01-01T00:00:00Z",
        "1969-12-31T23:59:59.999999999Z", "1970-01-01T00:00:00Z", "2000-02-29T12:00:00Z", "2100-02-29T12:00:00Z", "2025-11-02T09:04Z",
        "2025-11-02T09:04:17+01:00", "2025-11-02t09:04:17z", "2025-11-02T09:04:17.0000000Z", "9999-12-31T23:59:59.999999999Z",
        "+2025-11-02T09:04:17Z", "2025-1-02T09:04:17Z", "2025-11-02T09:04:1xZ", "2025-11-02T09:04:17.-1Z",
        "2025-11-02T09:04:17ZZ", "2025-11-02T09:04:17:Z", "2025/11/02T09:04:17Z", "2025-11-02 09:04:17Z", "2025-11-02T09-04:17Z",
        "2025-11-31T09:04:17Z", "2025-04-31T09:04:17Z", "2025-12-31T09:04:17Z", "2025-08-31T09:04:17Z", "2025-09-31T09:04:17Z",
        "2:25-11-02T09:04:17Z", "2025-11-02T09:04:1:Z", "2025-11-02T0/:04:17Z", "2025-11-02T09:04:17.00:Z", "1900-02-29T00:00:00Z",
    ];

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void EdgeCases_AgreeWithNodaTime(string text) => AssertAgrees(text);

    [Fact]
    public void RandomCanonicalAndCorruptedTexts_AgreeWithNodaTime()
    {
        var random = new Random(1);
        for (int i = 0; i < 20_000; i++)
        {
            var local = new LocalDateTime(random.Next(1, 10000), random.Next(1, 13), random.Next(1, 29), random.Next(24), random.Next(60), random.Next(60))
                .PlusNanoseconds(random.Next(4) == 0 ? 0 : random.NextInt64(1_000_000_000));
            string text = LocalDateTimePattern.ExtendedIso.Format(local) + "Z";
            AssertAgrees(text);
            int cut = random.Next(text.Length);
            AssertAgrees(text.Remove(cut, 1).Insert(cut, ((char)random.Next(32, 127)).ToString()));
        }
    }

    [Fact]
    public void EveryMonthsEdges_InAndAroundTheYearsOfTheShortPath_AgreeWithNodaTime()
    {
        // Years 1970 to 2099 take a short path; the years around them the general calendar arithmetic.
        foreach (int year in Enumerable.Range(1965, 140))
        {
            for (int month = 0; month <= 13; month++)
            {
                foreach (int day in new[] { 0, 1, 28, 29, 30, 31, 32 })
                {
                    string date = $"{year:D4}-{month:D2}-{day:D2}T";
                    AssertAgrees(date + "00:00:00Z");
                    AssertAgrees(date + "23:59:59.999Z");
                }
            }
        }
    }

    [Theory]
    [InlineData("2025-11-02T09:04:17.0Z")]
    [InlineData("2025-11-02T09:04:17.07Z")]
    [InlineData("2025-11-02T09:04:17.999Z")]
    [InlineData("2025-11-02T09:04:17.000Z")]
    [InlineData("2025-11-02T09:04:17.0730Z")]
    [InlineData("2025-11-02T09:04:17.1234567Z")]
    [InlineData("2025-11-02T09:04:17.12345678Z")]
    [InlineData("1969-12-31T23:59:59.999Z")]
    [InlineData("1970-01-01T00:00:00.001Z")]
    [InlineData("2025-11-02T09:04:17.07xZ")]
    [InlineData("2025-11-02T09:04:17.x73Z")]
    [InlineData("2025-11-02T09:04:17,073Z")]
    [InlineData("2025-11-02T09:04:17.07:Z")]
    [InlineData("2025-11-02T09:04:17.0/3Z")]
    [InlineData("2025-11-02T09:04:17.073z")]
    public void Fractions_OfEveryLength_AgreeWithNodaTime(string text) => AssertAgrees(text);

    private static void AssertAgrees(string text)
    {
        ParseResult<OffsetDateTime> result = WithSeconds.Parse(text);
        if (!result.Success)
        {
            result = WithoutSeconds.Parse(text);
        }

        Instant? expected = result.Success ? result.Value.ToInstant() : null;
        Assert.Equal(expected, JsonRecord.ParseInstant(text));

        // The canonical path itself, on both encodings: it may decline valid text, never accept it differently.
        bool fromChars = CanonicalInstant.TryParse(text.AsSpan(), out Instant chars);
        bool fromBytes = CanonicalInstant.TryParse<byte>(Encoding.UTF8.GetBytes(text), out Instant bytes);
        bool fromWords = CanonicalInstant.TryParseUtf8(Encoding.UTF8.GetBytes(text), out Instant words);
        Assert.Equal(fromChars, fromBytes);
        Assert.Equal(fromChars, fromWords);
        if (fromChars)
        {
            Assert.Equal(expected, chars);
            Assert.Equal(chars, bytes);
            Assert.Equal(chars, words);
        }
    }
}
