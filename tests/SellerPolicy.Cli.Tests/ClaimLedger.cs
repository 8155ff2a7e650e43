namespace SellerPolicy.Cli.Tests;

/// <summary>A small ledger on which every A-to-z eligibility code is reachable, and a few open deadlines.</summary>
internal static class ClaimLedger
{
    private static string Order(string id, string channel = "MFN", string? latestDeliveryDate = "\"2026-01-12T07:59:59Z\"", string category = "Kitchen")
        => $$$"""{"kind":"order","orderId":"{{{id}}}","channel":"{{{channel}}}","purchasedAt":"2026-01-05T10:00:00Z","lines":[{"sku":"MUG-01","category":"{{{category}}}","quantity":1,"unitPrice":{"amount":9.99,"currency":"USD"}}],"shippedAt":"2026-01-06T15:00:00Z","trackingId":"1Z999","firstCarrierScanAt":"2026-01-06T20:00:00Z","latestDeliveryDate":{{{latestDeliveryDate ?? "null"}}},"deliveredAt":"2026-01-10T18:00:00Z"}""";

    private static string Contact(string id, string at = "2026-01-06T09:00:00Z")
        => $$"""{"kind":"contact","orderId":"{{id}}","buyerContactedAt":"{{at}}"}""";

    public static string Write() => Cli.TempFile(
        "claims.jsonl",
        Order("OK"), Contact("OK"),
        """{"kind":"return","returnId":"RMA-1","orderId":"OK","sku":"MUG-01","quantity":1,"requestedAt":"2026-01-16T09:00:00Z","reason":"DEFECTIVE","respondedAt":"2026-01-16T20:00:00Z","status":"Authorized","shippedAt":"2026-01-20T10:00:00Z","receivedAt":"2026-01-23T15:00:00Z"}""",
        Order("SILENT"),
        Order("FBA", channel: "AFN"), Contact("FBA"),
        Order("CB"), Contact("CB"),
        """{"kind":"chargeback","chargebackId":"CB-1","orderId":"CB","receivedAt":"2026-01-26T09:00:00Z","type":"Service"}""",
        Order("DIGITAL", category: "Digital"), Contact("DIGITAL"),
        Order("NOETA", latestDeliveryDate: null), Contact("NOETA"),
        Order("NORETURN"), Contact("NORETURN"),
        Contact("SILENT", "2026-01-26T08:00:00Z"));
}
