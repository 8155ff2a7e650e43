namespace SellerPolicy.Ingestion.Amazon;

/// <summary>The kinds of file an Amazon import reads.</summary>
public enum AmazonFileKind
{
    /// <summary>The All Orders report (GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL or _BY_LAST_UPDATE_), tab-separated.</summary>
    AllOrders,

    /// <summary>The returns report (GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE), tab-separated.</summary>
    Returns,

    /// <summary>The seller feedback report (GET_SELLER_FEEDBACK_DATA), tab-separated.</summary>
    Feedback,

    /// <summary>Our comma-separated file of A-to-z claims and chargebacks (docs/importing.md).</summary>
    ClaimsAndChargebacks,

    /// <summary>Our comma-separated file of shipping, tracking, delivery and cancellation facts (docs/importing.md).</summary>
    Shipments,

    /// <summary>The FBA shipments report (GET_AMAZON_FULFILLED_SHIPMENTS_DATA_GENERAL), tab-separated: ship times and tracking of Amazon-fulfilled orders.</summary>
    FbaShipments,

    /// <summary>The FBA customer returns report (GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA), tab-separated: returns of Amazon-fulfilled orders.</summary>
    FbaCustomerReturns,
}
