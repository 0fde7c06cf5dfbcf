using Armada.ErrorCategorization.ErrorMatch;

namespace Armada.ErrorCategorization.Categorization.Configuration;

/// <summary>
/// Reads the error-category list (the value of <c>application.errorCategories</c>, or a document
/// that is the list) into <see cref="CategoryConfig"/> objects. It checks the shape only: keys and
/// types. The classifier checks the values.
/// </summary>
/// <remarks>
/// Unreadable parts are replaced by placeholders (an empty category or rule, an empty condition, exit
/// code 0) so that list indices, and with them the paths in the classifier's errors, stay aligned
/// with the text.
/// </remarks>
internal sealed class CategoryListReader(ReadContext context)
{
    private static readonly string[] CategoryKeys = ["name", "rules"];
    private static readonly string[] RuleKeys = ["containerName", "onConditions", "onExitCodes", "onTerminationMessage"];
    private static readonly string[] ExitCodeKeys = ["operator", "values"];
    private static readonly string[] TerminationMessageKeys = ["pattern"];
    private static readonly string[] ObjectFormKeys = ["enabled", "defaultCategory", "categories"];

    /// <summary>Reads the category list at <paramref name="path"/>. Null gives no categories.</summary>
    /// <returns>The categories in config order; null stands for a null list item.</returns>
    public List<CategoryConfig?> ReadList(ConfigNode node, string path)
    {
        Enter(node, path);
        var categories = new List<CategoryConfig?>();
        switch (node)
        {
            case ScalarNode { IsNull: true }:
                return categories;

            case SequenceNode list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    categories.Add(ReadCategory(list.Items[i], $"{path}[{i}]"));
                }

                return categories;

            case MappingNode mapping when HasObjectFormKey(mapping):
                context.AddUnreadable(
                    path,
                    "expected a list of categories, got a mapping; the form with enabled, defaultCategory and categories " +
                    "belongs to later Armada versions and is not supported, so list the categories directly under errorCategories",
                    node.Start);
                return categories;

            default:
                context.AddUnreadable(
                    path,
                    $"expected a list of categories, each with a name and rules, got {Describe.Node(node)}",
                    node.Start,
                    Describe.ScalarValue(node));
                return categories;
        }
    }

    private CategoryConfig? ReadCategory(ConfigNode node, string path)
    {
        Enter(node, path);
        if (node is ScalarNode { IsNull: true })
        {
            return null;
        }

        if (node is not MappingNode mapping)
        {
            context.AddUnreadable(
                path,
                $"expected a category (a mapping with name and rules), got {Describe.Node(node)}",
                node.Start,
                Describe.ScalarValue(node));
            return new CategoryConfig();
        }

        var keys = MappingKeys.Resolve(mapping, path, CategoryKeys, rejectUnknown: true, context, RuleKeyAtCategoryLevel);
        return new CategoryConfig
        {
            Name = keys.TryGetValue("name", out var name) ? ReadString(name.Value, $"{path}.name", "a category name") : null,
            Rules = keys.TryGetValue("rules", out var rules) ? ReadRules(rules.Value, $"{path}.rules") : null,
        };
    }

    private List<CategoryRule>? ReadRules(ConfigNode node, string path)
    {
        Enter(node, path);
        if (node is ScalarNode { IsNull: true })
        {
            return null;
        }

        if (node is not SequenceNode list)
        {
            context.AddUnreadable(
                path,
                $"expected a list of rules, got {Describe.Node(node)}; write each rule as a list item starting with -",
                node.Start,
                Describe.ScalarValue(node));
            return null;
        }

        var rules = new List<CategoryRule>(list.Items.Count);
        for (var i = 0; i < list.Items.Count; i++)
        {
            rules.Add(ReadRule(list.Items[i], $"{path}[{i}]"));
        }

        return rules;
    }

    private CategoryRule ReadRule(ConfigNode node, string path)
    {
        Enter(node, path);
        if (node is ScalarNode { IsNull: true })
        {
            return new CategoryRule();
        }

        if (node is not MappingNode mapping)
        {
            context.AddUnreadable(
                path,
                $"expected a rule (a mapping with one of onConditions, onExitCodes or onTerminationMessage), got {Describe.Node(node)}",
                node.Start,
                Describe.ScalarValue(node));
            return new CategoryRule();
        }

        var keys = MappingKeys.Resolve(mapping, path, RuleKeys, rejectUnknown: true, context, CategoryKeyAtRuleLevel);
        return new CategoryRule
        {
            ContainerName = keys.TryGetValue("containerName", out var container)
                ? ReadString(container.Value, $"{path}.containerName", "a container name")
                : null,
            OnConditions = keys.TryGetValue("onConditions", out var conditions)
                ? ReadConditions(conditions.Value, $"{path}.onConditions")
                : null,
            OnExitCodes = keys.TryGetValue("onExitCodes", out var exitCodes)
                ? ReadExitCodes(exitCodes.Value, $"{path}.onExitCodes")
                : null,
            OnTerminationMessage = keys.TryGetValue("onTerminationMessage", out var message)
                ? ReadTerminationMessage(message.Value, $"{path}.onTerminationMessage")
                : null,
        };
    }

    private List<string>? ReadConditions(ConfigNode node, string path)
    {
        Enter(node, path);
        if (node is ScalarNode { IsNull: true })
        {
            return null;
        }

        if (node is not SequenceNode list)
        {
            var hint = node is ScalarNode scalar ? $"; write [{scalar.Value}]" : "";
            context.AddUnreadable(
                path,
                $"expected a list of conditions such as [OOMKilled], got {Describe.Node(node)}{hint}",
                node.Start,
                Describe.ScalarValue(node));
            return null;
        }

        var conditions = new List<string>(list.Items.Count);
        for (var i = 0; i < list.Items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            var item = list.Items[i];
            Enter(item, itemPath);
            if (item is ScalarNode { IsNull: false } condition)
            {
                conditions.Add(condition.Value);
                continue;
            }

            context.AddUnreadable(
                itemPath,
                $"expected a condition name ({string.Join(", ", Conditions.Known)}), got {Describe.Node(item)}",
                item.Start);
            conditions.Add(string.Empty);
        }

        return conditions;
    }

    private ExitCodeMatcher? ReadExitCodes(ConfigNode node, string path)
    {
        Enter(node, path);
        if (node is ScalarNode { IsNull: true })
        {
            return null;
        }

        if (node is not MappingNode mapping)
        {
            context.AddUnreadable(
                path,
                $"expected a mapping with operator and values, such as {{operator: In, values: [1, 2]}}, got {Describe.Node(node)}",
                node.Start,
                Describe.ScalarValue(node));
            return new ExitCodeMatcher();
        }

        var keys = MappingKeys.Resolve(mapping, path, ExitCodeKeys, rejectUnknown: true, context);
        return new ExitCodeMatcher
        {
            Operator = (keys.TryGetValue("operator", out var op) ? ReadString(op.Value, $"{path}.operator", "In or NotIn") : null) ?? string.Empty,
            Values = keys.TryGetValue("values", out var values) ? ReadExitCodeValues(values.Value, $"{path}.values") : [],
        };
    }

    private List<int> ReadExitCodeValues(ConfigNode node, string path)
    {
        Enter(node, path);
        if (node is ScalarNode { IsNull: true })
        {
            return [];
        }

        if (node is not SequenceNode list)
        {
            var hint = node is ScalarNode scalar ? $"; write [{scalar.Value}]" : "";
            context.AddUnreadable(
                path,
                $"expected a list of exit codes such as [1, 2], got {Describe.Node(node)}{hint}",
                node.Start,
                Describe.ScalarValue(node));
            return [];
        }

        var values = new List<int>(list.Items.Count);
        for (var i = 0; i < list.Items.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            var item = list.Items[i];
            Enter(item, itemPath);
            string message;
            if (item is ScalarNode { IsNull: false } scalar)
            {
                if (ExitCodeText.TryParse(scalar.Value, out var code, out var problem))
                {
                    values.Add(code);
                    continue;
                }

                message = $"invalid exit code {Describe.Quote(scalar.Value)}: {problem}";
            }
            else
            {
                message = $"invalid exit code: expected a decimal integer such as 137, got {Describe.Node(item)}";
            }

            context.AddUnreadable(itemPath, message, item.Start, Describe.ScalarValue(item));
            values.Add(0);
        }

        return values;
    }

    private RegexMatcher? ReadTerminationMessage(ConfigNode node, string path)
    {
        Enter(node, path);
        if (node is ScalarNode { IsNull: true })
        {
            return null;
        }

        if (node is not MappingNode mapping)
        {
            var hint = node is ScalarNode scalar ? $"; write {{pattern: {Describe.Quote(scalar.Value)}}}" : "";
            context.AddUnreadable(
                path,
                $"expected a mapping with pattern, got {Describe.Node(node)}{hint}",
                node.Start,
                Describe.ScalarValue(node));
            return new RegexMatcher();
        }

        var keys = MappingKeys.Resolve(mapping, path, TerminationMessageKeys, rejectUnknown: true, context);
        return new RegexMatcher
        {
            Pattern = (keys.TryGetValue("pattern", out var pattern) ? ReadString(pattern.Value, $"{path}.pattern", "a regular expression") : null)
                ?? string.Empty,
        };
    }

    /// <summary>
    /// Reads a string value. Any scalar is taken as its text, so <c>name: 404</c> is the name "404",
    /// as Armada's weakly typed config loader reads it. Null gives null.
    /// </summary>
    private string? ReadString(ConfigNode node, string path, string expected)
    {
        Enter(node, path);
        switch (node)
        {
            case ScalarNode { IsNull: true }:
                return null;
            case ScalarNode scalar:
                return scalar.Value;
            default:
                context.AddUnreadable(path, $"expected {expected} (a string), got {Describe.Node(node)}", node.Start);
                return null;
        }
    }

    private void Enter(ConfigNode node, string path)
    {
        context.Visit(node);
        context.Positions.Record(path, node);
    }

    private static bool HasObjectFormKey(MappingNode mapping) =>
        mapping.Entries.Any(entry => entry.Key is ScalarNode key && ObjectFormKeys.Contains(key.Value, StringComparer.OrdinalIgnoreCase));

    private static string? RuleKeyAtCategoryLevel(string key) =>
        RuleKeys.Contains(key, StringComparer.OrdinalIgnoreCase)
            ? $"{key} is a rule key, so put it in an item under rules"
            : null;

    private static string? CategoryKeyAtRuleLevel(string key) =>
        CategoryKeys.Contains(key, StringComparer.OrdinalIgnoreCase)
            ? $"{key} is a category key, so check the indentation of this rule"
            : null;
}
