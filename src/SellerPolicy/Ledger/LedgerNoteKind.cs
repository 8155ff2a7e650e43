namespace SellerPolicy.Ledger;

/// <summary>
/// What a <see cref="LedgerNote"/> is about: an ordering of facts that is physically odd but happens in real data, or a
/// value the import had to assume.
/// </summary>
public enum LedgerNoteKind
{
    /// <summary>
    /// The parcel was delivered before the seller confirmed its shipment (the seller confirmed late). The order is kept and
    /// counts as shipped late when the confirmation came after its latest ship date.
    /// </summary>
    DeliveredBeforeShipConfirmation,

    /// <summary>
    /// The carrier scanned the parcel before the seller confirmed its shipment (the seller confirmed late). The order is kept
    /// and counts as shipped late when the confirmation came after its latest ship date.
    /// </summary>
    CarrierScanBeforeShipConfirmation,

    /// <summary>
    /// Who cancelled the order is an assumption of the import (<see cref="Order.CancelledByAssumed"/>): the source said it
    /// was cancelled, not by whom. Figures counting the cancellation (a seller's cancellation rate) rest on it.
    /// </summary>
    CancelledByAssumed,
}
