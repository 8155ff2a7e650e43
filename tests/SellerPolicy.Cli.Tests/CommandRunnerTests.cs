namespace SellerPolicy.Cli.Tests;

/// <summary>Failures reach the user in words, with one rule for exit codes.</summary>
public class CommandRunnerTests
{
    [Theory]
    [InlineData("Cannot parse argument 'abc' for option '--orders' as expected type 'System.Int32'.", "Cannot parse argument 'abc' for option '--orders': expected a whole number.")]
    [InlineData("Cannot parse argument 'x' for option '--rate' as expected type 'System.Decimal'.", "Cannot parse argument 'x' for option '--rate': expected a number such as 12.5.")]
    [InlineData("quantity must be at least 1. (Parameter 'quantity')", "quantity must be at least 1.")]
    public void InWords_RewritesDotNetTypeAndParameterNames(string message, string expected)
        => Assert.Equal(expected, CommandRunner.InWords(message));

    [Fact]
    public void AnOptionOfTheWrongType_IsAUsageError_InWords()
    {
        CliResult result = Cli.Run("sample", "--orders", "abc");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("expected a whole number", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Error, StringComparison.Ordinal);
    }
}
