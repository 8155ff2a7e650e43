namespace SellerPolicy.Ledger;

/// <summary>What a <see cref="LedgerNote"/> is about: an ordering of facts that is physically odd but happens in real data.</summary>
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
}
