namespace SellerPolicy.Metrics.Tracking;

/// <summary>
/// Per-column counts by as-of day, updated one day interval at a time: a Fenwick tree per column over a range of day
/// numbers that grows on demand. Adding <c>[start, end)</c> is +1 at start and -1 at end; the count as of a day is the
/// prefix sum up to it, O(log days).
/// </summary>
/// <remarks>
/// The dense range spans at most <see cref="MaxDenseDays"/> days (about 180 years), grown from the first day seen. A day
/// outside it (a stray year-0001 or year-9999 instant) is kept in a sorted side table and added to every count as of a
/// later day, so one odd record costs a few bytes instead of tables covering thousands of years.
/// </remarks>
internal sealed class DayCounts
{
    /// <summary>The most days the dense tables cover.</summary>
    internal const int MaxDenseDays = 1 << 16;

    private readonly int _columns;
    private readonly SortedDictionary<int, int[]> _outliers = []; // day -> the +1/-1 of each column, days outside the dense range
    private int _base;
    private int _size;      // a power of two; days covered: [_base, _base + _size)
    private int[] _point;   // the +1/-1 of each day (to rebuild the trees when the range grows)
    private int[] _tree;    // Fenwick trees, column-major, 1-based within each column

    public DayCounts(int columns)
    {
        _columns = columns;
        _point = [];
        _tree = [];
    }

    /// <summary>Adds <paramref name="delta"/> to <paramref name="column"/> as of days <c>[start, end)</c>.</summary>
    public void Add(int column, int start, int end, int delta)
    {
        if (start >= end)
        {
            return;
        }

        Point(column, start, delta);
        if (end != DayNumber.Never)
        {
            Point(column, end, -delta);
        }
    }

    /// <summary>Writes the count of every column as of <paramref name="day"/> into <paramref name="counts"/>.</summary>
    public void CountsOn(int day, Span<int> counts)
    {
        counts.Clear();
        if (_size != 0 && day >= _base)
        {
            int index = Math.Min(day - _base + 1, _size);
            for (int c = 0; c < counts.Length; c++)
            {
                int sum = 0;
                int offset = c * (_size + 1);
                for (int i = index; i > 0; i -= i & -i)
                {
                    sum += _tree[offset + i];
                }

                counts[c] = sum;
            }
        }

        foreach ((int at, int[] deltas) in _outliers)
        {
            if (at > day)
            {
                break;
            }

            for (int c = 0; c < counts.Length; c++)
            {
                counts[c] += deltas[c];
            }
        }
    }

    private void Point(int column, int day, int delta)
    {
        if (!Cover(day))
        {
            if (!_outliers.TryGetValue(day, out int[]? deltas))
            {
                _outliers.Add(day, deltas = new int[_columns]);
            }

            deltas[column] += delta;
            return;
        }

        int at = day - _base;
        _point[(column * _size) + at] += delta;
        int offset = column * (_size + 1);
        for (int i = at + 1; i <= _size; i += i & -i)
        {
            _tree[offset + i] += delta;
        }
    }

    /// <summary>
    /// Grows the covered range (doubling, re-centred) until it holds <paramref name="day"/>, and rebuilds the trees; false
    /// when that would take more than <see cref="MaxDenseDays"/> days (the day then goes to the side table).
    /// </summary>
    private bool Cover(int day)
    {
        if (_size != 0 && day >= _base && day < _base + _size)
        {
            return true;
        }

        long low = _size == 0 ? (long)day - 512 : Math.Min(_base, day);
        long high = _size == 0 ? (long)day + 512 : Math.Max((long)_base + _size, (long)day + 1);
        if (high - low > MaxDenseDays)
        {
            return false;
        }

        int size = Math.Max(_size, 1024);
        while (size < high - low)
        {
            size *= 2;
        }

        // Leave room on both sides for later days.
        int slack = size - (int)(high - low);
        int newBase = (int)low - (slack / 2);

        var point = new int[_columns * size];
        for (int c = 0; c < _columns && _size != 0; c++)
        {
            Array.Copy(_point, c * _size, point, (c * size) + (_base - newBase), _size);
        }

        var tree = new int[_columns * (size + 1)];
        for (int c = 0; c < _columns; c++)
        {
            int offset = c * (size + 1);
            for (int i = 1; i <= size; i++)
            {
                tree[offset + i] += point[(c * size) + i - 1];
                int parent = i + (i & -i);
                if (parent <= size)
                {
                    tree[offset + parent] += tree[offset + i];
                }
            }
        }

        _base = newBase;
        _size = size;
        _point = point;
        _tree = tree;
        return true;
    }
}
