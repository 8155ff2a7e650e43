namespace SellerPolicy.Returns;

/// <summary>
/// The guard against abuse: a buyer who already had <see cref="MaxReturnless"/> returnless refunds in the
/// <see cref="WithinDays"/> days (× 24 h, both ends included) before a request goes to manual review.
/// </summary>
/// <param name="MaxReturnless">How many returnless refunds a buyer may have had before; 0 sends every returnless candidate to review. Not negative.</param>
/// <param name="WithinDays">How far back to count, in days; positive.</param>
public sealed record BuyerGuard(int MaxReturnless, int WithinDays);
