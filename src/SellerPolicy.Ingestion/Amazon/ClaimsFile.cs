using NodaTime;
using SellerPolicy.Ledger;

namespace SellerPolicy.Ingestion.Amazon;

/// <summary>
/// Reads our claims CSV: A-to-z claims and chargebacks copied from Seller Central, one per row
/// (docs/importing.md). Columns: <c>kind</c> (claim or chargeback), <c>id</c>, <c>orderId</c>, <c>filedAt</c>
/// (when the claim was filed or the chargeback received), <c>reason</c> (a claim reason, or for a chargeback its
/// type Service or Fraud), <c>outcome</c>, <c>decidedAt</c>, <c>reversedAt</c> (claims only).
/// </summary>
internal sealed class ClaimsFile(ImportContext context)
{
    internal const string KindColumn = "kind";
    internal const string IdColumn = "id";
    internal const string OrderIdColumn = "orderId";
    internal const string FiledAt = "filedAt";
    internal const string ReasonColumn = "reason";
    internal const string OutcomeColumn = "outcome";
    internal const string DecidedAt = "decidedAt";
    internal const string ReversedAt = "reversedAt";


    /// <summary>Gets the claims read.</summary>
    public List<(AtoZClaim Claim, SourceLocation At, FileCounter File)> Claims { get; } = [];

    /// <summary>Gets the chargebacks read.</summary>
    public List<(Chargeback Chargeback, SourceLocation At, FileCounter File)> Chargebacks { get; } = [];

    /// <summary>Reads one claims file.</summary>
    public void Read(AmazonSourceFile source)
        => context.ReadRows(source, AmazonFileKind.ClaimsAndChargebacks, ReportLayouts.Claims, ReadRow);

    private void ReadRow(TabularRow row, FileCounter file)
    {
        DateTimeZone zone = context.Options.DateZone;
        string? kind = row.Required(KindColumn)?.ToUpperInvariant();
        string? id = row.Required(IdColumn);
        string? orderId = row.Required(OrderIdColumn);
        Instant? filed = row.Instant(FiledAt, zone, true);
        Instant? decided = row.Instant(DecidedAt, zone, false);
        Instant? reversed = row.Instant(ReversedAt, zone, false);
        switch (kind)
        {
            case "CLAIM":
                ClaimReason? reason = row.Enum<ClaimReason>(ReasonColumn, true);
                ClaimOutcome? outcome = row.Enum<ClaimOutcome>(OutcomeColumn, false);
                if (!row.IsBad && id is not null && orderId is not null && filed is not null && reason is not null)
                {
                    RuleViolation? violation = ClaimId.FindViolation(id) ?? OrderId.FindViolation(orderId)
                        ?? AtoZClaim.FindViolation(new ClaimId(id), new OrderId(orderId), filed.Value, reason.Value, outcome, decided, reversed);
                    if (violation is null)
                    {
                        Claims.Add((new AtoZClaim(new ClaimId(id), new OrderId(orderId), filed.Value, reason.Value, outcome, decided, reversed), row.At, file));
                        return;
                    }

                    Refuse(row, violation);
                }

                break;
            case "CHARGEBACK":
                ChargebackType? type = row.Enum<ChargebackType>(ReasonColumn, true);
                ChargebackOutcome? result = row.Enum<ChargebackOutcome>(OutcomeColumn, false);
                if (reversed is not null)
                {
                    row.Problem(LedgerProblemKind.InvalidValue, ReversedAt, "applies to claims only; a chargeback has no reversal.");
                }

                if (!row.IsBad && id is not null && orderId is not null && filed is not null && type is not null)
                {
                    RuleViolation? violation = ChargebackId.FindViolation(id) ?? OrderId.FindViolation(orderId)
                        ?? Chargeback.FindViolation(new ChargebackId(id), new OrderId(orderId), filed.Value, type.Value, result, decided);
                    if (violation is null)
                    {
                        Chargebacks.Add((new Chargeback(new ChargebackId(id), new OrderId(orderId), filed.Value, type.Value, result, decided), row.At, file));
                        return;
                    }

                    Refuse(row, violation);
                }

                break;
            case null:
                break;
            default:
                row.Problem(LedgerProblemKind.InvalidValue, KindColumn, $"'{row.Text(KindColumn)}' is not a kind; expected claim or chargeback.");
                break;
        }

        file.RowsLeftOut++;
    }

    /// <summary>Reports the rule a claim's or chargeback's own check found broken, in the column it is about.</summary>
    private static void Refuse(TabularRow row, RuleViolation violation)
    {
        string? column = violation.Field switch
        {
            "filedAt" or "receivedAt" => FiledAt,
            "decidedAt" => DecidedAt,
            "outcome" => OutcomeColumn,
            "reversedAt" => ReversedAt,
            "reason" or "type" => ReasonColumn,
            _ => null,
        };
        row.Problem(LedgerProblemKind.InvalidValue, column, violation.Rule);
    }
}
