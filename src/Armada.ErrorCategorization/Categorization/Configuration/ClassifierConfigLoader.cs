namespace Armada.ErrorCategorization.Categorization.Configuration;

/// <summary>
/// Loads error-category configs from YAML: a full Armada executor config, whose categories are under
/// <c>application.errorCategories</c> and whose other settings are ignored, or a document whose root
/// is the category list.
/// </summary>
/// <remarks>
/// <para>
/// Keys are matched case-insensitively, as Armada's config loader matches them; values such as
/// operators and condition names are case-sensitive. Inside the category list an unknown or repeated
/// key is an error. Exit codes are decimal integers, plain or quoted (<c>137</c> or <c>"137"</c>).
/// Any scalar is accepted where a string is expected. A null or missing value is treated as absent.
/// </para>
/// <para>
/// Anchors, aliases and merge keys (<c>&lt;&lt;</c>) are supported. Every problem found is reported
/// in one <see cref="ClassifierConfigException"/>, each error with its path, line and column, in
/// document order.
/// </para>
/// <para>
/// Limits guard against hostile input: lists and mappings nested more than
/// <see cref="MaxNestingDepth"/> levels, and category lists that expand through aliases to more
/// than <see cref="MaxNodes"/> nodes, are rejected. At most <see cref="MaxErrors"/> errors are
/// reported.
/// </para>
/// </remarks>
public static class ClassifierConfigLoader
{
    /// <summary>
    /// Maximum nesting of lists and mappings in the whole document, and of chained merge keys. An
    /// executor config needs about 7 levels for its categories.
    /// </summary>
    public const int MaxNestingDepth = 64;

    /// <summary>
    /// Maximum number of nodes read in the category list, counting each use of an anchored node
    /// through an alias or merge key, so an alias bomb stops early instead of expanding.
    /// </summary>
    public const int MaxNodes = 50_000;

    /// <summary>Maximum number of errors an exception lists. When more are found, a last entry gives their count.</summary>
    public const int MaxErrors = 100;

    /// <summary>Reads the categories of a YAML config without validating their values.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="sourceName">The file name or other source to name in errors, if any.</param>
    /// <returns>The categories in config order; empty when the document has none. A null list item gives an empty category.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="yaml"/> is null.</exception>
    /// <exception cref="ClassifierConfigException">The text is not valid YAML or a key or type is wrong.</exception>
    public static IReadOnlyList<CategoryConfig> Parse(string yaml, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        using var reader = new StringReader(yaml);
        return Parse(reader, sourceName);
    }

    /// <summary>Reads the categories of a YAML config without validating their values.</summary>
    /// <param name="reader">The YAML text, read to its end.</param>
    /// <param name="sourceName">The file name or other source to name in errors, if any.</param>
    /// <returns>The categories in config order; empty when the document has none. A null list item gives an empty category.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="ClassifierConfigException">The text is not valid YAML or a key or type is wrong.</exception>
    /// <exception cref="IOException"><paramref name="reader"/> failed; it is not caught.</exception>
    public static IReadOnlyList<CategoryConfig> Parse(TextReader reader, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(reader);

        var document = ConfigDocumentReader.Read(reader);
        if (document.Errors.Count > 0)
        {
            throw new ClassifierConfigException(Limit(InDocumentOrder(document.Errors)), sourceName);
        }

        return document.Categories.Select(category => category ?? new CategoryConfig()).ToList();
    }

    /// <summary>Reads, validates and compiles the categories of a YAML config.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="sourceName">The file name or other source to name in errors, if any.</param>
    /// <returns>A classifier; one with no categories when the document has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="yaml"/> is null.</exception>
    /// <exception cref="ClassifierConfigException">
    /// The text is not valid YAML, a key or type is wrong, or a value fails the classifier's checks.
    /// Every error has a line and column, except the entry that counts the errors beyond
    /// <see cref="MaxErrors"/>.
    /// </exception>
    public static Classifier CreateClassifier(string yaml, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        using var reader = new StringReader(yaml);
        return CreateClassifier(reader, sourceName);
    }

    /// <summary>Reads, validates and compiles the categories of a YAML config.</summary>
    /// <param name="reader">The YAML text, read to its end.</param>
    /// <param name="sourceName">The file name or other source to name in errors, if any.</param>
    /// <returns>A classifier; one with no categories when the document has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="ClassifierConfigException">
    /// The text is not valid YAML, a key or type is wrong, or a value fails the classifier's checks.
    /// Every error has a line and column, except the entry that counts the errors beyond
    /// <see cref="MaxErrors"/>.
    /// </exception>
    /// <exception cref="IOException"><paramref name="reader"/> failed; it is not caught.</exception>
    public static Classifier CreateClassifier(TextReader reader, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(reader);

        var document = ConfigDocumentReader.Read(reader);
        if (document.IsIncomplete)
        {
            throw new ClassifierConfigException(Limit(InDocumentOrder(document.Errors)), sourceName);
        }

        Classifier? classifier = null;
        IReadOnlyList<ConfigError> validationErrors = [];
        try
        {
            classifier = new Classifier(document.Categories, document.RootPath);
        }
        catch (ClassifierConfigException exception)
        {
            validationErrors = exception.Errors;
        }

        if (classifier is not null && document.Errors.Count == 0)
        {
            return classifier;
        }

        // At one position the shape error comes first, because it is usually the cause.
        var located = validationErrors
            .Where(error => !document.IsExplainedByShapeError(error.Path))
            .Select(error => Locate(error, document.Positions));
        var all = InDocumentOrder(document.Errors.Concat(located));
        throw new ClassifierConfigException(Limit(all), sourceName);
    }

    /// <summary>Reads, validates and compiles the categories of a YAML config file.</summary>
    /// <param name="path">The file, read as UTF-8 unless it starts with another encoding's byte order mark. Errors name it.</param>
    /// <returns>A classifier; one with no categories when the file has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    /// <exception cref="ClassifierConfigException">
    /// The file cannot be read (one error at path <c>(file)</c> with the operating system's message,
    /// and the original exception as the inner exception), or its content is invalid as for
    /// <see cref="CreateClassifier(string, string?)"/>.
    /// </exception>
    public static Classifier CreateClassifierFromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);

        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            var error = new ConfigError("(file)", $"cannot read the config file: {exception.Message}");
            throw new ClassifierConfigException([error], path, exception);
        }

        return CreateClassifier(yaml, path);
    }

    /// <summary>
    /// Sorts errors by line and column, keeping the given order at equal positions, and drops
    /// repeats. Errors inside a merged or aliased node would otherwise appear where the reader
    /// reached them, once for every alias or merge key that reaches the node.
    /// </summary>
    private static List<ConfigError> InDocumentOrder(IEnumerable<ConfigError> errors) =>
        errors
            .Distinct()
            .OrderBy(error => error.Line ?? int.MaxValue)
            .ThenBy(error => error.Column ?? int.MaxValue)
            .ToList();

    private static ConfigError Locate(ConfigError error, SourcePositions positions) =>
        error.Line is null && positions.Locate(error.Path) is { } position
            ? error with { Line = position.Line, Column = position.Column }
            : error;

    /// <summary>Cuts <paramref name="errors"/> to <see cref="MaxErrors"/>, adding an entry with the number cut.</summary>
    private static List<ConfigError> Limit(List<ConfigError> errors)
    {
        if (errors.Count <= MaxErrors)
        {
            return errors;
        }

        var notListed = errors.Count - MaxErrors;
        errors.RemoveRange(MaxErrors, notListed);
        errors.Add(new ConfigError(
            "(document)",
            $"{notListed} more errors are not shown; fix the errors above and load the config again"));
        return errors;
    }
}
