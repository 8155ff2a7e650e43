using System.CommandLine;

namespace SellerPolicy.Cli;

/// <summary>
/// The <c>sellerpolicy</c> command: builds the command tree and runs one invocation.
/// Exit codes: 0 success, 1 bad input (message on stderr), 2 bad usage.
/// </summary>
internal static class SellerPolicyApp
{
    public static int Run(string[] args, CliConsole console)
    {
        RootCommand root = CreateRoot(console);
        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine($"sellerpolicy: {CommandRunner.InWords(error.Message)}");
            }

            console.Error.WriteLine("Run 'sellerpolicy --help' (or 'sellerpolicy COMMAND --help') for usage.");
            return CliException.BadUsage;
        }

        return parse.Invoke(new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
        });
    }

    public static RootCommand CreateRoot(CliConsole console)
    {
        var root = new RootCommand(
            "sellerpolicy: what a marketplace seller is judged on, as of any day. Account health, daily series, "
            + "forecasts, A-to-z claim eligibility, deadlines and returnless-refund rules, computed from your own data.");
        foreach (Command command in CommandCatalog.Create(console))
        {
            root.Add(command);
        }

        return root;
    }
}
