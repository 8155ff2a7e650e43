using SellerPolicy.Fuzz;
using SharpFuzz;

// `SellerPolicy.Fuzz HARNESS` runs one harness under afl-fuzz (eng/fuzz.sh starts it so);
// `SellerPolicy.Fuzz HARNESS --replay PATH...` runs the given inputs (files or folders of files) once each, in process,
// without afl-fuzz: how CI and a developer check a corpus or a crash file. Exit code 1 when any input fails.
if (args.Length == 0 || !Harnesses.TryFind(args[0], out Action<byte[]>? harness))
{
    Console.Error.WriteLine($"usage: SellerPolicy.Fuzz HARNESS [--replay PATH...]; harnesses: {string.Join(", ", Harnesses.Names)}");
    return 2;
}

if (args.Length > 1 && args[1] == "--replay")
{
    return Replay.Run(harness, args[2..]);
}

Fuzzer.OutOfProcess.Run(stream =>
{
    using var copy = new MemoryStream();
    stream.CopyTo(copy);
    harness(copy.ToArray());
});
return 0;
