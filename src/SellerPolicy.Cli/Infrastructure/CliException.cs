namespace SellerPolicy.Cli;

/// <summary>Ends a command with an exit code and a message for standard error.</summary>
/// <remarks>
/// One rule for every command. Exit 1, bad input: something about the data (a file missing, a directory, unreadable,
/// with problems or empty; an option value the data cannot answer, such as an order the ledger does not have, an
/// <c>--at</c> before the order was placed, an <c>--as-of</c> past every event, a marketplace the report does not
/// state). Exit 2, bad usage: the command line itself, whatever the data (an option missing, malformed, unknown, or
/// contradicting another).
/// </remarks>
/// <param name="exitCode">1 for bad input, 2 for bad usage.</param>
/// <param name="message">What went wrong, naming the file, line, field or option.</param>
internal sealed class CliException(int exitCode, string message) : Exception(message)
{
    /// <summary>Bad input: a file that cannot be read or has problems.</summary>
    public const int BadInput = 1;

    /// <summary>Bad usage: a missing or malformed option.</summary>
    public const int BadUsage = 2;

    public int ExitCode { get; } = exitCode;

    public static CliException Input(string message) => new(BadInput, message);

    public static CliException Usage(string message) => new(BadUsage, message);
}
