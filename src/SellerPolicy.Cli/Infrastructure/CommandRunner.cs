using SellerPolicy.Ledger;

namespace SellerPolicy.Cli;

/// <summary>Runs a command body and turns failures into exit codes with a message on standard error.</summary>
internal static class CommandRunner
{
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
    }
}
