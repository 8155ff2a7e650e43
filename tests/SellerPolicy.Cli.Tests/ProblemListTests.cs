using SellerPolicy.Ledger;

namespace SellerPolicy.Cli.Tests;

/// <summary>Problems of one cause are grouped: the first few with their lines, then how many more and where.</summary>
public class ProblemListTests
{
    private static LedgerProblem Bad(int line, string value, string column = "purchase-date")
        => new(LedgerProblemKind.InvalidValue, $"column '{column}': '{value}' is not a date.", new SourceLocation("orders.txt", line), column);

    [Fact]
    public void RepeatedProblems_ShowTheFirstFew_ThenOneLineForTheRest()
    {
        LedgerProblem[] problems = [.. Enumerable.Range(2, 20).Select(i => Bad(i, $"{i}/06/2026"))];

        string[] lines = [.. ProblemList.Lines(problems, firstOfEachGroup: 3)];

        Assert.Equal(4, lines.Length);
        Assert.Equal("  " + problems[0], lines[0]);
        Assert.Equal("  ... and 17 more problems like this in column purchase-date of orders.txt (lines 5 to 21).", lines[3]);
    }

    [Fact]
    public void DifferentColumnsOrCauses_AreSeparateGroups_InTheOrderFirstSeen()
    {
        LedgerProblem other = new(LedgerProblemKind.InvalidValue, "column 'quantity': must be a whole number, was 'x'.", new SourceLocation("orders.txt", 3), "quantity");
        LedgerProblem[] problems = [Bad(2, "a"), other, Bad(4, "b", "last-updated-date")];

        Assert.Equal(problems.Select(p => "  " + p), ProblemList.Lines(problems, firstOfEachGroup: 1));
    }

    [Fact]
    public void AGroupOfOneMoreThanTheLimit_PrintsWhole()
    {
        LedgerProblem[] problems = [Bad(2, "a"), Bad(3, "b")];

        Assert.Equal(2, ProblemList.Lines(problems, firstOfEachGroup: 1).Count());
    }

    [Theory]
    [InlineData(1, "1 problem")]
    [InlineData(2, "2 problems")]
    [InlineData(0, "0 problems")]
    [InlineData(1234, "1,234 problems")]
    public void Count_PutsTheNounInTheRightNumber(int count, string expected)
        => Assert.Equal(expected, ProblemList.Count(count, "problem", "problems"));
}
