using NodaTime;
using NodaTime.Text;
using SellerPolicy.Ingestion.LedgerFile;

namespace SellerPolicy.Benchmarks;

/// <summary>
/// Checks the reader's fast instant path against the NodaTime patterns it shortcuts, on random and edge-case texts:
/// <c>check-instants</c>. Prints the first disagreement and exits non-zero.
/// </summary>
internal static class InstantParsingCheck
{
    private static readonly OffsetDateTimePattern WithSeconds = OffsetDateTimePattern.ExtendedIso;
    private static readonly OffsetDateTimePattern WithoutSeconds = OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>");

    public static int Run(TextWriter output)
    {
        var rng = new Random(1);
        var texts = new List<string>
        {
            "2025-11-02T09:04:17Z", "2025-11-02T09:04:17.073Z", "2025-11-02T09:04:17.123456789Z", "2025-11-02T09:04:17.1234567890Z",
            "2025-11-02T09:04:17.Z", "2025-11-02T09:04:17,5Z", "2024-02-29T00:00:00Z", "2025-02-29T00:00:00Z", "2025-11-02T24:00:00Z",
            "2025-11-02T23:59:60Z", "2025-13-02T09:04:17Z", "2025-00-02T09:04:17Z", "0000-01-01T00:00:00Z", "2025-11-02T09:04Z",
            "2025-11-02T09:04:17+01:00", "2025-11-02t09:04:17z", "2025-11-02T09:04:17.0000000Z", "9999-12-31T23:59:59.999999999Z",
            "+2025-11-02T09:04:17Z", "2025-1-02T09:04:17Z", "2025-11-02T09:04:1xZ",
        };
        for (int i = 0; i < 200_000; i++)
        {
            var local = new LocalDateTime(rng.Next(1, 10000), rng.Next(1, 13), rng.Next(1, 29), rng.Next(24), rng.Next(60), rng.Next(60))
                .PlusNanoseconds(rng.Next(4) == 0 ? 0 : rng.NextInt64(1_000_000_000));
            string text = LocalDateTimePattern.ExtendedIso.Format(local) + "Z";
            texts.Add(text);
            int cut = rng.Next(text.Length);
            texts.Add(text.Remove(cut, 1).Insert(cut, ((char)rng.Next(32, 127)).ToString()));
        }

        foreach (string text in texts)
        {
            ParseResult<OffsetDateTime> r = WithSeconds.Parse(text);
            if (!r.Success)
            {
                r = WithoutSeconds.Parse(text);
            }

            Instant? expected = r.Success ? r.Value.ToInstant() : null;
            Instant? actual = JsonRecord.ParseInstant(text);
            if (expected != actual)
            {
                output.WriteLine($"disagree on '{text}': NodaTime {expected?.ToString() ?? "invalid"}, reader {actual?.ToString() ?? "invalid"}");
                return 1;
            }
        }

        output.WriteLine($"{texts.Count:N0} texts: the reader's instants equal NodaTime's");
        return 0;
    }
}
