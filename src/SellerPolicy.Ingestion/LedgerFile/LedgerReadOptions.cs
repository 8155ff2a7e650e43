using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.LedgerFile;

/// <summary>How a ledger file is read (<see cref="LedgerReader"/>, <see cref="LedgerParquet"/>): strictness, the name in problem locations, and how many cores it may take.</summary>
public sealed record LedgerReadOptions
{
    private readonly int _maxDegreeOfParallelism = -1;

    /// <summary>Gets the default options: strict, no file name, every core.</summary>
    public static LedgerReadOptions Default { get; } = new();

    /// <summary>Gets whether any problem means no ledger (strict, default) or bad records are left out and counted (lenient).</summary>
    public LedgerBuildMode Mode { get; init; } = LedgerBuildMode.Strict;

    /// <summary>
    /// Gets the name used in problem locations (<c>{name}:{line}</c>), or null for <c>line N</c>. A file read by path is
    /// named by its file name when this is null.
    /// </summary>
    public string? FileName { get; init; }

    /// <summary>
    /// Gets the most cores the read and the build of the ledger take at once: -1 (default) for every core of the machine,
    /// 1 to read and build on the calling thread only (a web server that serves other requests meanwhile may want 1 or 2).
    /// The ledger and its problems are the same whatever the setting.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to 0 or to less than -1.</exception>
    public int MaxDegreeOfParallelism
    {
        get => _maxDegreeOfParallelism;
        init => _maxDegreeOfParallelism = value is -1 or >= 1 ? value
            : throw new ArgumentOutOfRangeException(
                nameof(MaxDegreeOfParallelism), $"MaxDegreeOfParallelism must be -1 (every core) or at least 1, was {value}.");
    }

    /// <summary>Gets the number of threads the reader parses on: <see cref="MaxDegreeOfParallelism"/>, or the machine's cores for -1.</summary>
    internal int Workers => _maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : _maxDegreeOfParallelism;
}
