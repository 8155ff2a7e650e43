namespace SellerPolicy.Policies;

/// <summary>The condition a returned item comes back in, as far as the restocking fee is concerned.</summary>
public enum ReturnCondition
{
    /// <summary>Unopened, in original condition: no fee for an in-policy return; the late-return rate otherwise.</summary>
    Original,

    /// <summary>Opened media (books, music, video, software) whose seal was broken by the buyer.</summary>
    OpenedMedia,

    /// <summary>Damaged, used or missing parts, not through the seller's fault.</summary>
    DamagedOrIncomplete,
}
