namespace SellerPolicy.Cli.Tests;

/// <summary>Runs <c>sellerpolicy</c> in-process with captured output.</summary>
public static class Cli
{
    public static CliResult Run(params string[] args) => RunAt(200, args);

    /// <summary>Runs <c>sellerpolicy</c> with tables laid out for a terminal <paramref name="width"/> columns wide.</summary>
    public static CliResult RunAt(int width, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exitCode = SellerPolicyApp.Run(args, new CliConsole(output, error, IsTerminal: false, Width: width));
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Writes <paramref name="lines"/> to a temporary file and returns its path.</summary>
    public static string TempFile(string name, params string[] lines)
    {
        string directory = Path.Combine(Path.GetTempPath(), "sellerpolicy-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        return path;
    }
}

public sealed record CliResult(int ExitCode, string Out, string Error);
