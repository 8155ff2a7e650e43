using SellerPolicy.Ingestion.PolicyFile;
using SellerPolicy.Ingestion.Returnless;

namespace SellerPolicy.Fuzz;

/// <summary>The policy-file and returnless-rules readers on one input: they must give a result or problems, never throw.</summary>
internal static class ConfigHarness
{
    public static void RunPolicy(byte[] input)
    {
        PolicyFileResult result = PolicyFileReader.Read(new MemoryStream(input), "policy.json");
        if (result.Succeeded == (result.Problems.Length > 0))
        {
            throw new FuzzFinding($"a policy file gave a timeline and problems, or neither: {string.Join("; ", result.Problems)}");
        }
    }

    public static void RunReturnless(byte[] input)
    {
        ReturnlessRulesResult result = ReturnlessRulesReader.Read(new MemoryStream(input), "rules.json");
        if ((result.Succeeded) == (result.Problems.Length > 0))
        {
            throw new FuzzFinding($"a rules file gave rules and problems, or neither: {string.Join("; ", result.Problems)}");
        }
    }
}
