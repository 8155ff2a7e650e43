namespace SellerPolicy.Cli.Tests;

/// <summary>Failures reach the user in words, with one rule for exit codes.</summary>
public class CommandRunnerTests
{
    [Theory]
    [InlineData("Cannot parse argument 'abc' for option '--orders' as expected type 'System.Int32'.", "Cannot parse argument 'abc' for option '--orders': expected a whole number.")]
    [InlineData("Cannot parse argument 'x' for option '--rate' as expected type 'System.Decimal'.", "Cannot parse argument 'x' for option '--rate': expected a number such as 12.5.")]
    public void InWords_RewritesDotNetTypeNames(string message, string expected)
        => Assert.Equal(expected, CommandRunner.InWords(message));

    [Fact]
    public void RuleOf_ArgumentExceptionWithAParameter_IsItsMessageWithoutTheParameter()
        => Assert.Equal("quantity must be at least 1.", CommandRunner.RuleOf(new ArgumentException("quantity must be at least 1.", "quantity")));

    [Fact]
    public void RuleOf_ArgumentOutOfRange_IsItsMessageWithoutTheParameterOrTheActualValue()
        => Assert.Equal("rating must be 1-5, was 7.", CommandRunner.RuleOf(new ArgumentOutOfRangeException("rating", 7, "rating must be 1-5, was 7.")));

    [Fact]
    public void RuleOf_ArgumentNullException_IsItsMessageWithoutTheParameter()
        => Assert.Equal("a ledger is required.", CommandRunner.RuleOf(new ArgumentNullException("ledger", "a ledger is required.")));

    [Theory]
    [InlineData("a rule without a parameter.")]
    [InlineData("a rule that ends like the suffix (Parameter 'x')")]
    public void RuleOf_ArgumentExceptionWithoutAParameter_IsItsWholeMessage(string message)
        => Assert.Equal(message, CommandRunner.RuleOf(new ArgumentException(message)));

    [Fact]
    public void AnOptionOfTheWrongType_IsAUsageError_InWords()
    {
        CliResult result = Cli.Run("sample", "--orders", "abc");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("expected a whole number", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Error, StringComparison.Ordinal);
    }
}
