using System.Diagnostics;
using SellerPolicy.Ingestion.LedgerFile;
using SellerPolicy.Ledger;
using SellerPolicy.Ledger.HighPerformance;

namespace SellerPolicy.Benchmarks;

/// <summary>
/// Splits ledger loading into its phases (cutting into blocks, parsing, building) for diagnosis: <c>profile-load N</c>. The
/// parse is timed twice: keeping the records (as a load does) and alone (records dropped, so without the collector's work).
/// </summary>
internal static class LoadProfile
{
    public static void Run(int orders, TextWriter output)
    {
        string path = LedgerCache.PathOf(orders);
        double bestParse = double.MaxValue;
        double bestAlone = double.MaxValue;
        long totalRecords = 0;
        const int Rounds = 3;
        for (int round = 0; round < Rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            var chunks = new List<LineChunk>();
            using (FileStream s = File.OpenRead(path))
            {
                chunks.AddRange(LineChunks.Read(s));
            }

            double split = watch.Elapsed.TotalSeconds;
            watch.Restart();
            var parser = new FastRecordParser();
            var records = new List<ParsedLine>();
            var table = new OrderBatch();
            int declined = 0;
            foreach (LineChunk chunk in chunks)
            {
                ReadOnlySpan<byte> block = chunk.Buffer.AsSpan(0, chunk.Length);
                int number = chunk.FirstLine;
                foreach (Range range in block.Split((byte)'\n'))
                {
                    ReadOnlySpan<byte> line = block[range];
                    if (!line.IsEmpty)
                    {
                        var at = new SourceLocation(null, number);
                        if (parser.TryParse(line, table, at, out object? record))
                        {
                            if (record is not null)
                            {
                                records.Add(new ParsedLine(record, at));
                            }
                        }
                        else
                        {
                            declined++;
                        }
                    }

                    number++;
                }

                chunk.Return();
            }

            double parse = watch.Elapsed.TotalSeconds;

            // The parser alone: the same lines again with a fresh parser, each record dropped at once, so that the time is
            // not the collector's work on a growing heap of kept records.
            watch.Restart();
            var alone = new FastRecordParser();
            using (FileStream s = File.OpenRead(path))
            {
                foreach (LineChunk chunk in LineChunks.Read(s))
                {
                    ReadOnlySpan<byte> block = chunk.Buffer.AsSpan(0, chunk.Length);
                    var dropped = new OrderBatch(chunk.Length / 512);
                    foreach (Range range in block.Split((byte)'\n'))
                    {
                        if (!block[range].IsEmpty)
                        {
                            _ = alone.TryParse(block[range], dropped, default, out _);
                        }
                    }

                    chunk.Return();
                }
            }

            double parseAlone = watch.Elapsed.TotalSeconds;
            bestParse = Math.Min(bestParse, parse);
            bestAlone = Math.Min(bestAlone, parseAlone);
            watch.Restart();
            SellerLedger.Builder builder = SellerLedger.CreateBuilder();
            builder.Add(table);
            foreach (ParsedLine record in records)
            {
                record.AddTo(builder);
            }

            LedgerBuildResult built = builder.Build();
            double build = watch.Elapsed.TotalSeconds;
            records.Clear();
            totalRecords = built.RecordsRead;

            watch.Restart();
            using (FileStream s = File.OpenRead(path))
            {
                _ = LedgerReader.Read(s, null, LedgerBuildMode.Strict, LineChunks.DefaultChunkSize, workers: 1).GetLedgerOrThrow();
            }

            double oneThread = watch.Elapsed.TotalSeconds;
            watch.Restart();
            _ = LedgerReader.ReadFile(path).GetLedgerOrThrow();
            double allThreads = watch.Elapsed.TotalSeconds;
            output.WriteLine(
                $"round {round}: {built.RecordsRead:N0} records; cut {split:N2} s, fast parse {parse:N2} s ({built.RecordsRead / parse / 1e6:N2} M/s, {declined} declined), "
                + $"parser alone {parseAlone:N2} s ({built.RecordsRead / parseAlone / 1e6:N2} M/s), "
                + $"build {build:N2} s; whole read on 1 thread {oneThread:N2} s ({built.RecordsRead / oneThread / 1e6:N2} M/s), "
                + $"on {Environment.ProcessorCount} {allThreads:N2} s ({built.RecordsRead / allThreads / 1e6:N2} M/s); ok={built.Ledger is not null}");
        }

        // Round 0 is the cold one (code compiled as it runs); the best round is the steady state.
        output.WriteLine(
            $"best of {Rounds}: fast parse {bestParse:N2} s ({totalRecords / bestParse / 1e6:N2} M/s), parser alone {bestAlone:N2} s ({totalRecords / bestAlone / 1e6:N2} M/s)");
    }
}
