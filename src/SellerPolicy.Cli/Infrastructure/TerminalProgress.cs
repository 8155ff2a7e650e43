using Spectre.Console;

namespace SellerPolicy.Cli;

/// <summary>
/// A progress display for long work (loading a large ledger, building a long series, drawing charts): a spinner with the
/// current step on standard error, only when both standard output and standard error are a terminal. Redirected output
/// gets nothing, so files and pipes hold data only.
/// </summary>
internal static class TerminalProgress
{
    /// <summary>Runs <paramref name="work"/>, telling it a callback that names each step as it starts.</summary>
    /// <param name="console">The console (progress only when it is a terminal).</param>
    /// <param name="first">The first step's name.</param>
    /// <param name="work">The work; calls its argument with each step's name.</param>
    public static T Run<T>(CliConsole console, string first, Func<Action<string>, T> work)
    {
        if (!console.IsTerminal || Console.IsErrorRedirected || ReferenceEquals(console.Error, TextWriter.Null))
        {
            return work(_ => { });
        }

        IAnsiConsole error = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(console.Error),
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Yes,
        });
        return error.Status().Spinner(Spinner.Known.Line).Start(first, ctx => work(step => ctx.Status(Markup.Escape(step) + "…")));
    }
}
