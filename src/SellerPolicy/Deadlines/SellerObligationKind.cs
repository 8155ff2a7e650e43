namespace SellerPolicy.Deadlines;

/// <summary>What a seller has to do by a deadline.</summary>
public enum SellerObligationKind
{
    /// <summary>Answer a buyer's message (48 h by default).</summary>
    AnswerBuyer,

    /// <summary>Answer Amazon's request for information on an A-to-z claim (48 h by default, 72 h in newer texts).</summary>
    AnswerInformationRequest,

    /// <summary>Appeal a claim granted against the seller, if the seller disagrees (30 days after the decision).</summary>
    AppealClaim,

    /// <summary>Respond to a chargeback notification (7 days).</summary>
    RespondToChargeback,

    /// <summary>Refund a return that has been received (2 business days).</summary>
    RefundReturn,

    /// <summary>Answer (authorise or reject) a return request (48 h).</summary>
    RespondToReturnRequest,

    /// <summary>The buyer's return label expires (30 days after authorisation); a watch, not an action.</summary>
    ReturnLabelExpiry,

    /// <summary>Send a plan of action after a suspension (17 days).</summary>
    PlanOfAction,
}
