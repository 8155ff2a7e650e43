using Spectre.Console;

namespace SellerPolicy.Cli;

/// <summary>Where a command writes: standard output, standard error, and whether output goes to a terminal.</summary>
/// <param name="Out">Standard output (data: tables, JSON, CSV).</param>
/// <param name="Error">Standard error (problems, progress).</param>
/// <param name="IsTerminal">Whether standard output is a terminal (tables by default) or redirected (JSON by default).</param>
/// <param name="Width">The table width to lay out for.</param>
/// <param name="OpenRawOutput">Opens standard output as a byte stream for large outputs; null writes through <see cref="Out"/>.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error, bool IsTerminal, int Width = 120, Func<Stream>? OpenRawOutput = null)
{
    public static CliConsole FromProcess()
        => new(Console.Out, Console.Error, !Console.IsOutputRedirected, Console.IsOutputRedirected ? 160 : Math.Max(80, SafeWidth()), Console.OpenStandardOutput);

    /// <summary>Writes bytes to standard output: straight to the process's stream, or through <see cref="Out"/> in tests.</summary>
    public void WriteRaw(Action<Stream> write)
    {
        if (OpenRawOutput is not null)
        {
            Out.Flush();
            using Stream stream = OpenRawOutput();
            write(stream);
            stream.Flush();
            return;
        }

        using var buffer = new MemoryStream();
        write(buffer);
        Out.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>A Spectre console writing to <see cref="Out"/>, with colour only on a terminal.</summary>
    public IAnsiConsole Ansi() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Out),
        Ansi = IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
    }).Also(c => c.Profile.Width = Width);

    /// <summary>A Spectre console writing to <see cref="Error"/> (progress bars, problem lists).</summary>
    public IAnsiConsole AnsiError() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Error),
        Ansi = IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
    }).Also(c => c.Profile.Width = Width);

    private static int SafeWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return 120;
        }
    }
}

internal static class AlsoExtensions
{
    public static T Also<T>(this T value, Action<T> action)
    {
        action(value);
        return value;
    }
}
