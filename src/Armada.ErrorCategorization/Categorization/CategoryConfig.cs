namespace Armada.ErrorCategorization.Categorization;

/// <summary>
/// One named error category, as an operator configures it under <c>application.errorCategories</c>.
/// A pod belongs to the category when any of its rules matches.
/// </summary>
public sealed record CategoryConfig
{
    /// <summary>The category name reported on failure events. Required and unique (case-sensitive).</summary>
    public string? Name { get; init; }

    /// <summary>The rules, combined with OR. At least one is required.</summary>
    public IReadOnlyList<CategoryRule>? Rules { get; init; }
}
