using Armada.ErrorCategorization.Categorization;
using Armada.ErrorCategorization.ErrorMatch;
using CsCheck;

namespace Armada.ErrorCategorization.Tests.Reliability;

/// <summary>
/// CsCheck generators for valid rules and category lists. Patterns are drawn from a fixed set whose
/// meaning is the same in Go RE2 and .NET, so <see cref="ClassifierModel"/> can evaluate them with
/// .NET's regex.
/// </summary>
internal static class RuleGen
{
    /// <summary>Patterns that mean the same in RE2 and .NET on the messages of <see cref="PodGen.Message"/>.</summary>
    public static readonly string[] Patterns = ["", "boom", "(?i)cuda", "^Killed", "[0-9]{3}", "line two", "a|e", "(?s)one.*two"];

    /// <summary>Exit-code values, overlapping the codes that <see cref="PodGen.ExitCode"/> draws.</summary>
    public static readonly Gen<int> ExitCodeValue = Gen.Frequency(
        (4, Gen.OneOf(Gen.Const(1), Gen.Const(2), Gen.Const(137), Gen.Const(-1), Gen.Const(0))),
        (1, Gen.OneOf(Gen.Const(int.MinValue), Gen.Const(int.MaxValue), Gen.Const(255))));

    public static readonly Gen<string?> ScopeName = Gen.Frequency<string?>((6, null), (2, "main"), (1, "sidecar"), (1, ""));

    public static readonly Gen<IReadOnlyList<string>> ConditionList =
        Gen.Shuffle(Conditions.Known.ToArray(), 1, 3).Select(conditions => (IReadOnlyList<string>)conditions);

    public static readonly Gen<ExitCodeMatcher> ExitCodes =
        Gen.Select(Gen.OneOf(Gen.Const(ExitCodeOperator.In), Gen.Const(ExitCodeOperator.NotIn)), ExitCodeValue.Array[1, 4],
            (@operator, values) => new ExitCodeMatcher { Operator = @operator, Values = values });

    public static readonly Gen<RegexMatcher> Message =
        Gen.OneOf([.. Patterns.Select(pattern => Gen.Const(new RegexMatcher { Pattern = pattern }))]);

    /// <summary>A valid rule: exactly one matcher, optionally scoped to a container.</summary>
    public static readonly Gen<CategoryRule> Rule = Gen.Frequency(
        (1, Gen.Select(ScopeName, ConditionList, (scope, conditions) => new CategoryRule { ContainerName = scope, OnConditions = conditions })),
        (2, Gen.Select(ScopeName, ExitCodes, (scope, exitCodes) => new CategoryRule { ContainerName = scope, OnExitCodes = exitCodes })),
        (1, Gen.Select(ScopeName, Message, (scope, message) => new CategoryRule { ContainerName = scope, OnTerminationMessage = message })));

    /// <summary>Up to <paramref name="maxCount"/> valid categories named <c>c0</c>, <c>c1</c>... with one to three rules each.</summary>
    public static Gen<CategoryConfig[]> Categories(int minCount, int maxCount) =>
        Rule.Array[1, 3].Array[minCount, maxCount].Select(ruleSets =>
            ruleSets.Select((rules, i) => new CategoryConfig { Name = $"c{i}", Rules = rules }).ToArray());

    /// <summary>Prints categories compactly for CsCheck's failure report.</summary>
    public static string Print(IEnumerable<CategoryConfig> categories) =>
        string.Join("; ", categories.Select(category => $"{category.Name}: [{string.Join(", ", category.Rules!.Select(Print))}]"));

    public static string Print(CategoryRule rule)
    {
        var scope = rule.ContainerName is null ? "" : $"container '{rule.ContainerName}' ";
        if (rule.OnConditions is { } conditions)
        {
            return $"{scope}conditions {string.Join("|", conditions)}";
        }

        if (rule.OnExitCodes is { } exitCodes)
        {
            return $"{scope}{exitCodes.Operator} {string.Join(",", exitCodes.Values)}";
        }

        return $"{scope}pattern '{rule.OnTerminationMessage!.Pattern}'";
    }
}
