namespace Armada.ErrorCategorization.Tests.Reliability;

/// <summary>A YAML node for building config texts to fuzz: mutable, so mutations can edit it in place.</summary>
internal abstract class YamlTree
{
    /// <summary>An anchor (<c>&amp;name</c>) written before the node, or null.</summary>
    public string? Anchor { get; set; }
}

/// <summary>A scalar, written plain, or double-quoted with escapes when <see cref="Quoted"/>.</summary>
internal sealed class YamlScalar(string text, bool quoted = false) : YamlTree
{
    public string Text { get; set; } = text;

    public bool Quoted { get; } = quoted;
}

/// <summary>An alias (<c>*name</c>) to an anchored node.</summary>
internal sealed class YamlAlias(string name) : YamlTree
{
    public string Name { get; } = name;
}

internal sealed class YamlList(List<YamlTree> items) : YamlTree
{
    public List<YamlTree> Items { get; } = items;
}

internal sealed class YamlMap(List<(string Key, YamlTree Value)> entries) : YamlTree
{
    public List<(string Key, YamlTree Value)> Entries { get; } = entries;
}
