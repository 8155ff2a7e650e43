using System.Diagnostics;
using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Ledger;

namespace SellerPolicy.Benchmarks;

/// <summary>Splits ledger loading into its phases (line splitting, parsing, building) for diagnosis: <c>profile-load N</c>.</summary>
internal static class LoadProfile
{
    public static void Run(int orders, TextWriter output)
    {
        string path = LedgerCache.PathOf(orders);
        for (int round = 0; round < 2; round++)
        {
            var watch = Stopwatch.StartNew();
            long lines = 0;
            using (FileStream s = File.OpenRead(path))
            {
                foreach (var _ in Utf8Lines.Read(s))
                {
                    lines++;
                }
            }

            double split = watch.Elapsed.TotalSeconds;
            watch.Restart();
            SellerLedger.Builder builder = SellerLedger.CreateBuilder();
            using (FileStream s = File.OpenRead(path))
            {
                foreach ((ReadOnlyMemory<byte> line, int number) in Utf8Lines.Read(s))
                {
                    LedgerRecordParser.Parse(line, new SourceLocation(null, number), builder);
                }
            }

            double parse = watch.Elapsed.TotalSeconds;
            watch.Restart();
            using (FileStream s = File.OpenRead(path))
            {
                foreach ((ReadOnlyMemory<byte> line, int _) in Utf8Lines.Read(s))
                {
                    using var doc = System.Text.Json.JsonDocument.Parse(line);
                }
            }

            double json = watch.Elapsed.TotalSeconds;
            watch.Restart();
            using (FileStream s = File.OpenRead(path))
            {
                SellerLedger.Builder scratch = SellerLedger.CreateBuilder();
                foreach ((ReadOnlyMemory<byte> line, int number) in Utf8Lines.Read(s))
                {
                    LedgerRecordParser.Parse(line, new SourceLocation(null, number), scratch);
                    if (number % 1000 == 0)
                    {
                        scratch = SellerLedger.CreateBuilder();
                    }
                }
            }

            double unretained = watch.Elapsed.TotalSeconds;
            watch.Restart();
            for (int i = 0; i < lines * 5; i++)
            {
                _ = JsonRecord.ParseInstant("2025-11-02T09:04:17.073Z");
            }

            double instants = watch.Elapsed.TotalSeconds;
            watch.Restart();
            LedgerBuildResult result = builder.Build();
            double build = watch.Elapsed.TotalSeconds;
            output.WriteLine($"round {round}: {lines:N0} lines; split {split:N2} s, parse {parse:N2} s (of which JsonDocument {json:N2} s, 5 instants per line {instants:N2} s; parsing without keeping the records {unretained:N2} s), build {build:N2} s, ok={result.Ledger is not null}");
        }
    }
}
