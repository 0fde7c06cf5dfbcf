using System.Globalization;
using Armada.ErrorCategorization.Categorization;
using CsCheck;

namespace Armada.ErrorCategorization.Tests.Reliability;

/// <summary>
/// Builds config texts from generated categories: as a category list or a full executor config,
/// in block YAML or JSON, with every key in a random letter case (the loader matches keys
/// case-insensitively) and some exit codes quoted (which it accepts).
/// </summary>
internal static class ConfigText
{
    /// <summary>How a valid config is written: the shape, the style and a seed for key case and quoting.</summary>
    internal readonly record struct Layout(bool ExecutorConfig, YamlStyle Style, int Seed);

    public static readonly Gen<Layout> Layouts =
        Gen.Select(Gen.Bool, Gen.OneOf(Gen.Const(YamlStyle.Block), Gen.Const(YamlStyle.Json)), Gen.Int,
            (executor, style, seed) => new Layout(executor, style, seed));

    public static YamlTree ToTree(IEnumerable<CategoryConfig> categories, Layout layout)
    {
        var random = new Random(layout.Seed);
        string Key(string key) => random.Next(4) switch
        {
            0 => key.ToUpperInvariant(),
            1 => key.ToLowerInvariant(),
            _ => key,
        };

        var list = new YamlList(categories.Select(category => (YamlTree)new YamlMap(
        [
            (Key("name"), new YamlScalar(category.Name!, quoted: true)),
            (Key("rules"), new YamlList(category.Rules!.Select(rule => (YamlTree)Rule(rule, Key, random)).ToList())),
        ])).ToList());

        if (!layout.ExecutorConfig)
        {
            return list;
        }

        return new YamlMap(
        [
            ("grpc", new YamlMap([("port", new YamlScalar("50052"))])),
            (Key("application"), new YamlMap([("clusterId", new YamlScalar("test", quoted: true)), (Key("errorCategories"), list)])),
        ]);
    }

    private static YamlMap Rule(CategoryRule rule, Func<string, string> key, Random random)
    {
        var entries = new List<(string, YamlTree)>();
        if (rule.ContainerName is not null)
        {
            entries.Add((key("containerName"), new YamlScalar(rule.ContainerName, quoted: true)));
        }

        if (rule.OnConditions is { } conditions)
        {
            entries.Add((key("onConditions"), new YamlList(conditions.Select(condition => (YamlTree)new YamlScalar(condition, quoted: true)).ToList())));
        }
        else if (rule.OnExitCodes is { } exitCodes)
        {
            var values = exitCodes.Values
                .Select(value => (YamlTree)new YamlScalar(value.ToString(CultureInfo.InvariantCulture), quoted: random.Next(4) == 0))
                .ToList();
            entries.Add((key("onExitCodes"), new YamlMap(
            [
                (key("operator"), new YamlScalar(exitCodes.Operator, quoted: true)),
                (key("values"), new YamlList(values)),
            ])));
        }
        else
        {
            entries.Add((key("onTerminationMessage"), new YamlMap([(key("pattern"), new YamlScalar(rule.OnTerminationMessage!.Pattern, quoted: true))])));
        }

        return new YamlMap(entries);
    }
}
