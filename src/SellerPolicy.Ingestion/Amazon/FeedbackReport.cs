using NodaTime;
using NodaTime.Text;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>
/// Reads Amazon's seller feedback flat file (GET_SELLER_FEEDBACK_DATA): Date, Rating, Comments, Your Response,
/// Order ID, Rater Email. The date's day/month order differs by marketplace, so the format is given, never guessed;
/// a date is the start of that day in <see cref="AmazonImportOptions.DateZone"/>.
/// </summary>
internal sealed class FeedbackReport(ImportContext context)
{
    internal const string DateColumn = "Date";
    internal const string RatingColumn = "Rating";
    internal const string OrderIdColumn = "Order ID";


    /// <summary>Gets the feedback read.</summary>
    public List<(Feedback Feedback, SourceLocation At, FileCounter File)> Items { get; } = [];

    /// <summary>Reads one feedback file with the date format <paramref name="format"/> (null: unknown, every row is left out).</summary>
    /// <param name="source">The file.</param>
    /// <param name="format">The NodaTime date pattern, or null when no format could be settled.</param>
    /// <param name="formatOrigin">Where the format came from, for messages (for example "marketplace Amazon.com").</param>
    public void Read(AmazonSourceFile source, string? format, string formatOrigin)
    {
        LocalDatePattern? pattern = null;
        if (format is not null)
        {
            try
            {
                pattern = LocalDatePattern.CreateWithInvariantCulture(format);
            }
            catch (InvalidPatternException ex)
            {
                context.Problems.Add(new LedgerProblem(LedgerProblemKind.InvalidValue,
                    $"column '{DateColumn}': the date format '{format}' ({formatOrigin}) is not a valid pattern: {ex.Message}", new SourceLocation(source.Name, 1), DateColumn));
            }
        }
        else
        {
            context.Problems.Add(new LedgerProblem(LedgerProblemKind.InvalidValue,
                $"column '{DateColumn}': the date format is unknown (month or day first?); give the marketplace or a feedback date format such as MM/dd/yy.",
                new SourceLocation(source.Name, 1), DateColumn));
        }

        context.ReadRows(source, AmazonFileKind.Feedback, ReportLayouts.Feedback, (row, file) => ReadRow(row, file, pattern, format, formatOrigin));
    }

    private void ReadRow(TabularRow row, FileCounter file, LocalDatePattern? pattern, string? format, string origin)
    {
        if (pattern is null)
        {
            file.RowsLeftOut++;
            return;
        }

        string? dateText = row.Required(DateColumn);
        Instant? received = null;
        if (dateText is not null)
        {
            ParseResult<LocalDate> date = pattern.Parse(dateText);
            if (date.Success)
            {
                received = AmazonDates.StartOf(date.Value, context.Options.DateZone);
            }
            else
            {
                row.Problem(LedgerProblemKind.InvalidValue, DateColumn, $"'{dateText}' is not a date in the format {format} ({origin}).");
            }
        }

        int? rating = row.Int(RatingColumn, 1);
        if (rating > 5)
        {
            row.Problem(LedgerProblemKind.InvalidValue, RatingColumn, $"must be 1-5, was {rating}.");
        }

        string? orderId = row.Required(OrderIdColumn);
        if (row.IsBad || received is null || rating is null || orderId is null)
        {
            file.RowsLeftOut++;
            return;
        }

        Items.Add((new Feedback(new OrderId(orderId), received.Value, rating.Value), row.At, file));
    }
}
