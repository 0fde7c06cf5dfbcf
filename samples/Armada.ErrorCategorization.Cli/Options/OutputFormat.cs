namespace Armada.ErrorCategorization.Cli.Options;

/// <summary>How the CLI prints one result per pod.</summary>
internal enum OutputFormat
{
    /// <summary>An aligned table with one row per pod, for reading on a terminal.</summary>
    Table,

    /// <summary>JSON Lines: one JSON object per pod, for scripts and <c>jq</c>.</summary>
    Json,
}
