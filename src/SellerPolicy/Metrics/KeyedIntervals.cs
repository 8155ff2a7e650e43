namespace SellerPolicy.Metrics;

/// <summary>
/// Turns day intervals tagged with a key (a buyer) into the merged runs of each key, so that a count of distinct keys
/// (eBay's "unique buyers with a defect") is a plain sum of intervals again: on day D the number of runs covering D is the
/// number of distinct keys with an interval covering D. Intervals are as-of days <c>[Start, End)</c>; empty ones are dropped.
/// </summary>
internal static class KeyedIntervals
{
    /// <summary>Returns the merged runs of every key, each with the owner of its first interval; sorts <paramref name="intervals"/> in place.</summary>
    /// <param name="intervals">The tagged intervals, in any order.</param>
    /// <returns>The runs: per key, disjoint and non-adjacent, in key then day order.</returns>
    public static List<(int Key, int Start, int End, int Owner)> Merge(List<(int Key, int Start, int End, int Owner)> intervals)
    {
        intervals.Sort(static (a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Owner.CompareTo(b.Owner));
        var runs = new List<(int Key, int Start, int End, int Owner)>();
        bool open = false;
        (int Key, int Start, int End, int Owner) run = default;
        foreach ((int key, int start, int end, int owner) in intervals)
        {
            if (start >= end)
            {
                continue;
            }

            if (open && key == run.Key && start <= run.End)
            {
                run.End = Math.Max(run.End, end);
                continue;
            }

            if (open)
            {
                runs.Add(run);
            }

            run = (key, start, end, owner);
            open = true;
        }

        if (open)
        {
            runs.Add(run);
        }

        return runs;
    }
}
