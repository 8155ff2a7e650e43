namespace SellerPolicy.Cli;

/// <summary>Ends a command with an exit code and a message for standard error.</summary>
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
