using NodaTime;
using SellerPolicy.Time;

namespace SellerPolicy.Policies;

/// <summary>
/// One year's holiday return rule: orders whose <see cref="Basis"/> date falls in <see cref="Period"/>
/// may be returned until the end of <see cref="ReturnBy"/> (for example items shipped 1 Nov - 31 Dec
/// returnable until 31 Jan).
/// </summary>
/// <param name="Basis">Which date of the order is compared with the period.</param>
/// <param name="Period">The days (inclusive) the basis date must fall in.</param>
/// <param name="ReturnBy">The last day a return may be requested (inclusive).</param>
public sealed record HolidayReturnExtension(HolidayBasis Basis, DayWindow Period, LocalDate ReturnBy);
