using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using SellerPolicy.Ledger;

namespace SellerPolicy.Cli;

/// <summary>
/// Prints problems so that one cause repeated on thousands of rows does not flood the screen: problems of the same
/// kind, file and column whose messages differ only in the values they quote are one group; the first few of a group
/// are printed with their lines, then one line says how many more there are, where.
/// </summary>
internal static partial class ProblemList
{
    /// <summary>How many problems of a group are printed in full.</summary>
    public const int FirstOfEachGroup = 5;

    /// <summary>Returns the lines to print, each indented by two spaces.</summary>
    public static IEnumerable<string> Lines(IReadOnlyList<LedgerProblem> problems, int firstOfEachGroup = FirstOfEachGroup)
    {
        var groups = new List<List<LedgerProblem>>();
        var byKey = new Dictionary<(LedgerProblemKind, string?, string?, string), List<LedgerProblem>>();
        foreach (LedgerProblem problem in problems)
        {
            var key = (problem.Kind, problem.Location?.File, problem.Field, Shape(problem.Message));
            if (!byKey.TryGetValue(key, out List<LedgerProblem>? group))
            {
                group = [];
                byKey[key] = group;
                groups.Add(group);
            }

            group.Add(problem);
        }

        foreach (List<LedgerProblem> group in groups)
        {
            // A group of one more than the limit prints whole: "and 1 more" would save nothing.
            int shown = group.Count <= firstOfEachGroup + 1 ? group.Count : firstOfEachGroup;
            for (int i = 0; i < shown; i++)
            {
                yield return "  " + group[i];
            }

            if (shown < group.Count)
            {
                LedgerProblem first = group[0];
                var more = new StringBuilder($"  ... and {Count(group.Count - shown, "more problem", "more problems")} like this");
                if (first.Field is { } field)
                {
                    more.Append(CultureInfo.InvariantCulture, $" in column {field}");
                }

                if (first.Location?.File is { } file)
                {
                    int from = group[shown].Location?.Line ?? 0;
                    int to = group[^1].Location?.Line ?? 0;
                    more.Append(from > 0 && to > 0
                        ? string.Create(CultureInfo.InvariantCulture, $" of {file} (lines {from:N0} to {to:N0})")
                        : $" of {file}");
                }

                yield return more.Append('.').ToString();
            }
        }
    }

    /// <summary>Writes <see cref="Lines"/> to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<LedgerProblem> problems)
    {
        foreach (string line in Lines(problems))
        {
            writer.WriteLine(line);
        }
    }

    /// <summary>Returns "1 problem", "2 problems": a count with its noun in the right number.</summary>
    public static string Count(int count, string one, string many)
        => string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? one : many)}");

    /// <summary>The message with its quoted values and numbers blanked out: what problems of one cause share.</summary>
    private static string Shape(string message) => Numbers().Replace(Quoted().Replace(message, "'…'"), "#");

    [GeneratedRegex("'[^']*'")]
    private static partial Regex Quoted();

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Numbers();
}
