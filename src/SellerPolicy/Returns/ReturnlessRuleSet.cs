using System.Collections.Immutable;
using System.Globalization;
using SellerPolicy.Ledger;

namespace SellerPolicy.Returns;

/// <summary>
/// A seller's returnless-refund settings: the rules, the SKUs exempted from them, the buyer guard, and the economic
/// assumptions of a simulation (return costs, recovery rate), all in one currency.
/// </summary>
/// <remarks>
/// <para>Plain data, checked in one place: <see cref="Validate"/> lists every problem at once, each with the JSON
/// path of the rules file (docs/returns.md); <see cref="EnsureValid"/> throws with all of them. Evaluation and
/// simulation refuse an invalid set.</para>
/// <para>The order of <see cref="Rules"/> does not matter: a valid set has no overlapping rules, so at most one rule
/// matches any request.</para>
/// <para>Equality compares every property, lists element by element and the exemptions as sets.</para>
/// </remarks>
public sealed class ReturnlessRuleSet : IEquatable<ReturnlessRuleSet>
{
    private readonly ImmutableHashSet<Sku> _exempt;

    /// <summary>Creates a rule set.</summary>
    /// <param name="currency">The ISO 4217 currency of prices and costs, such as <c>EUR</c>.</param>
    /// <param name="rules">The rules, in any order.</param>
    /// <param name="returnCost">The return cost a returnless refund avoids.</param>
    /// <param name="recoveryRate">The share of a returned item's price the seller would have recovered by reselling it (0 to 1).</param>
    /// <param name="homeCountry">The seller's ISO 3166 country; returns from elsewhere are international. Null: every return is domestic.</param>
    /// <param name="skuExemptions">SKUs never refunded without a return.</param>
    /// <param name="buyerGuard">The guard against abuse; null for none.</param>
    /// <exception cref="ArgumentNullException">A required argument is null, or a list holds null.</exception>
    public ReturnlessRuleSet(
        string currency,
        IEnumerable<ReturnlessRule> rules,
        ReturnCostAssumption returnCost,
        decimal recoveryRate,
        string? homeCountry = null,
        IEnumerable<Sku>? skuExemptions = null,
        BuyerGuard? buyerGuard = null)
    {
        Currency = currency ?? throw new ArgumentNullException(nameof(currency), "currency is required.");
        Rules = (rules ?? throw new ArgumentNullException(nameof(rules), "rules is required.")).ToImmutableArray();
        if (Rules.Any(r => r is null))
        {
            throw new ArgumentNullException(nameof(rules), "rules must not hold null.");
        }

        ReturnCost = returnCost ?? throw new ArgumentNullException(nameof(returnCost), "returnCost is required.");
        RecoveryRate = recoveryRate;
        HomeCountry = homeCountry;
        SkuExemptions = skuExemptions?.ToImmutableArray() ?? [];
        _exempt = SkuExemptions.ToImmutableHashSet();
        BuyerGuard = buyerGuard;
    }

    /// <summary>Gets the currency of every price range and cost.</summary>
    public string Currency { get; }

    /// <summary>Gets the seller's country, or null when every return counts as domestic.</summary>
    public string? HomeCountry { get; }

    /// <summary>Gets the rules.</summary>
    public ImmutableArray<ReturnlessRule> Rules { get; }

    /// <summary>Gets the SKUs that always require a return.</summary>
    public ImmutableArray<Sku> SkuExemptions { get; }

    /// <summary>Gets the buyer guard, or null for none.</summary>
    public BuyerGuard? BuyerGuard { get; }

    /// <summary>Gets the return costs a returnless refund avoids.</summary>
    public ReturnCostAssumption ReturnCost { get; }

    /// <summary>
    /// Gets the share of a returned item's price the seller would have recovered had it come back (resold, restocked):
    /// what a returnless refund gives up besides the refund. See <see cref="ReturnlessTotals.Net"/>.
    /// </summary>
    public decimal RecoveryRate { get; }

    /// <summary>Returns whether <paramref name="sku"/> is exempted from returnless refunds.</summary>
    /// <param name="sku">The SKU.</param>
    /// <returns>True when exempted.</returns>
    public bool IsExempt(Sku sku) => _exempt.Contains(sku);

    /// <summary>Returns whether a return from <paramref name="shipToCountry"/> is international: known, and not the home country (ignoring case).</summary>
    /// <param name="shipToCountry">The order's ship-to country, or null when unknown (domestic).</param>
    /// <returns>True when international.</returns>
    public bool IsInternational(string? shipToCountry)
        => HomeCountry is not null && shipToCountry is not null && !string.Equals(HomeCountry, shipToCountry, StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns a copy with other rules (the same assumptions): the candidate sets of a simulation.</summary>
    /// <param name="rules">The new rules.</param>
    /// <returns>A new rule set.</returns>
    public ReturnlessRuleSet WithRules(IEnumerable<ReturnlessRule> rules)
        => new(Currency, rules, ReturnCost, RecoveryRate, HomeCountry, SkuExemptions, BuyerGuard);

    /// <summary>Lists every problem of the set: bad values, duplicate rule names, and overlapping rules (naming both).</summary>
    /// <returns>The problems in file order; empty when the set is valid.</returns>
    public ImmutableArray<ReturnlessRuleSetProblem> Validate()
    {
        var problems = ImmutableArray.CreateBuilder<ReturnlessRuleSetProblem>();
        void Add(string path, string message) => problems.Add(new ReturnlessRuleSetProblem(path, message));
        string Num(decimal d) => d.ToString(CultureInfo.InvariantCulture);

        if (Currency.Length != 3 || !Currency.All(c => c is >= 'A' and <= 'Z'))
        {
            Add("$.currency", $"currency must be an ISO 4217 code of three upper-case letters, was '{Currency}'.");
        }

        if (HomeCountry is not null && string.IsNullOrWhiteSpace(HomeCountry))
        {
            Add("$.homeCountry", "homeCountry must not be empty; leave it out when every return is domestic.");
        }

        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Rules.Length; i++)
        {
            ReturnlessRule rule = Rules[i];
            string at = $"$.rules[{i}]";
            if (string.IsNullOrWhiteSpace(rule.Name))
            {
                Add(at + ".name", "name is required and must not be blank.");
            }
            else if (names.TryGetValue(rule.Name, out int first))
            {
                Add(at + ".name", $"rule name '{rule.Name}' is already used by rules[{first}]; names must be unique.");
            }
            else
            {
                names.Add(rule.Name, i);
            }

            // A price range checks itself (PriceRange's constructor).
            if (rule.ActiveUntil is { } until && until <= rule.ActiveFrom)
            {
                Add(at + ".activeUntil", $"rule '{rule.Name}': activeUntil must be after activeFrom.");
            }

            CheckList(rule.Categories, at + ".categories", rule.Name, "categories");
            CheckList(rule.Reasons, at + ".reasons", rule.Name, "reasons");
        }

        for (int j = 1; j < Rules.Length; j++)
        {
            for (int i = 0; i < j; i++)
            {
                if (Rules[i].Overlaps(Rules[j]))
                {
                    Add($"$.rules[{j}]",
                        $"rules '{Rules[i].Name}' (rules[{i}]) and '{Rules[j].Name}' (rules[{j}]) overlap: their active periods, categories, reasons and price ranges ({Rules[i].PriceRange} and {Rules[j].PriceRange}) all intersect.");
                }
            }
        }

        for (int k = 0; k < SkuExemptions.Length; k++)
        {
            if (string.IsNullOrWhiteSpace(SkuExemptions[k].Value))
            {
                Add($"$.skuExemptions[{k}]", "a SKU must not be empty.");
            }
        }

        if (BuyerGuard is { } guard)
        {
            if (guard.MaxReturnless < 0)
            {
                Add("$.buyerGuard.maxReturnless", $"maxReturnless must not be negative, was {guard.MaxReturnless}.");
            }

            if (guard.WithinDays <= 0)
            {
                Add("$.buyerGuard.withinDays", $"withinDays must be positive, was {guard.WithinDays}.");
            }
        }

        if (ReturnCost.Domestic < 0)
        {
            Add("$.returnCost.domestic", $"returnCost.domestic must not be negative, was {Num(ReturnCost.Domestic)}.");
        }

        if (ReturnCost.International < 0)
        {
            Add("$.returnCost.international", $"returnCost.international must not be negative, was {Num(ReturnCost.International)}.");
        }

        if (RecoveryRate is < 0 or > 1)
        {
            Add("$.recoveryRate", $"recoveryRate must be a fraction between 0 and 1, was {Num(RecoveryRate)}.");
        }

        return problems.ToImmutable();

        void CheckList(ImmutableArray<string>? list, string path, string rule, string field)
        {
            if (list is not { } items)
            {
                return;
            }

            if (items.IsEmpty)
            {
                Add(path, $"rule '{rule}': an empty {field} list matches nothing; leave {field} out (or null) to cover all.");
            }

            for (int k = 0; k < items.Length; k++)
            {
                if (string.IsNullOrWhiteSpace(items[k]))
                {
                    Add($"{path}[{k}]", $"rule '{rule}': {field} entries must not be blank.");
                }
            }
        }
    }

    /// <summary>Throws when the set is invalid.</summary>
    /// <returns>The same set.</returns>
    /// <exception cref="ArgumentException">The set has problems; the message lists all of them.</exception>
    public ReturnlessRuleSet EnsureValid()
    {
        ImmutableArray<ReturnlessRuleSetProblem> problems = Validate();
        if (!problems.IsEmpty)
        {
            throw new ArgumentException("The returnless rule set is invalid:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", problems), "ruleSet");
        }

        return this;
    }

    /// <inheritdoc />
    public bool Equals(ReturnlessRuleSet? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (Currency == other.Currency && HomeCountry == other.HomeCountry && Rules.SequenceEqual(other.Rules)
                   && _exempt.SetEquals(other._exempt) && Equals(BuyerGuard, other.BuyerGuard) && ReturnCost == other.ReturnCost
                   && RecoveryRate == other.RecoveryRate));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ReturnlessRuleSet);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Currency, HomeCountry, Rules.Length, RecoveryRate);
}
