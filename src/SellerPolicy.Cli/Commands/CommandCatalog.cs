using System.CommandLine;

namespace SellerPolicy.Cli;

/// <summary>Every command of <c>sellerpolicy</c>, one line each; each command lives in its own file in Commands/.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliConsole console)
    {
        yield return HealthCommand.Create(console);
        yield return SeriesCommand.Create(console);
        yield return ForecastCommand.Create(console);
        yield return WhatIfCommand.Create(console);
        yield return ClaimCommand.Create(console);
        yield return DeadlinesCommand.Create(console);
        yield return ReturnsCommand.Create(console);
        yield return ReturnlessCommand.Create(console);
        yield return ValidateCommand.Create(console);
        yield return SampleCommand.Create(console);
        yield return ImportCommand.Create(console);
        yield return ConvertCommand.Create(console);
        yield return ReconcileCommand.Create(console);
        yield return PoliciesCommand.Create(console);
        yield return ReportCommand.Create(console);
        yield return ChartCommand.Create(console);
    }
}
