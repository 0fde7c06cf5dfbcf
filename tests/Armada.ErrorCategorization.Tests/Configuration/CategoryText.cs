using Armada.ErrorCategorization.Categorization;

namespace Armada.ErrorCategorization.Tests.Configuration;

/// <summary>
/// Renders parsed categories as one line, so a table of YAML inputs can state the exact result:
/// <c>name: rule | rule; name: rule</c>, where a rule lists what is set, such as
/// <c>container=main conditions(OOMKilled) exitCodes(In 1,2) message("x")</c>, and <c>-</c> is null.
/// </summary>
internal static class CategoryText
{
    public static string Render(IReadOnlyList<CategoryConfig> categories) =>
        string.Join("; ", categories.Select(Render));

    private static string Render(CategoryConfig category)
    {
        var name = category.Name ?? "-";
        var rules = category.Rules is null ? "-" : string.Join(" | ", category.Rules.Select(Render));
        return $"{name}: {rules}";
    }

    private static string Render(CategoryRule rule)
    {
        var parts = new List<string>();
        if (rule.ContainerName is not null)
        {
            parts.Add($"container={rule.ContainerName}");
        }

        if (rule.OnConditions is not null)
        {
            parts.Add($"conditions({string.Join(",", rule.OnConditions)})");
        }

        if (rule.OnExitCodes is not null)
        {
            parts.Add($"exitCodes({rule.OnExitCodes.Operator} {string.Join(",", rule.OnExitCodes.Values)})");
        }

        if (rule.OnTerminationMessage is not null)
        {
            parts.Add($"message(\"{rule.OnTerminationMessage.Pattern}\")");
        }

        return parts.Count == 0 ? "(empty rule)" : string.Join(" ", parts);
    }
}
