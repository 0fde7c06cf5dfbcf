namespace Armada.ErrorCategorization.Categorization.Configuration;

/// <summary>
/// Reads a YAML config document in either accepted shape: a full Armada executor config with the
/// categories under <c>application.errorCategories</c>, or a document whose root is the category list.
/// </summary>
internal static class ConfigDocumentReader
{
    /// <summary>The category-list path in an executor config.</summary>
    public const string ExecutorConfigPath = "application.errorCategories";

    private static readonly string[] RootKeys = ["application", "errorCategories"];
    private static readonly string[] ApplicationKeys = ["errorCategories"];

    public static ConfigDocument Read(TextReader reader)
    {
        var (root, syntaxError) = YamlTreeReader.Read(reader);
        if (syntaxError is not null)
        {
            return new ConfigDocument { Categories = [], RootPath = Classifier.DefaultRootPath, Errors = [syntaxError], IsIncomplete = true };
        }

        var context = new ReadContext();
        var rootPath = root is MappingNode ? ExecutorConfigPath : Classifier.DefaultRootPath;
        IReadOnlyList<CategoryConfig?> categories = [];
        var isIncomplete = false;
        try
        {
            categories = ReadRoot(root, context);
        }
        catch (ReadAbortedException)
        {
            isIncomplete = true;
        }

        return new ConfigDocument
        {
            Categories = categories,
            RootPath = rootPath,
            Errors = context.Errors,
            IsIncomplete = isIncomplete,
            Positions = context.Positions,
            UnreadablePaths = context.UnreadablePaths,
        };
    }

    private static List<CategoryConfig?> ReadRoot(ConfigNode? root, ReadContext context)
    {
        var reader = new CategoryListReader(context);
        switch (root)
        {
            case null or ScalarNode { IsNull: true }:
                return [];

            case SequenceNode:
                return reader.ReadList(root, Classifier.DefaultRootPath);

            case MappingNode mapping:
                return ReadExecutorConfig(mapping, context, reader);

            default:
                context.AddError(
                    "(document)",
                    $"expected an Armada executor config (a mapping with application.errorCategories) or a list of categories, got {Describe.Node(root)}",
                    root.Start,
                    Describe.ScalarValue(root));
                return [];
        }
    }

    private static List<CategoryConfig?> ReadExecutorConfig(MappingNode root, ReadContext context, CategoryListReader reader)
    {
        var rootKeys = MappingKeys.Resolve(root, "", RootKeys, rejectUnknown: false, context);
        if (rootKeys.TryGetValue("errorCategories", out var misplaced))
        {
            context.AddError(
                "errorCategories",
                "errorCategories must be under application: in an executor config; indent it under application:, " +
                "or make the category list itself the whole document",
                misplaced.Key.Start,
                misplaced.Key.Value);
        }

        if (!rootKeys.TryGetValue("application", out var application))
        {
            return [];
        }

        context.Positions.Record("application", application.Value);
        switch (application.Value)
        {
            case ScalarNode { IsNull: true }:
                return [];

            case MappingNode applicationMapping:
                var applicationKeys = MappingKeys.Resolve(applicationMapping, "application", ApplicationKeys, rejectUnknown: false, context);
                return applicationKeys.TryGetValue("errorCategories", out var list)
                    ? reader.ReadList(list.Value, ExecutorConfigPath)
                    : [];

            default:
                context.AddError(
                    "application",
                    $"expected a mapping of executor settings, got {Describe.Node(application.Value)}",
                    application.Value.Start,
                    Describe.ScalarValue(application.Value));
                return [];
        }
    }
}
