using System.Text.RegularExpressions;
using SellerPolicy.Ledger;

namespace SellerPolicy.Cli;

/// <summary>
/// Runs a command body and turns failures into exit codes (<see cref="CliException"/>: 1 bad input, 2 bad usage) with
/// a message on standard error, in the seller's words: no .NET type names, no parameter names.
/// </summary>
internal static partial class CommandRunner
{
    /// <summary>Rewrites a message that names a .NET type ("as expected type 'System.Int32'") in words.</summary>
    public static string InWords(string message) => ExpectedType().Replace(message, m => $": expected {TypeInWords(m.Groups[1].Value)}");

    /// <summary>
    /// Returns the rule a library's <see cref="ArgumentException"/> states, without what .NET appends to it for a developer
    /// (the parameter's name; of an <see cref="ArgumentOutOfRangeException"/>, also the actual value): what it appends is
    /// taken from an exception of the same kind with the same parameter and value and no message of its own, so no text is
    /// parsed.
    /// </summary>
    public static string RuleOf(ArgumentException exception)
    {
        ArgumentException appendedOnly = exception is ArgumentOutOfRangeException outOfRange
            ? new ArgumentOutOfRangeException(outOfRange.ParamName, outOfRange.ActualValue, string.Empty)
            : new ArgumentException(string.Empty, exception.ParamName);
        string appended = appendedOnly.Message;
        string message = exception.Message;
        return appended.Length > 0 && message.Length > appended.Length && message.EndsWith(appended, StringComparison.Ordinal)
            ? message[..^appended.Length]
            : message;
    }

    private static string TypeInWords(string type) => type switch
    {
        "System.Int32" or "System.Int64" or "System.Int16" => "a whole number",
        "System.Decimal" or "System.Double" or "System.Single" => "a number such as 12.5",
        "System.Boolean" => "true or false",
        "System.IO.FileInfo" => "a file path",
        "System.IO.DirectoryInfo" => "a directory path",
        _ => "a value of another form",
    };

    [GeneratedRegex(@" as expected type '([A-Za-z0-9_.`\[\]]+)'")]
    private static partial Regex ExpectedType();

    public static int Run(CliConsole console, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (CliException ex)
        {
            console.Error.WriteLine($"sellerpolicy: {ex.Message}");
            return ex.ExitCode;
        }
        catch (LedgerValidationException ex)
        {
            console.Error.WriteLine($"sellerpolicy: {ex.Message}");
            return CliException.BadInput;
        }
        catch (IOException ex)
        {
            console.Error.WriteLine($"sellerpolicy: {ex.Message}");
            return CliException.BadInput;
        }
        catch (UnauthorizedAccessException ex)
        {
            console.Error.WriteLine($"sellerpolicy: {ex.Message}");
            return CliException.BadInput;
        }
        catch (InvalidDataException ex)
        {
            console.Error.WriteLine($"sellerpolicy: {ex.Message}");
            return CliException.BadInput;
        }
        catch (ArgumentException ex)
        {
            // A last resort (the readers and commands check values with FindViolation first): a library refusing a value read
            // from the user's files. The message names the rule; the parameter name is ours.
            console.Error.WriteLine($"sellerpolicy: {RuleOf(ex)}");
            return CliException.BadInput;
        }
    }
}
