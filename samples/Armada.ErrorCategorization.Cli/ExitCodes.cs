namespace Armada.ErrorCategorization.Cli;

/// <summary>The exit statuses of <c>armada-classify</c>.</summary>
public static class ExitCodes
{
    /// <summary>Every pod was read and classified.</summary>
    public const int Success = 0;

    /// <summary>
    /// Some input could not be processed: a path that is missing or unreadable, a document that is
    /// not valid JSON or YAML or not a pod or list of pods, a list item that is not a pod, or (with
    /// <c>--emit-event</c>) a pod the event factory rejects. The other inputs were still processed.
    /// </summary>
    public const int InputError = 1;

    /// <summary>The command line or the rule config is invalid; no pod was read.</summary>
    public const int UsageError = 2;
}
