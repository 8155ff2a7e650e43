using SellerPolicy.Cli;

namespace SellerPolicy.Reports.Tests;

/// <summary>Runs <c>sellerpolicy</c> in-process with captured output (not a terminal: no progress display).</summary>
public static class Cli
{
    public static (int ExitCode, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exitCode = SellerPolicyApp.Run(args, new CliConsole(output, error, IsTerminal: false, Width: 200));
        return (exitCode, output.ToString(), error.ToString());
    }

    public static string TempDirectory()
    {
        string directory = Path.Combine(Path.GetTempPath(), "sellerpolicy-reports-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        return directory;
    }
}
