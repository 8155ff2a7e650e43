using System.Globalization;
using NodaTime;
using SellerPolicy.Ledger;

namespace SellerPolicy.Sample;

/// <summary>
/// Generates realistic, deterministic seller ledgers: a year of orders of an MFN/AFN seller, with
/// everything that happens to them, for the CLI (<c>sellerpolicy sample</c>), the tests and the benchmarks.
/// </summary>
/// <remarks>
/// <para><b>Determinism.</b> The generator uses its own SplitMix64 pseudo-random generator seeded with
/// <see cref="SampleLedgerOptions.Seed"/>, so equal options give equal records on every machine and .NET
/// version; different seeds give different ledgers.</para>
/// <para><b>The export.</b> The ledger is what an export taken at the end of the last purchase day shows:
/// every fact (purchase, shipment, scan, delivery, cancellation, feedback and its removal, claim filing,
/// decision and reversal, chargeback, return event, buyer contact) is strictly earlier than
/// <see cref="ObservedUntil(SampleLedgerOptions)"/>. What would happen later is not known yet: recent orders
/// are unshipped or undelivered, recent claims are pending, recent feedback has not arrived. Promised dates
/// (latest ship and delivery dates) are promises, not facts, and may lie after that instant.</para>
/// <para><b>Volume.</b> Orders are spread over the days in proportion to a daily weight: weekdays 10, weekends
/// 9, and 20 from 15 November to 24 December (the holiday peak doubles the volume). Within a day purchases are
/// spread evenly with jitter. About 35 % are AFN (<see cref="SampleLedgerOptions.AfnShare"/>), 4 % ship abroad,
/// 80 % have one line (15 % two, 5 % three distinct SKUs) from a catalogue of 40 SKUs in ten categories priced
/// 3.49 to 119.99; buyers come from a pool of a third as many buyers as orders, so many buy again, and 0.6 % of
/// orders come from a few serial returners (one per 2000 orders, at least 3) who buy cheap items and return most
/// of them, usually refunded returnless (for the returnless-refund abuse guards).</para>
/// <para><b>Rates</b> (approximate, of MFN orders unless said): 2 % cancelled (55 % by the buyer, 30 % by the
/// seller, 15 % by the system; AFN 0.5 %, buyer only); 3 % shipped after the latest ship date; 1.2 % without
/// tracking id and 1.3 % without a carrier scan; 0.25 % lost; 5 % delivered after the latest delivery date;
/// about 0.9 % of orders get 1-2 star feedback (mostly after a late, lost or defective order; 45 % of it removed
/// by the buyer or Amazon or struck through later, 60 % for AFN); about 8 % leave 3-5 stars; about 0.3 %
/// A-to-z claims (lost parcels, late deliveries, defective returns, unrefunded returns), every
/// <see cref="ClaimOutcome"/> represented, some reversed on appeal, most preceded by a buyer contact;
/// 0.06 % service and 0.04 % fraud chargebacks, decided either way or pending; about 6 % of delivered orders
/// have return requests with Amazon reason codes (DEFECTIVE, DAMAGED_BY_CARRIER, NOT_AS_DESCRIBED, WRONG_ITEM,
/// MISSING_PARTS, QUALITY_UNACCEPTABLE, MISSED_ESTIMATED_DELIVERY, NO_LONGER_NEEDED, ORDERED_WRONG_ITEM,
/// FOUND_BETTER_PRICE, UNWANTED_GIFT, APPAREL_*), of which items under 12 are often refunded returnless (some
/// without RMA), 4 % are outside the policy, 4 % are answered after more than 48 h, some are rejected
/// (some incorrectly), 2 % get negative return feedback, and a few are never refunded.</para>
/// <para><b>The bad stretch</b> (<see cref="SampleLedgerOptions.BadStretch"/>): the MFN orders purchased from
/// 34 to 25 days before the last day see a warehouse crisis: every tenth of them gets a counting defect (in
/// turn a 1-star feedback, a pending claim, a seller-funded claim, a 2-star feedback with a pending claim; all
/// filed within days of delivery and never removed), the others see 12 % late shipments, 12 % late deliveries
/// and more negative feedback. These orders lie inside the ODR window as of the last day
/// (<c>[D-73, D-14]</c> with the default 60-day window and 14-day lag), so the MFN ODR as of the last day is
/// about 2-3 % (BAD), while on most other days it stays under 1 %.</para>
/// </remarks>
public static class SampleLedgerGenerator
{
    /// <summary>The shortest span (in days) that gets a bad stretch: the ODR window as of the last day must hold it.</summary>
    public const int MinimumDaysForBadStretch = 90;

    private const long WeekdayWeight = 10;
    private const long WeekendWeight = 9;
    private const long PeakWeight = 20;
    private const long MillisecondsPerDay = 86_400_000;

    /// <summary>
    /// Returns the instant the simulated export was taken: the end of <see cref="SampleLedgerOptions.LastDay"/> in
    /// UTC (the start of the next day). Every fact in a generated ledger is strictly earlier.
    /// </summary>
    /// <param name="options">The options.</param>
    /// <returns>The exclusive end of what the ledger knows.</returns>
    /// <exception cref="ArgumentException">An option is invalid; the parameter name is the option.</exception>
    public static Instant ObservedUntil(SampleLedgerOptions options)
    {
        Validate(options);
        return options.LastDay.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
    }

    /// <summary>
    /// Streams the orders in purchase order, each with its feedback, claims, chargebacks, returns and contacts.
    /// Lazy and in constant memory: it can produce ten million orders without holding them.
    /// </summary>
    /// <param name="options">The options; validated before the first order is produced.</param>
    /// <returns>The order histories.</returns>
    /// <exception cref="ArgumentException">An option is invalid; the parameter name is the option.</exception>
    public static IEnumerable<OrderHistory> Stream(SampleLedgerOptions options)
    {
        Instant until = ObservedUntil(options);
        return StreamValidated(options, until);
    }

    /// <summary>Generates the whole ledger (strictly validated: a generated ledger never has problems).</summary>
    /// <param name="options">The options.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentException">An option is invalid; the parameter name is the option.</exception>
    public static SellerLedger Generate(SampleLedgerOptions options)
    {
        SellerLedger.Builder builder = SellerLedger.CreateBuilder();
        foreach (OrderHistory history in Stream(options))
        {
            builder.Add(history);
        }

        return builder.ToImmutable();
    }

    /// <summary>Returns the purchase-volume weight of a day (weekday 10, weekend 9, holiday peak 20).</summary>
    internal static long DayWeight(LocalDate day)
    {
        bool peak = (day.Month == 11 && day.Day >= 15) || (day.Month == 12 && day.Day <= 24);
        return peak ? PeakWeight : day.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday ? WeekendWeight : WeekdayWeight;
    }

    private static IEnumerable<OrderHistory> StreamValidated(SampleLedgerOptions options, Instant until)
    {
        long totalWeight = 0;
        for (int d = 0; d < options.Days; d++)
        {
            totalWeight += DayWeight(options.FirstDay.PlusDays(d));
        }

        var simulator = new SampleOrderSimulator(options, until);
        var jitter = new SampleRandom(unchecked(options.Seed * 31 + 17));
        long cumulativeWeight = 0;
        long produced = 0;
        for (int d = 0; d < options.Days; d++)
        {
            LocalDate day = options.FirstDay.PlusDays(d);
            cumulativeWeight += DayWeight(day);
            long dueByEndOfDay = (long)((Int128)options.Orders * cumulativeWeight / totalWeight);
            long count = dueByEndOfDay - produced;
            Instant start = day.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
            for (long i = 0; i < count; i++)
            {
                long offset = (long)((i + jitter.NextDouble()) * MillisecondsPerDay / count);
                yield return simulator.Next(produced + i, day, start + Duration.FromMilliseconds(offset));
            }

            produced = dueByEndOfDay;
        }
    }

    private static void Validate(SampleLedgerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Orders <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options.Orders), $"Orders must be positive, was {options.Orders}.");
        }

        if (options.Days <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options.Days), $"Days must be positive, was {options.Days}.");
        }

        if (options.AfnShare is not (>= 0 and <= 1) || double.IsNaN(options.AfnShare))
        {
            throw new ArgumentOutOfRangeException(nameof(options.AfnShare),
                string.Create(CultureInfo.InvariantCulture, $"AfnShare must be a fraction between 0 and 1, was {options.AfnShare}."));
        }

        if (options.Currency is null || options.Currency.Length != 3 || !options.Currency.All(c => c is >= 'A' and <= 'Z'))
        {
            throw new ArgumentException($"Currency must be an ISO 4217 code of three upper-case letters, was '{options.Currency}'.", nameof(options.Currency));
        }

        if (string.IsNullOrWhiteSpace(options.MarketplaceId))
        {
            throw new ArgumentException("MarketplaceId must not be empty or white space.", nameof(options.MarketplaceId));
        }

        if (string.IsNullOrWhiteSpace(options.HomeCountry))
        {
            throw new ArgumentException("HomeCountry must not be empty or white space.", nameof(options.HomeCountry));
        }
    }
}
