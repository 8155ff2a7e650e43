using System.CommandLine;

namespace SellerPolicy.Cli;

/// <summary>Every command of <c>sellerpolicy</c>, one line each; each command lives in its own file in Commands/.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliConsole console)
    {
        yield return ValidateCommand.Create(console);
        yield return HealthCommand.Create(console);
        yield return SeriesCommand.Create(console);
        yield return SampleCommand.Create(console);
        yield return ImportCommand.Create(console);
        yield return ReconcileCommand.Create(console);
    }
}
