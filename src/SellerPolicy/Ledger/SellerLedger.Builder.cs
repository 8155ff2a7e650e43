using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NodaTime;
using SellerPolicy.Internal;
using SellerPolicy.Ledger.HighPerformance;

namespace SellerPolicy.Ledger;

public sealed partial class SellerLedger
{
    /// <summary>
    /// Collects records (in any order) and builds a <see cref="SellerLedger"/>, checking the rules that span
    /// records and reporting every problem, not just the first.
    /// </summary>
    /// <remarks>
    /// Rules: order, claim, chargeback and return ids are unique (the first record wins, later ones are
    /// problems); every record refers to an order of the ledger; nothing happens before its order's purchase;
    /// an order has at most one feedback; a return names a SKU of its order and returns of a SKU do not add
    /// up to more than was ordered; a refund is in the order's currency. Problems found while reading (for
    /// example an unparseable line) are added with <see cref="AddProblem(LedgerProblem)"/> so that they fail
    /// a strict build and are counted in a lenient one.
    /// <para>Not thread-safe: add from one thread at a time. <see cref="Build"/> may use several cores itself (see
    /// <see cref="MaxDegreeOfParallelism"/>); the ledger it makes is immutable and safe to share.</para>
    /// </remarks>
    public sealed class Builder
    {
        // From this many orders, sorting and copying them runs beside attaching the other records (below, a task costs more
        // than it saves).
        private const int ArrangeInParallelFrom = 20_000;

        // From this many records other than orders, their kinds are put in canonical order on several cores.
        private const int RecordKindsInParallelFrom = 2_000;

        private readonly List<OrderRows> _orderTables = []; // in the order added; only the last one, _open, is appended to
        private readonly List<(Feedback Record, SourceLocation? At)> _feedback = [];
        private readonly List<(AtoZClaim Record, SourceLocation? At)> _claims = [];
        private readonly List<(Chargeback Record, SourceLocation? At)> _chargebacks = [];
        private readonly List<(ReturnRequest Record, SourceLocation? At)> _returns = [];
        private readonly List<(BuyerContact Record, SourceLocation? At)> _contacts = [];
        private readonly List<LedgerProblem> _readProblems = [];
        private readonly Dictionary<string, SourceLocation?> _refused = new(StringComparer.Ordinal); // order id: where it was refused (first)
        private OrderRows? _open;
        private OrderIdIndex? _index; // the orders accepted so far; null after RemoveOrders
        private int _maxDegreeOfParallelism = -1;
        private SharedLineLists? _lineLists; // identical line lists of the orders added, kept once

        internal Builder()
        {
        }

        /// <summary>
        /// Gets or sets the most cores <see cref="Build"/> takes at once: -1 (default) for as many as help, 1 to build on the
        /// calling thread only. The ledger and its problems are the same whatever the setting.
        /// </summary>
        /// <exception cref="ArgumentOutOfRangeException">Set to 0 or to less than -1.</exception>
        public int MaxDegreeOfParallelism
        {
            get => _maxDegreeOfParallelism;
            set => _maxDegreeOfParallelism = value is -1 or >= 1 ? value
                : throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), $"MaxDegreeOfParallelism must be -1 (as many cores as help) or at least 1, was {value}.");
        }

        /// <summary>Gets the number of records added so far, bad ones included.</summary>
        public int Count => OrderCount + _feedback.Count + _claims.Count + _chargebacks.Count + _returns.Count + _contacts.Count + _readProblems.Count;

        /// <summary>
        /// Adds an order. The builder keeps its values, not the object; a line list identical to one of an order added before
        /// (the same SKUs, quantities, prices written the same way, ASINs and categories) is kept once, so a ledger built in
        /// code takes no more memory than one read from a file.
        /// </summary>
        /// <param name="order">The order.</param>
        /// <param name="at">Where it was read, for problem messages.</param>
        /// <returns>This builder.</returns>
        public Builder Add(Order order, SourceLocation? at = null)
        {
            Open().Add(Preconditions.CheckNotNull(order, nameof(order)), at, _lineLists ??= new SharedLineLists());
            return this;
        }

        /// <summary>
        /// Adds a batch of orders (the fast way in: see <see cref="OrderBatch"/>). Its orders are kept in the order they were
        /// added, and the orders it refused are reported as problems, each record referring to one then saying where it was
        /// refused. The batch becomes read-only: the builder keeps its table rather than copying it.
        /// </summary>
        /// <param name="batch">The orders.</param>
        /// <returns>This builder.</returns>
        /// <exception cref="InvalidOperationException">The batch was given to a builder before.</exception>
        public Builder Add(OrderBatch batch)
        {
            ArgumentNullException.ThrowIfNull(batch);
            AddOrders(batch.TakeRows());
            foreach ((OrderId orderId, LedgerProblem problem) in batch.Refused)
            {
                AddRefusedOrder(orderId, problem);
            }

            return this;
        }

        /// <summary>Adds a feedback.</summary>
        /// <param name="feedback">The feedback.</param>
        /// <param name="at">Where it was read.</param>
        /// <returns>This builder.</returns>
        public Builder Add(Feedback feedback, SourceLocation? at = null)
        {
            _feedback.Add((Preconditions.CheckNotNull(feedback, nameof(feedback)), at));
            return this;
        }

        /// <summary>Adds an A-to-z claim.</summary>
        /// <param name="claim">The claim.</param>
        /// <param name="at">Where it was read.</param>
        /// <returns>This builder.</returns>
        public Builder Add(AtoZClaim claim, SourceLocation? at = null)
        {
            _claims.Add((Preconditions.CheckNotNull(claim, nameof(claim)), at));
            return this;
        }

        /// <summary>Adds a chargeback.</summary>
        /// <param name="chargeback">The chargeback.</param>
        /// <param name="at">Where it was read.</param>
        /// <returns>This builder.</returns>
        public Builder Add(Chargeback chargeback, SourceLocation? at = null)
        {
            _chargebacks.Add((Preconditions.CheckNotNull(chargeback, nameof(chargeback)), at));
            return this;
        }

        /// <summary>Adds a return request.</summary>
        /// <param name="request">The return request.</param>
        /// <param name="at">Where it was read.</param>
        /// <returns>This builder.</returns>
        public Builder Add(ReturnRequest request, SourceLocation? at = null)
        {
            _returns.Add((Preconditions.CheckNotNull(request, nameof(request)), at));
            return this;
        }

        /// <summary>Adds a buyer contact.</summary>
        /// <param name="contact">The contact.</param>
        /// <param name="at">Where it was read.</param>
        /// <returns>This builder.</returns>
        public Builder Add(BuyerContact contact, SourceLocation? at = null)
        {
            _contacts.Add((Preconditions.CheckNotNull(contact, nameof(contact)), at));
            return this;
        }

        /// <summary>Adds an order and every record attached to it.</summary>
        /// <param name="history">The order with its feedback, claims, chargebacks, returns and contacts.</param>
        /// <returns>This builder.</returns>
        public Builder Add(OrderHistory history)
        {
            Preconditions.CheckNotNull(history, nameof(history));
            Open().Add(history.Order, null, _lineLists ??= new SharedLineLists());
            AddAll(_feedback, history.Feedback);
            AddAll(_claims, history.Claims);
            AddAll(_chargebacks, history.Chargebacks);
            AddAll(_returns, history.Returns);
            AddAll(_contacts, history.Contacts);
            return this;
        }

        /// <summary>Adds every record of <paramref name="ledger"/>.</summary>
        /// <param name="ledger">The ledger.</param>
        /// <returns>This builder.</returns>
        public Builder AddRange(SellerLedger ledger)
        {
            ArgumentNullException.ThrowIfNull(ledger);
            AddOrders(ledger.OrderTable);
            AddAll(_feedback, ledger.Feedback);
            AddAll(_claims, ledger.Claims);
            AddAll(_chargebacks, ledger.Chargebacks);
            AddAll(_returns, ledger.Returns);
            AddAll(_contacts, ledger.Contacts);
            return this;
        }

        /// <summary>
        /// Records a problem found while reading (a record that could not be made at all). It fails a strict
        /// build and counts as a left-out record in a lenient one.
        /// </summary>
        /// <param name="problem">The problem.</param>
        /// <returns>This builder.</returns>
        public Builder AddProblem(LedgerProblem problem)
        {
            _readProblems.Add(Preconditions.CheckNotNull(problem, nameof(problem)));
            return this;
        }

        /// <summary>
        /// Records an order that was read but could not be made (<paramref name="problem"/> says why). Like
        /// <see cref="AddProblem(LedgerProblem)"/> it fails a strict build and counts as a left-out record in a lenient one;
        /// besides, every record that refers to the order then says it was refused, and where, instead of calling the order
        /// unknown.
        /// </summary>
        /// <param name="orderId">The id the refused order has in the input.</param>
        /// <param name="problem">Why it was refused, located at its record.</param>
        /// <returns>This builder.</returns>
        public Builder AddRefusedOrder(OrderId orderId, LedgerProblem problem)
        {
            AddProblem(problem);
            if (orderId.Value is { Length: > 0 } id)
            {
                _refused.TryAdd(id, problem.Location);
            }

            return this;
        }

        /// <summary>
        /// Removes every order for which <paramref name="predicate"/> holds, and with them their records: feedback, A-to-z
        /// claims, chargebacks, return requests and buyer contacts that refer to a removed order id no order left in the
        /// builder has. The build then has nothing that "refers to unknown order" because of the removal. To replace an order
        /// and keep its records, add the new order with <see cref="Add(OrderHistory)"/> (from
        /// <see cref="SellerLedger.GetHistory"/>) after removing it.
        /// </summary>
        /// <param name="predicate">Which orders to remove.</param>
        /// <returns>How many orders were removed (their records are not counted).</returns>
        public int RemoveOrders(Func<Order, bool> predicate)
        {
            ArgumentNullException.ThrowIfNull(predicate);
            var removedIds = new HashSet<OrderId>();
            bool Remove(Order order)
            {
                if (!predicate(order))
                {
                    return false;
                }

                removedIds.Add(order.OrderId);
                return true;
            }

            int removed = 0;
            for (int t = 0; t < _orderTables.Count; t++)
            {
                (OrderRows kept, int gone) = _orderTables[t].Without(Remove);
                _orderTables[t] = kept;
                removed += gone;
            }

            _open = null; // the tables are read-only copies now
            _index = null;
            RemoveRecordsOf(removedIds);
            return removed;
        }

        /// <summary>Removes the records of the removed order ids that no order left in the builder has (a duplicate may stay).</summary>
        private void RemoveRecordsOf(HashSet<OrderId> removedIds)
        {
            if (removedIds.Count == 0)
            {
                return;
            }

            foreach (OrderRows table in _orderTables)
            {
                for (int i = 0; i < table.Count && removedIds.Count > 0; i++)
                {
                    removedIds.Remove(table.OrderIdAt(i));
                }
            }

            _feedback.RemoveAll(r => removedIds.Contains(r.Record.OrderId));
            _claims.RemoveAll(r => removedIds.Contains(r.Record.OrderId));
            _chargebacks.RemoveAll(r => removedIds.Contains(r.Record.OrderId));
            _returns.RemoveAll(r => removedIds.Contains(r.Record.OrderId));
            _contacts.RemoveAll(r => removedIds.Contains(r.Record.OrderId));
        }

        /// <summary>Adds a table of orders (a batch's, or a ledger's), without <see cref="Order"/> objects.</summary>
        /// <param name="orders">The orders, in file order; the table is frozen and kept, not copied.</param>
        internal void AddOrders(OrderRows orders)
        {
            _orderTables.Add(orders.Freeze());
            _open = null;

            // Check the ids now, while later blocks are still being parsed, rather than all of them in Build.
            (_index ??= new OrderIdIndex()).CatchUp(_orderTables);
        }

        /// <summary>Where a refused order was read, said from where the record referring to it was: "at line 17" in the same file.</summary>
        private static string Where(SourceLocation? refusedAt, SourceLocation? from)
            => refusedAt is not { } refused ? "(see its problem)"
                : from is { } here && here.File == refused.File ? $"at line {refused.Line}"
                : $"at {refused}";

        private int OrderCount
        {
            get
            {
                int count = 0;
                foreach (OrderRows table in _orderTables)
                {
                    count += table.Count;
                }

                return count;
            }
        }

        private OrderRows Open()
        {
            if (_open is null)
            {
                _open = new OrderRows();
                _orderTables.Add(_open);
            }

            return _open;
        }

        /// <summary>Replaces every claim for which <paramref name="replace"/> returns a new claim (a what-if).</summary>
        /// <param name="replace">Returns the replacement, or null to keep the claim.</param>
        /// <returns>How many were replaced.</returns>
        public int ReplaceClaims(Func<AtoZClaim, AtoZClaim?> replace) => Replace(_claims, replace);

        /// <summary>Replaces every feedback for which <paramref name="replace"/> returns a new one (a what-if).</summary>
        /// <param name="replace">Returns the replacement, or null to keep the feedback.</param>
        /// <returns>How many were replaced.</returns>
        public int ReplaceFeedback(Func<Feedback, Feedback?> replace) => Replace(_feedback, replace);

        /// <summary>Replaces every chargeback for which <paramref name="replace"/> returns a new one (a what-if).</summary>
        /// <param name="replace">Returns the replacement, or null to keep the chargeback.</param>
        /// <returns>How many were replaced.</returns>
        public int ReplaceChargebacks(Func<Chargeback, Chargeback?> replace) => Replace(_chargebacks, replace);

        /// <summary>Builds the ledger, or lists every problem.</summary>
        /// <param name="mode">Strict (default): any problem means no ledger. Lenient: bad records are left out.</param>
        /// <returns>The ledger (when built) and every problem, in record order.</returns>
        public LedgerBuildResult Build(LedgerBuildMode mode = LedgerBuildMode.Strict)
        {
            Validated validated = Validate();
            if (mode == LedgerBuildMode.Strict && !validated.Problems.IsEmpty)
            {
                validated.Arranging?.Wait(); // nothing left running
                return new LedgerBuildResult(null, validated.Problems, Count, validated.LeftOut, mode);
            }

            return new LedgerBuildResult(Assemble(validated, _maxDegreeOfParallelism), validated.Problems, Count, validated.LeftOut, mode);
        }

        /// <summary>
        /// Checks the rules that span records: unique ids, every record attached to an accepted order and not before it,
        /// one feedback per order, returned quantities and refund currencies. Starts arranging the orders (on another core
        /// for a large ledger) while the other records are checked.
        /// </summary>
        /// <returns>Every problem in record order, and the records accepted, each with the position of its order.</returns>
        private Validated Validate()
        {
            var problems = new List<(LedgerProblem Problem, int Order)>();
            int leftOut = _readProblems.Count;
            int sequence = 0;
            foreach (LedgerProblem p in _readProblems)
            {
                problems.Add((p, sequence++));
            }

            void Problem(LedgerProblemKind kind, string message, SourceLocation? at, string? field)
                => problems.Add((new LedgerProblem(kind, message, at, field), sequence++));

            // Orders: unique ids, first wins (the index is brought up to date as tables are added; see OrderIdIndex). The
            // index becomes the ledger's, so each id is hashed once; accepted records carry the position of their order, so
            // no id is looked up twice.
            OrderIdIndex index = _index ??= new OrderIdIndex();
            index.CatchUp(_orderTables);
            foreach (LedgerProblem duplicate in index.Duplicates)
            {
                problems.Add((duplicate, sequence++));
            }

            leftOut += index.Duplicates.Count;
            int orderCount = index.Count;
            OrderRows[] entryTable = index.EntryTable;
            int[] entryRow = index.EntryRow;
            Instant[] purchased = index.Purchased;

            // The accepted position of the order with this id, or -1.
            int PositionOf(OrderId orderId)
            {
                string text = orderId.Value;
                int size = Utf8Ids.KeyBufferLength(text.Length);
                Span<byte> buffer = size <= 1024 ? stackalloc byte[size] : new byte[size];
                int length = Utf8Ids.KeyOf(text, buffer);
                return length < 0 ? -1 : index.PositionOf(buffer[..length]);
            }

            // Returns the position of the record's order, or -1 after reporting why it is not attached; `what` names the
            // record in messages and is only called for a problem.
            int Attached<T>(T record, OrderId orderId, Instant eventAt, Func<T, string> what, string timeField, SourceLocation? at)
            {
                int position = PositionOf(orderId);
                if (position < 0)
                {
                    if (_refused.TryGetValue(orderId.Value, out SourceLocation? refusedAt))
                    {
                        Problem(LedgerProblemKind.RefusedOrder, $"{what(record)} refers to order {orderId}, refused {Where(refusedAt, at)}.", at, "orderId");
                    }
                    else
                    {
                        Problem(LedgerProblemKind.UnknownOrder, $"{what(record)} refers to unknown order {orderId}.", at, "orderId");
                    }

                    return -1;
                }

                if (eventAt < purchased[position])
                {
                    Problem(LedgerProblemKind.EventBeforePurchase,
                        $"{what(record)}: {timeField} ({Preconditions.Format(eventAt)}) is before order {orderId} was placed ({Preconditions.Format(purchased[position])}).",
                        at, timeField);
                    return -1;
                }

                return position;
            }

            // Sorting the orders and copying them into the ledger's table needs nothing but the orders: for a large ledger it
            // runs on another core while the other records are checked and attached below.
            Task<Arrangement>? arranging = orderCount >= ArrangeInParallelFrom && _maxDegreeOfParallelism != 1 ? Task.Run(() => Arrange(index)) : null;

            var feedback = new Accepted<Feedback>(_feedback.Count);
            bool[] rated = new bool[_feedback.Count == 0 ? 0 : orderCount];
            foreach ((Feedback f, SourceLocation? at) in _feedback)
            {
                int position = Attached(f, f.OrderId, f.ReceivedAt, static f => $"feedback on order {f.OrderId}", "receivedAt", at);
                if (position < 0)
                {
                    leftOut++;
                }
                else if (rated[position])
                {
                    Problem(LedgerProblemKind.DuplicateFeedback, $"order {f.OrderId} already has a feedback: an order has at most one.", at, "orderId");
                    leftOut++;
                }
                else
                {
                    rated[position] = true;
                    feedback.Add(f, position);
                }
            }

            var claims = new Accepted<AtoZClaim>(_claims.Count);
            var claimIds = new HashSet<ClaimId>(_claims.Count);
            foreach ((AtoZClaim c, SourceLocation? at) in _claims)
            {
                if (!claimIds.Add(c.ClaimId))
                {
                    Problem(LedgerProblemKind.DuplicateId, $"duplicate claim id {c.ClaimId}.", at, "claimId");
                    leftOut++;
                }
                else if (Attached(c, c.OrderId, c.FiledAt, static c => $"claim {c.ClaimId}", "filedAt", at) is var position and >= 0)
                {
                    claims.Add(c, position);
                }
                else
                {
                    leftOut++;
                }
            }

            var chargebacks = new Accepted<Chargeback>(_chargebacks.Count);
            var chargebackIds = new HashSet<ChargebackId>(_chargebacks.Count);
            foreach ((Chargeback c, SourceLocation? at) in _chargebacks)
            {
                if (!chargebackIds.Add(c.ChargebackId))
                {
                    Problem(LedgerProblemKind.DuplicateId, $"duplicate chargeback id {c.ChargebackId}.", at, "chargebackId");
                    leftOut++;
                }
                else if (Attached(c, c.OrderId, c.ReceivedAt, static c => $"chargeback {c.ChargebackId}", "receivedAt", at) is var position and >= 0)
                {
                    chargebacks.Add(c, position);
                }
                else
                {
                    leftOut++;
                }
            }

            // Returns are checked in request order, so the quantity check sees earlier returns first.
            var returns = new Accepted<ReturnRequest>(_returns.Count);
            var returnKeys = new HashSet<string>(_returns.Count, StringComparer.Ordinal);
            var returnedUnits = new Dictionary<(int Order, Sku Sku), int>();
            static string What(ReturnRequest r) => r.ReturnId is { } rma ? $"return {rma}" : $"returnless refund {r.Key}";
            foreach ((ReturnRequest r, SourceLocation? at) in StableSorted(_returns, static (a, b) => a.Record.RequestedAt.CompareTo(b.Record.RequestedAt)))
            {
                string key = r.Key;
                if (!returnKeys.Add(key))
                {
                    Problem(LedgerProblemKind.DuplicateId, $"duplicate return id {key}.", at, "returnId");
                    leftOut++;
                    continue;
                }

                int position = Attached(r, r.OrderId, r.RequestedAt, What, "requestedAt", at);
                if (position < 0)
                {
                    leftOut++;
                    continue;
                }

                ImmutableArray<OrderLine> lines = entryTable[position].Row(entryRow[position]).Lines;
                int ordered = Order.QuantityOf(lines, r.Sku);
                if (ordered == 0)
                {
                    Problem(LedgerProblemKind.UnknownSku, $"{What(r)} names SKU {r.Sku}, which order {r.OrderId} does not have.", at, "sku");
                    leftOut++;
                    continue;
                }

                int already = returnedUnits.GetValueOrDefault((position, r.Sku));
                if (already + r.Quantity > ordered)
                {
                    Problem(LedgerProblemKind.QuantityExceeded,
                        $"{What(r)} returns {r.Quantity} of SKU {r.Sku}, but order {r.OrderId} has {ordered}" + (already > 0 ? $" and {already} already returned." : "."),
                        at, "quantity");
                    leftOut++;
                    continue;
                }

                if (r.RefundAmount is { } refund && refund.Currency != lines[0].UnitPrice.Currency)
                {
                    Problem(LedgerProblemKind.CurrencyMismatch, $"{What(r)}: refundAmount is in {refund.Currency}, order {r.OrderId} is in {lines[0].UnitPrice.Currency}.", at, "refundAmount");
                    leftOut++;
                    continue;
                }

                returnedUnits[(position, r.Sku)] = already + r.Quantity;
                returns.Add(r, position);
            }

            var contacts = new Accepted<BuyerContact>(_contacts.Count);
            foreach ((BuyerContact c, SourceLocation? at) in _contacts)
            {
                if (Attached(c, c.OrderId, c.BuyerContactedAt, static c => $"contact on order {c.OrderId}", "buyerContactedAt", at) is var position and >= 0)
                {
                    contacts.Add(c, position);
                }
                else
                {
                    leftOut++;
                }
            }

            ImmutableArray<LedgerProblem> sorted = problems.Count == 0 ? [] : [.. problems
                .OrderBy(p => p.Problem.Location?.File, StringComparer.Ordinal)
                .ThenBy(p => p.Problem.Location?.Line ?? int.MaxValue)
                .ThenBy(p => p.Order)
                .Select(p => p.Problem)];
            return new Validated(sorted, leftOut, index, arranging, feedback, claims, chargebacks, returns, contacts);
        }

        /// <summary>Makes the ledger from what <see cref="Validate"/> accepted: every list in canonical order, each order's records attached.</summary>
        private static SellerLedger Assemble(Validated validated, int maxDegreeOfParallelism)
        {
            (Accepted<Feedback> feedback, Accepted<AtoZClaim> claims, Accepted<Chargeback> chargebacks, Accepted<ReturnRequest> returns, Accepted<BuyerContact> contacts)
                = (validated.Feedback, validated.Claims, validated.Chargebacks, validated.Returns, validated.Contacts);
            int orderCount = validated.Index.Count;
            (int[]? indexOf, int[] rowSlots, OrderRows orders) = validated.Arranging?.GetAwaiter().GetResult() ?? Arrange(validated.Index);
            // Each kind's records in canonical order, and each order's records attached to it. The attachments are made
            // first, so that the kinds can then be ordered on several cores, each filling only its own field of them.
            var attached = new OrderRecords?[orderCount];
            feedback.MakeAttachments(indexOf, attached);
            claims.MakeAttachments(indexOf, attached);
            chargebacks.MakeAttachments(indexOf, attached);
            returns.MakeAttachments(indexOf, attached);
            contacts.MakeAttachments(indexOf, attached);
            ImmutableArray<Feedback> feedbackList = [];
            ImmutableArray<AtoZClaim> claimList = [];
            ImmutableArray<Chargeback> chargebackList = [];
            ImmutableArray<ReturnRequest> returnList = [];
            ImmutableArray<BuyerContact> contactList = [];
            Action[] kinds =
            [
                () => feedbackList = feedback.Canonical(static f => f.ReceivedAt, static (a, b) => a.OrderId.CompareTo(b.OrderId), indexOf, attached, static (r, g) => r.Feedback = g),
                () => claimList = claims.Canonical(static c => c.FiledAt, static (a, b) => a.ClaimId.CompareTo(b.ClaimId), indexOf, attached, static (r, g) => r.Claims = g),
                () => chargebackList = chargebacks.Canonical(static c => c.ReceivedAt, static (a, b) => a.ChargebackId.CompareTo(b.ChargebackId), indexOf, attached, static (r, g) => r.Chargebacks = g),
                () => returnList = returns.Canonical(static r => r.RequestedAt, static (a, b) => string.CompareOrdinal(a.Key, b.Key), indexOf, attached, static (r, g) => r.Returns = g),
                () => contactList = contacts.Canonical(static c => c.BuyerContactedAt, static (a, b) => a.OrderId.CompareTo(b.OrderId), indexOf, attached, static (r, g) => r.Contacts = g),
            ];
            if (feedback.Count + claims.Count + chargebacks.Count + returns.Count + contacts.Count >= RecordKindsInParallelFrom && maxDegreeOfParallelism != 1)
            {
                Parallel.Invoke(new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, kinds);
            }
            else
            {
                foreach (Action kind in kinds)
                {
                    kind();
                }
            }

            return new SellerLedger(orders.Freeze(), rowSlots, feedbackList, claimList, chargebackList, returnList, contactList, attached);
        }

        /// <summary>
        /// Puts the accepted orders in canonical order (by purchase instant, then id; stable) in one table for the ledger, and
        /// makes the ledger's index of them. Needs nothing but the orders, so it can run beside the checks of other records.
        /// </summary>
        private static Arrangement Arrange(OrderIdIndex index)
        {
            int orderCount = index.Count;
            long[] slots = index.Slots;
            OrderRows[] entryTable = index.EntryTable;
            int[] entryRow = index.EntryRow;
            int[]? moved = SortOrdersCanonically(entryTable, entryRow, index.Purchased, orderCount);
            int[]? indexOf = null;
            if (moved is not null)
            {
                indexOf = new int[moved.Length];
                for (int i = 0; i < moved.Length; i++)
                {
                    indexOf[moved[i]] = i;
                }
            }

            // The ledger's index: the same slots, each the order's row in the ledger plus one.
            int[] rowSlots = new int[slots.Length];
            for (int slot = 0; slot < slots.Length; slot++)
            {
                int entry = (int)slots[slot] - 1;
                if (entry >= 0)
                {
                    rowSlots[slot] = (indexOf is null ? entry : indexOf[entry]) + 1;
                }
            }

            // One table for the ledger, in canonical order: rows copied, the ids' bytes laid out in that order.
            var orders = new OrderRows(orderCount);
            for (int i = 0; i < orderCount; i++)
            {
                int entry = moved is null ? i : moved[i];
                orders.AddRowOf(entryTable[entry], entryRow[entry], keepLocation: false);
            }

            return new Arrangement(indexOf, rowSlots, orders);
        }

        /// <summary>What <see cref="Validate"/> found: the problems, how many records are left out, and the records accepted.</summary>
        private sealed record Validated(
            ImmutableArray<LedgerProblem> Problems, int LeftOut, OrderIdIndex Index, Task<Arrangement>? Arranging, Accepted<Feedback> Feedback,
            Accepted<AtoZClaim> Claims, Accepted<Chargeback> Chargebacks, Accepted<ReturnRequest> Returns, Accepted<BuyerContact> Contacts);

        /// <summary>The accepted orders in canonical order: where each position went (null: nowhere), the ledger's index and table.</summary>
        private readonly record struct Arrangement(int[]? IndexOf, int[] RowSlots, OrderRows Orders);

        /// <summary>Builds the ledger in strict mode.</summary>
        /// <returns>The ledger.</returns>
        /// <exception cref="LedgerValidationException">Any problem was found; the exception lists all of them.</exception>
        public SellerLedger ToImmutable() => Build().GetLedgerOrThrow();

        /// <summary>
        /// The canonical order of the accepted orders: by purchase instant, then id (ordinal), then the order they were added in.
        /// </summary>
        /// <returns>Where each order comes from (<c>moved[newIndex] = position</c>), or null when they are already in order.</returns>
        private static int[]? SortOrdersCanonically(OrderRows[] table, int[] row, Instant[] purchased, int count)
        {
            int Compare(int a, int b)
                => purchased[a].CompareTo(purchased[b]) is var c and not 0 ? c
                    : Utf8Ids.CompareKeys(table[a].OrderIdKey(row[a]), table[b].OrderIdKey(row[b])) is var d and not 0 ? d
                    : a.CompareTo(b);

            bool ordered = true;
            for (int i = 1; ordered && i < count; i++)
            {
                ordered = Compare(i - 1, i) < 0;
            }

            if (ordered)
            {
                return null;
            }

            // A primitive sort by the purchase instant (as nanoseconds when every one fits in a long), then each run of
            // equal instants by id and position.
            int[] moved = new int[count];
            long[] keys = new long[count];
            bool packed = true;
            for (int i = 0; i < count; i++)
            {
                moved[i] = i;
                packed &= Instant64s.TryPack(purchased[i], out NodaTime.HighPerformance.Instant64 key);
                keys[i] = key.ToUnixTimeNanoseconds();
            }

            if (!packed)
            {
                Array.Sort(moved, Compare);
                return moved;
            }

            Array.Sort(keys, moved);
            int start = 0;
            while (start < count)
            {
                int end = start + 1;
                while (end < count && keys[end] == keys[start])
                {
                    end++;
                }

                if (end - start > 1)
                {
                    Array.Sort(moved, start, end - start, Comparer<int>.Create(Compare));
                }

                start = end;
            }

            return moved;
        }

        /// <summary>
        /// Sorts <paramref name="items"/> in place by <paramref name="timeOf"/>, then <paramref name="then"/>, stably (equal
        /// keys keep their order): the order of <c>OrderBy(timeOf).ThenBy(...)</c>.
        /// </summary>
        /// <returns>Where each item came from (<c>moved[newIndex] = oldIndex</c>), or null when they were already in order.</returns>
        internal static int[]? SortCanonically<T>(T[] items, Func<T, Instant> timeOf, Comparison<T> then)
        {
            var times = new Instant[items.Length];
            for (int i = 0; i < items.Length; i++)
            {
                times[i] = timeOf(items[i]);
            }

            return SortCanonically(items, times, then);
        }

        /// <summary>As <see cref="SortCanonically{T}(T[], Func{T, Instant}, Comparison{T})"/>, given the time of each item.</summary>
        private static int[]? SortCanonically<T>(T[] items, Instant[] times, Comparison<T> then)
        {
            bool ordered = true;
            for (int i = 1; ordered && i < items.Length; i++)
            {
                int c = times[i - 1].CompareTo(times[i]);
                ordered = c < 0 || (c == 0 && then(items[i - 1], items[i]) <= 0);
            }

            if (ordered)
            {
                return null;
            }

            var keys = new (Instant Time, int At)[items.Length];
            for (int i = 0; i < items.Length; i++)
            {
                keys[i] = (times[i], i);
            }

            T[] original = [.. items];
            Array.Sort(keys, (a, b) => a.Time.CompareTo(b.Time) is var c and not 0 ? c
                : then(original[a.At], original[b.At]) is var d and not 0 ? d
                : a.At.CompareTo(b.At));
            int[] moved = new int[items.Length];
            for (int i = 0; i < items.Length; i++)
            {
                moved[i] = keys[i].At;
                items[i] = original[keys[i].At];
            }

            return moved;
        }

        /// <summary>Returns <paramref name="items"/> itself when already in order, else a stably sorted copy.</summary>
        private static List<T> StableSorted<T>(List<T> items, Comparison<T> compare)
        {
            if (IsSorted(CollectionsMarshal.AsSpan(items), compare))
            {
                return items;
            }

            var keyed = new (T Item, int At)[items.Count];
            for (int i = 0; i < keyed.Length; i++)
            {
                keyed[i] = (items[i], i);
            }

            Array.Sort(keyed, (a, b) => compare(a.Item, b.Item) is var c and not 0 ? c : a.At.CompareTo(b.At));
            var sorted = new List<T>(keyed.Length);
            foreach ((T item, _) in keyed)
            {
                sorted.Add(item);
            }

            return sorted;
        }

        private static bool IsSorted<T>(ReadOnlySpan<T> items, Comparison<T> compare)
        {
            for (int i = 1; i < items.Length; i++)
            {
                if (compare(items[i - 1], items[i]) > 0)
                {
                    return false;
                }
            }

            return true;
        }

        private static void AddAll<T>(List<(T Record, SourceLocation? At)> list, ImmutableArray<T> records)
        {
            if (records.IsEmpty)
            {
                return;
            }

            list.EnsureCapacity(list.Count + records.Length);
            foreach (T record in records)
            {
                list.Add((record, null));
            }
        }

        /// <summary>The records of one kind accepted by <see cref="Build"/>, each with the position of its order.</summary>
        private sealed class Accepted<T>(int capacity)
        {
            private readonly List<T> _records = new(capacity);
            private readonly List<int> _owners = new(capacity);

            public int Count => _records.Count;

            public void Add(T record, int owner)
            {
                _records.Add(record);
                _owners.Add(owner);
            }

            /// <summary>Makes the attachment of every order that has a record of this kind (indexed like the ledger's orders).</summary>
            public void MakeAttachments(int[]? indexOf, OrderRecords?[] attached)
            {
                foreach (int owner in _owners)
                {
                    attached[indexOf is null ? owner : indexOf[owner]] ??= new OrderRecords();
                }
            }

            /// <summary>
            /// Returns the records in canonical order (see <see cref="SortCanonically{T}(T[], Func{T, Instant}, Comparison{T})"/>) and stores each order's records,
            /// in that order, into its attachment in <paramref name="attached"/> (made by <see cref="MakeAttachments"/>) with
            /// <paramref name="store"/>. Kinds may run at the same time: each writes only its own field of the attachments.
            /// </summary>
            public ImmutableArray<T> Canonical(
                Func<T, Instant> timeOf, Comparison<T> then, int[]? indexOf, OrderRecords?[] attached, Action<OrderRecords, ImmutableArray<T>> store)
            {
                T[] records = [.. _records];
                int[]? moved = SortCanonically(records, timeOf, then);
                if (records.Length == 0)
                {
                    return [];
                }

                // Sort keys (ledger index of the order, canonical position): one primitive sort groups the records by
                // order and keeps the canonical order within each group.
                long[] keys = new long[records.Length];
                for (int i = 0; i < records.Length; i++)
                {
                    int owner = _owners[moved is null ? i : moved[i]];
                    keys[i] = ((long)(indexOf is null ? owner : indexOf[owner]) << 32) | (uint)i;
                }

                Array.Sort(keys);
                int start = 0;
                while (start < keys.Length)
                {
                    int order = (int)(keys[start] >> 32);
                    int end = start + 1;
                    while (end < keys.Length && (int)(keys[end] >> 32) == order)
                    {
                        end++;
                    }

                    var group = new T[end - start];
                    for (int k = start; k < end; k++)
                    {
                        group[k - start] = records[(int)keys[k]];
                    }

                    store(attached[order]!, ImmutableCollectionsMarshal.AsImmutableArray(group));
                    start = end;
                }

                return ImmutableCollectionsMarshal.AsImmutableArray(records);
            }
        }

        private static int Replace<T>(List<(T Record, SourceLocation? At)> items, Func<T, T?> replace)
            where T : class
        {
            ArgumentNullException.ThrowIfNull(replace);
            int replaced = 0;
            for (int i = 0; i < items.Count; i++)
            {
                if (replace(items[i].Record) is { } replacement)
                {
                    items[i] = (replacement, items[i].At);
                    replaced++;
                }
            }

            return replaced;
        }
    }
}
