namespace Armada.ErrorCategorization.Tests.Reliability;

/// <summary>The ways <see cref="YamlWriter"/> writes a tree.</summary>
internal enum YamlStyle
{
    /// <summary>Indented block mappings and lists, as operators write configs.</summary>
    Block,

    /// <summary>JSON, which is YAML: every key and string double-quoted.</summary>
    Json,
}
